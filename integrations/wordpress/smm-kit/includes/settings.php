<?php
/**
 * The plugin's settings: one option (`smm_kit`) described by a list of sections and fields, so the
 * settings page, sanitising and defaults all come from one place. A feature adds its section to
 * smm_kit_sections() (or through the `smm_kit_sections` filter) and reads it with smm_kit_option().
 *
 * @package smm-kit
 */

defined( 'ABSPATH' ) || exit;

/** Share targets the bar knows (the elements refuse anything else with a console warning). */
function smm_kit_networks() {
	return array( 'facebook', 'x', 'linkedin', 'pinterest', 'whatsapp', 'telegram', 'reddit', 'tumblr', 'email', 'bluesky', 'mastodon', 'threads', 'hackernews', 'vk', 'xing', 'line', 'viber', 'messenger', 'sms', 'blogger', 'flipboard', 'copy', 'print', 'native' );
}

/** Profiles <smm-follow> knows. */
function smm_kit_profiles() {
	return array( 'facebook', 'instagram', 'x', 'youtube', 'linkedin', 'tiktok', 'pinterest', 'threads', 'bluesky', 'mastodon', 'flickr', 'behance', 'slideshare', 'tumblr', 'telegram', 'whatsapp', 'github', 'twitch', 'rss', 'newsletter' );
}

/**
 * Sections of the settings page and their fields. Each field: type (radio, select, text, url,
 * checkboxes, textarea, checkbox, secret), label, default, and for choices `choices` (value => label).
 * Every field listed here works: nothing is shown that the plugin does not do.
 */
