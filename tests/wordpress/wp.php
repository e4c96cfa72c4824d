<?php
// What WP-CLI would do, for the integration test: `php wp.php COMMAND [ARG]` with WordPress loaded
// (boot.php); prints JSON. Content is saved through wp_insert_post() as the given user, so kses
// filters it exactly as it filters that role's editor.
require __DIR__ . '/boot.php';

$roles = array( 'administrator', 'editor', 'author', 'contributor' );

/** The test user of a role (created by `users`). */
function smm_test_user( $role ) {
	return 'administrator' === $role ? get_user_by( 'login', 'admin' ) : get_user_by( 'login', $role . '1' );
}

/**
 * Saves content as a user, publishes it, and returns the post id.
 *
 * @param string $role    Whose editor.
 * @param string $title   Title.
 * @param string $content What they typed.
 * @param string $type    post or page.
 */
function smm_test_post( $role, $title, $content, $type = 'post' ) {
	wp_set_current_user( smm_test_user( $role )->ID ); // kses_init() runs on set_current_user.
	$id = wp_insert_post(
		array(
			'post_title'   => $title,
			'post_content' => $content,
			'post_status'  => 'contributor' === $role ? 'pending' : 'publish',
			'post_author'  => get_current_user_id(),
			'post_type'    => $type,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() );
		exit( 1 );
	}
	if ( 'contributor' === $role ) {
		// An editor approves it: publishing gives it its slug; the content stays as the contributor's
		// kses left it (the editor's own save would not filter it again).
		wp_set_current_user( smm_test_user( 'editor' )->ID );
		wp_update_post(
			array(
				'ID'          => $id,
				'post_status' => 'publish',
			)
		);
	}
	return $id;
}

$command = isset( $argv[1] ) ? $argv[1] : '';
$arg     = isset( $argv[2] ) ? $argv[2] : '';
$out     = null;
switch ( $command ) {
	case 'users':
		foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
			if ( ! get_user_by( 'login', $role . '1' ) ) {
				wp_insert_user(
					array(
						'user_login' => $role . '1',
						'user_pass'  => 'Pass-' . $role . '-smm-kit',
						'user_email' => $role . '@blog.example',
						'role'       => $role,
					)
				);
			}
		}
		update_user_meta( smm_test_user( 'administrator' )->ID, 'locale', 'en_US' );
		$out = array_map(
			function ( $role ) {
				return array( $role, user_can( smm_test_user( $role ), 'unfiltered_html' ) );
			},
			$roles
		);
		break;
	case 'kses':
		// What each role's saved post keeps of each form of markup.
		$forms = json_decode( $arg, true );
		$out   = array();
		foreach ( $roles as $role ) {
			foreach ( $forms as $name => $html ) {
				$id                   = smm_test_post( $role, "kses $role $name", $html );
				$out[ $role ][ $name ] = get_post( $id )->post_content;
				wp_delete_post( $id, true );
			}
		}
		break;
	case 'post':
		// {"role": …, "title": …, "content": …, "type"?: "page"}
		$p   = json_decode( $arg, true );
		$id  = smm_test_post( $p['role'], $p['title'], $p['content'], isset( $p['type'] ) ? $p['type'] : 'post' );
		$out = array(
			'id'      => $id,
			'saved'   => get_post( $id )->post_content,
			'link'    => get_permalink( $id ),
		);
		break;
	case 'profile':
		// {"role": …, "display_name": …, "user_url": …}: what the user would set in Profile.
		$p   = json_decode( $arg, true );
		$id  = wp_update_user(
			array(
				'ID'           => smm_test_user( $p['role'] )->ID,
				'display_name' => $p['display_name'],
				'user_url'     => $p['user_url'],
			)
		);
		$out = array(
			'id'   => $id,
			'name' => get_userdata( $id )->display_name,
		);
		break;
	case 'links':
		$out = array_map( 'get_permalink', json_decode( $arg, true ) );
		break;
	case 'permalinks':
		update_option( 'permalink_structure', $arg );
		flush_rewrite_rules();
		$out = get_option( 'permalink_structure' );
		break;
	case 'locale':
		// {"role": …, "locale": …}: the language the user picked in Profile.
		$p = json_decode( $arg, true );
		update_user_meta( smm_test_user( $p['role'] )->ID, 'locale', $p['locale'] );
		$out = get_user_locale( smm_test_user( $p['role'] )->ID );
		break;
	case 'theme':
		switch_theme( $arg );
		$out = get_stylesheet();
		break;
	case 'option':
		$p = json_decode( $arg, true );
		update_option( $p['name'], $p['value'] );
		$out = get_option( $p['name'] );
		break;
	default:
		fwrite( STDERR, "unknown command $command" );
		exit( 2 );
}
echo wp_json_encode( $out );
