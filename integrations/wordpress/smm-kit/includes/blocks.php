<?php
/**
 * Four dynamic blocks, "Share buttons", "Follow buttons", "Testimonials" and "Testimonial form": the
 * editor script (blocks/blocks.js) uses the wp.* globals, so there is nothing to build; the page
 * gets the same markup as the shortcodes, rendered here.
 *
 * @package smm-kit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the blocks and their editor script. */
function smm_kit_register_blocks() {
	wp_register_script(
		'smm-kit-blocks',
		SMM_KIT_URL . 'blocks/blocks.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		SMM_KIT_VERSION,
		true
	);
	// The editor's labels in the site's language: languages/smm-kit-<locale>-smm-kit-blocks.json.
	wp_set_script_translations( 'smm-kit-blocks', 'smm-kit', SMM_KIT_DIR . 'languages' );
	$text     = array(
		'type'    => 'string',
		'default' => '',
	);
	$look     = array(
		'layout'  => $text,
		'variant' => $text,
		'labels'  => $text,
	);
	register_block_type(
		'smm-kit/share',
		array(
			'api_version'     => 2,
			'editor_script'   => 'smm-kit-blocks',
			'attributes'      => array_merge( $look, array( 'networks' => $text ) ),
			'render_callback' => 'smm_kit_share_markup',
		)
	);
	register_block_type(
		'smm-kit/follow',
		array(
			'api_version'     => 2,
			'editor_script'   => 'smm-kit-blocks',
			'attributes'      => array_merge( $look, array( 'profiles' => $text ) ),
			'render_callback' => 'smm_kit_follow_markup',
		)
	);
	register_block_type(
		'smm-kit/testimonials',
		array(
			'api_version'     => 2,
			'editor_script'   => 'smm-kit-blocks',
			'attributes'      => array(
				'wall'   => $text,
				'layout' => $text,
				'tag'    => $text,
				'limit'  => $text,
			),
			'render_callback' => 'smm_kit_testimonials_markup',
		)
	);
	register_block_type(
		'smm-kit/testimonial-form',
		array(
			'api_version'     => 2,
			'editor_script'   => 'smm-kit-blocks',
			'attributes'      => array( 'wall' => $text ),
			'render_callback' => 'smm_kit_testimonial_form_markup',
		)
	);
	wp_add_inline_script(
		'smm-kit-blocks',
		'window.smmKitBlocks = ' . wp_json_encode(
			array(
				'networks' => smm_kit_option( 'networks' ),
				'profiles' => smm_kit_profiles_attr(),
				'wall'     => smm_kit_option( 'testimonials_wall' ),
			)
		) . ';',
		'before'
	);
}
add_action( 'init', 'smm_kit_register_blocks' );