function smm_kit_sections() {
	$post_types = array();
	foreach ( get_post_types( array( 'public' => true ), 'objects' ) as $type ) {
		if ( 'attachment' !== $type->name ) {
			$post_types[ $type->name ] = $type->labels->singular_name;
		}
	}
	$sections = array(
		'endpoint' => array(
			'title'  => __( 'Endpoint', 'smm-kit' ),
			'intro'  => __( 'The smm-kit server that records shares and answers share counts. Without one, the buttons work and nothing is measured.', 'smm-kit' ),
			'fields' => array(
				'endpoint_mode' => array(
					'type'    => 'radio',
					'label'   => __( 'Where it runs', 'smm-kit' ),
					'default' => 'none',
					'choices' => array(
						'none' => __( 'No endpoint: do not measure shares', 'smm-kit' ),
						'site' => __( 'This site, at the path below (the server runs behind the same host)', 'smm-kit' ),
						'url'  => __( 'Another address (the URL below)', 'smm-kit' ),
					),
				),
				'endpoint_path' => array(
					'type'    => 'text',
					'label'   => __( 'Path on this site', 'smm-kit' ),
					'default' => '/smm',
				),
				'endpoint_url'  => array(
					'type'    => 'url',
					'label'   => __( 'Endpoint URL', 'smm-kit' ),
					'default' => '',
					'help'    => __( 'For example https://stats.example.org. The address must allow this site as an origin (smm-kit serve --origin).', 'smm-kit' ),
				),
				'counts'        => array(
					'type'    => 'checkbox',
					'label'   => __( 'Show share counts on the buttons', 'smm-kit' ),
					'default' => false,
				),
			),
		),
		'share'    => array(
			'title'  => __( 'Share bar', 'smm-kit' ),
			'intro'  => __( 'Defaults for every share bar on the site; a shortcode or block may override them.', 'smm-kit' ),
			'fields' => array(
				'networks'   => array(
					'type'    => 'text',
					'label'   => __( 'Networks, in order', 'smm-kit' ),
					'default' => 'facebook,x,linkedin,whatsapp,telegram,bluesky,email,copy',
					/* translators: %s: the list of known networks. */
					'help'    => sprintf( __( 'Comma separated, from: %s.', 'smm-kit' ), implode( ', ', smm_kit_networks() ) ),
				),
				'layout'     => array(
					'type'    => 'select',
					'label'   => __( 'Layout', 'smm-kit' ),
					'default' => 'inline',
					'choices' => array(
						'inline'       => __( 'In the text', 'smm-kit' ),
						'vertical'     => __( 'Vertical', 'smm-kit' ),
						'floating'     => __( 'Floating at the side of the screen', 'smm-kit' ),
						'bar'          => __( 'Bottom bar on phones', 'smm-kit' ),
						'native-first' => __( 'System share button first on phones', 'smm-kit' ),
					),
				),
				'variant'    => array(
					'type'    => 'select',
					'label'   => __( 'Look', 'smm-kit' ),
					'default' => 'brand',
					'choices' => array(
						'brand'   => __( 'Brand colours', 'smm-kit' ),
						'outline' => __( 'Outline', 'smm-kit' ),
						'mono'    => __( 'One colour', 'smm-kit' ),
						'minimal' => __( 'Minimal', 'smm-kit' ),
					),
				),
				'labels'     => array(
					'type'    => 'select',
					'label'   => __( 'Labels', 'smm-kit' ),
					'default' => 'short',
					'choices' => array(
						'none'  => __( 'Icons only', 'smm-kit' ),
						'short' => __( 'Network names', 'smm-kit' ),
						'full'  => __( '"Share on …"', 'smm-kit' ),
					),
				),
				'auto_where' => array(
					'type'    => 'checkboxes',
					'label'   => __( 'Add a share bar automatically', 'smm-kit' ),
					'default' => array(),
					'choices' => array(
						'before' => __( 'Before the content', 'smm-kit' ),
						'after'  => __( 'After the content', 'smm-kit' ),
					),
				),
				'auto_types' => array(
					'type'    => 'checkboxes',
					'label'   => __( 'On these content types', 'smm-kit' ),
					'default' => array( 'post' ),
					'choices' => $post_types,
				),
			),
		),
		'follow'   => array(
			'title'  => __( 'Follow buttons', 'smm-kit' ),
			'intro'  => __( 'The site\'s own profiles, shown by the [smm_follow] shortcode and the Follow buttons block.', 'smm-kit' ),
			'fields' => array(
				'profiles' => array(
					'type'    => 'textarea',
					'label'   => __( 'Profiles, one a line', 'smm-kit' ),
					'default' => '',
					/* translators: %s: the list of known profiles. */
					'help'    => sprintf( __( 'network: handle or URL, e.g. "instagram: @trattoria" or "rss: /feed/". Networks: %s.', 'smm-kit' ), implode( ', ', smm_kit_profiles() ) ),
				),
			),
		),
		'walls'    => array(
			'title'  => __( 'Comments and testimonials', 'smm-kit' ),
			'intro'  => __( 'The comment wall and the testimonial wall live on the smm-kit endpoint above (they need one). Readers\' comments and customers\' testimonials are kept there, not in WordPress.', 'smm-kit' ),
			'fields' => array(
				'comments_types'    => array(
					'type'    => 'checkboxes',
					'label'   => __( 'Replace the theme\'s comments with smm-kit comments on', 'smm-kit' ),
					'default' => array(),
					'choices' => $post_types,
					'help'    => __( 'Where a post allows comments (Discussion → Allow comments), the theme\'s comment list and form give way to the smm-kit comment wall. Comments already in WordPress stay there; smm-kit comments are moderated at the endpoint\'s /admin.', 'smm-kit' ),
				),
				'identity_secret'   => array(
					'type'    => 'secret',
					'label'   => __( 'Identity secret', 'smm-kit' ),
					'default' => '',
					'help'    => __( 'The same secret as the endpoint\'s SMM_IDENTITY_SECRET (at least 32 characters, e.g. from "openssl rand -hex 32"). With it, a reader logged in to WordPress comments under their display name with a "Verified" badge, without typing a name. It is never shown again, nor sent to readers.', 'smm-kit' ),
				),
				'testimonials_wall' => array(
					'type'    => 'text',
					'label'   => __( 'Testimonial wall', 'smm-kit' ),
					'default' => 'main',
					'help'    => __( 'The wall the [smm_testimonials] and [smm_testimonial_form] shortcodes and blocks use unless they name another: a-z, 0-9, _ and -.', 'smm-kit' ),
				),
			),
		),
	);
	/**
	 * Sections of the smm-kit settings page.
	 *
	 * @param array $sections Section id => array( title, intro, fields ).
	 */
	return apply_filters( 'smm_kit_sections', $sections );
}

/** Every field, by key, across sections. */
function smm_kit_fields() {
	$fields = array();
	foreach ( smm_kit_sections() as $section ) {
		$fields = array_merge( $fields, $section['fields'] );
	}
	return $fields;
}

/**
 * One setting, or its default when unset.
 *
 * @param string $key Field key.
 * @return mixed
 */
function smm_kit_option( $key ) {
	$saved = get_option( 'smm_kit', array() );
	if ( is_array( $saved ) && array_key_exists( $key, $saved ) ) {
		return $saved[ $key ];
	}
	$fields = smm_kit_fields();
	return isset( $fields[ $key ] ) ? $fields[ $key ]['default'] : null;
}

/**
 * Cleans the submitted settings: only known fields, each to its type; anything else is dropped.
 *
 * @param mixed $input What the settings form sent.
 * @return array
 */
