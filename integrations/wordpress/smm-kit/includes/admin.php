<?php
/**
 * Settings → smm-kit: the form drawn from smm_kit_sections(). Saving goes through options.php
 * (Settings API): its nonce and the manage_options capability are checked there, and
 * smm_kit_sanitize() cleans every value.
 *
 * @package smm-kit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the option and draws each section's fields. */
function smm_kit_admin_init() {
	register_setting(
		'smm_kit',
		'smm_kit',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'smm_kit_sanitize',
			'default'           => array(),
		)
	);
	foreach ( smm_kit_sections() as $id => $section ) {
		add_settings_section(
			'smm_kit_' . $id,
			esc_html( $section['title'] ),
			function () use ( $section ) {
				if ( ! empty( $section['intro'] ) ) {
					echo '<p>' . esc_html( $section['intro'] ) . '</p>';
				}
			},
			'smm-kit'
		);
		foreach ( $section['fields'] as $key => $field ) {
			add_settings_field(
				'smm_kit_' . $key,
				esc_html( $field['label'] ),
				'smm_kit_field',
				'smm-kit',
				'smm_kit_' . $id,
				array(
					'key'       => $key,
					'field'     => $field,
					'label_for' => in_array( $field['type'], array( 'text', 'url', 'select', 'textarea', 'secret' ), true ) ? 'smm_kit_' . $key : null,
				)
			);
		}
	}
}
add_action( 'admin_init', 'smm_kit_admin_init' );

/**
 * One field of the form.
 *
 * @param array $args key and field, from smm_kit_admin_init().
 */
function smm_kit_field( $args ) {
	$key   = $args['key'];
	$field = $args['field'];
	$value = smm_kit_option( $key );
	$name  = 'smm_kit[' . $key . ']';
	$id    = 'smm_kit_' . $key;
	switch ( $field['type'] ) {
		case 'checkbox':
			printf( '<label><input type="checkbox" id="%s" name="%s" value="1" %s> %s</label>', esc_attr( $id ), esc_attr( $name ), checked( (bool) $value, true, false ), esc_html( $field['label'] ) );
			break;
		case 'radio':
			echo '<fieldset>';
			foreach ( $field['choices'] as $choice => $label ) {
				printf( '<label><input type="radio" name="%s" value="%s" %s> %s</label><br>', esc_attr( $name ), esc_attr( $choice ), checked( $value, $choice, false ), esc_html( $label ) );
			}
			echo '</fieldset>';
			break;
		case 'checkboxes':
			echo '<fieldset>';
			foreach ( $field['choices'] as $choice => $label ) {
				printf( '<label><input type="checkbox" name="%s[]" value="%s" %s> %s</label><br>', esc_attr( $name ), esc_attr( $choice ), checked( in_array( $choice, (array) $value, true ), true, false ), esc_html( $label ) );
			}
			echo '</fieldset>';
			break;
		case 'select':
			printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
			foreach ( $field['choices'] as $choice => $label ) {
				printf( '<option value="%s" %s>%s</option>', esc_attr( $choice ), selected( $value, $choice, false ), esc_html( $label ) );
			}
			echo '</select>';
			break;
		case 'secret':
			// Never printed back: the field is always empty, and says only whether one is saved.
			if ( defined( 'SMM_KIT_IDENTITY_SECRET' ) ) {
				echo '<p>' . esc_html__( 'Set in wp-config.php (SMM_KIT_IDENTITY_SECRET); that one is used.', 'smm-kit' ) . '</p>';
				break;
			}
			printf( '<input type="password" id="%s" name="%s" value="" autocomplete="new-password" spellcheck="false" class="regular-text code">', esc_attr( $id ), esc_attr( $name ) );
			if ( '' !== (string) $value ) {
				echo '<p>' . esc_html__( 'A secret is saved. Type a new one to replace it, or leave the field empty to keep it.', 'smm-kit' ) . '</p>';
				printf( '<label><input type="checkbox" id="%1$s_forget" name="smm_kit[%2$s_forget]" value="1"> %3$s</label>', esc_attr( $id ), esc_attr( $key ), esc_html__( 'Forget the saved secret (logged-in readers then comment like everyone else)', 'smm-kit' ) );
			} else {
				echo '<p>' . esc_html__( 'No secret saved: everyone comments with a name of their choice.', 'smm-kit' ) . '</p>';
			}
			break;
		case 'textarea':
			printf( '<textarea id="%s" name="%s" rows="5" cols="50" class="large-text code">%s</textarea>', esc_attr( $id ), esc_attr( $name ), esc_textarea( (string) $value ) );
			break;
		default:
			printf( '<input type="%s" id="%s" name="%s" value="%s" class="regular-text">', 'url' === $field['type'] ? 'url' : 'text', esc_attr( $id ), esc_attr( $name ), 'url' === $field['type'] ? esc_url( (string) $value ) : esc_attr( (string) $value ) );
	}
	if ( ! empty( $field['help'] ) ) {
		echo '<p class="description">' . esc_html( $field['help'] ) . '</p>';
	}
}

/** Adds Settings → smm-kit, for those who may manage options. */
function smm_kit_admin_menu() {
	add_options_page( __( 'smm-kit', 'smm-kit' ), __( 'smm-kit', 'smm-kit' ), 'manage_options', 'smm-kit', 'smm_kit_settings_page' );
}
add_action( 'admin_menu', 'smm_kit_admin_menu' );

/** The settings page. */
function smm_kit_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'smm-kit', 'smm-kit' ) . '</h1>';
	echo '<p>' . esc_html__( 'Writers place buttons with the [smm_share] and [smm_follow] shortcodes, the Share buttons and Follow buttons blocks, or <div data-smm="share"></div> in any HTML; a testimonial wall and its form with [smm_testimonials] and [smm_testimonial_form] or their blocks; a comment wall anywhere with [smm_comments].', 'smm-kit' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'smm_kit' );
	do_settings_sections( 'smm-kit' );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param array $links Action links.
 * @return array
 */
function smm_kit_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=smm-kit' ) ) . '">' . esc_html__( 'Settings', 'smm-kit' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( SMM_KIT_FILE ), 'smm_kit_action_links' );