function smm_kit_sanitize( $input ) {
	$input = is_array( $input ) ? $input : array();
	$out   = array();
	foreach ( smm_kit_fields() as $key => $field ) {
		// options.php has already unslashed the form's values.
		$value = isset( $input[ $key ] ) ? $input[ $key ] : null;
		switch ( $field['type'] ) {
			case 'checkbox':
				$out[ $key ] = ! empty( $value );
				break;
			case 'radio':
			case 'select':
				$out[ $key ] = is_string( $value ) && isset( $field['choices'][ $value ] ) ? $value : $field['default'];
				break;
			case 'checkboxes':
				$out[ $key ] = array_values( array_intersect( array_keys( $field['choices'] ), is_array( $value ) ? $value : array() ) );
				break;
			case 'url':
				$out[ $key ] = is_string( $value ) ? esc_url_raw( trim( $value ), array( 'http', 'https' ) ) : '';
				break;
			case 'textarea':
				$out[ $key ] = is_string( $value ) ? sanitize_textarea_field( $value ) : '';
				break;
			case 'secret':
				$out[ $key ] = smm_kit_sanitize_secret( $key, $value, ! empty( $input[ $key . '_forget' ] ) );
				break;
			default:
				$out[ $key ] = is_string( $value ) ? sanitize_text_field( $value ) : $field['default'];
		}
	}
	$out['networks']      = smm_kit_clean_list( $out['networks'], smm_kit_networks() );
	$out['endpoint_path'] = '/' . ltrim( preg_replace( '#[^A-Za-z0-9/_.-]#', '', $out['endpoint_path'] ), '/' );
	$wall                     = strtolower( trim( $out['testimonials_wall'] ) );
	$out['testimonials_wall'] = preg_match( '/^[a-z0-9][a-z0-9_-]{0,39}$/', $wall ) ? $wall : 'main';
	if ( 'url' === $out['endpoint_mode'] && '' === $out['endpoint_url'] ) {
		add_settings_error( 'smm_kit', 'smm_kit_endpoint', __( 'Give the endpoint URL, or choose another option: shares are not measured until then.', 'smm-kit' ) );
		$out['endpoint_mode'] = 'none';
	}
	if ( $out['comments_types'] && 'none' === $out['endpoint_mode'] ) {
		// Saved all the same: the wall appears as soon as an endpoint is given.
		add_settings_error( 'smm_kit', 'smm_kit_comments', __( 'The comment wall needs an endpoint: until one is set, the theme\'s comments stay.', 'smm-kit' ), 'warning' );
	}
	return $out;
}

/**
 * A secret field: never drawn back into the form, so an empty submission keeps the saved one;
 * a new one replaces it when it is long enough; "forget" empties it.
 *
 * @param string $key    Field key.
 * @param mixed  $value  What the form sent.
 * @param bool   $forget Whether "forget the saved secret" was ticked.
 * @return string
 */
function smm_kit_sanitize_secret( $key, $value, $forget ) {
	$saved = (string) smm_kit_option( $key );
	if ( $forget ) {
		return '';
	}
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value || $value === $saved ) {
		return $saved;
	}
	if ( strlen( $value ) < 32 || preg_match( '/[\s\x00-\x1f\x7f-\xff]/', $value ) ) {
		add_settings_error( 'smm_kit', 'smm_kit_' . $key, __( 'The identity secret must be at least 32 characters, without spaces (for example from "openssl rand -hex 32"). The previous one is kept.', 'smm-kit' ) );
		return $saved;
	}
	return $value;
}

/**
 * A comma list reduced to known names, in the order given, without repeats.
 *
 * @param string $list  Names separated by commas or spaces.
 * @param array  $known Allowed names.
 * @return string
 */
function smm_kit_clean_list( $list, $known ) {
	$names = preg_split( '/[\s,]+/', strtolower( (string) $list ), -1, PREG_SPLIT_NO_EMPTY );
	return implode( ',', array_values( array_unique( array_intersect( $names, $known ) ) ) );
}

/** The endpoint's URL, or '' when shares are not measured. */
function smm_kit_endpoint() {
	switch ( smm_kit_option( 'endpoint_mode' ) ) {
		case 'site':
			return home_url( smm_kit_option( 'endpoint_path' ) );
		case 'url':
			return (string) smm_kit_option( 'endpoint_url' );
		default:
			return '';
	}
}

/**
 * The follow profiles as the element's `profiles` list: "instagram:@trattoria, rss:/feed/".
 * Lines naming an unknown network are skipped; the element checks each handle or URL.
 */
function smm_kit_profiles_attr() {
	$out = array();
	foreach ( preg_split( '/\r\n|\r|\n/', (string) smm_kit_option( 'profiles' ) ) as $line ) {
		$parts = array_map( 'trim', explode( ':', $line, 2 ) );
		if ( 2 === count( $parts ) && in_array( strtolower( $parts[0] ), smm_kit_profiles(), true ) && '' !== $parts[1] && ! preg_match( '/[\s,]/', $parts[1] ) ) {
			$out[] = strtolower( $parts[0] ) . ':' . $parts[1];
		}
	}
	return implode( ', ', $out );
}
