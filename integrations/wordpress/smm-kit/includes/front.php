<?php
/**
 * What every public page gets: page-wide defaults as <meta name="smm:…"> tags, smm.js as a module
 * script from the plugin's own folder (nothing from another host), a rule that reserves the bar's
 * height before the script runs, and the automatic share bar around the content.
 *
 * @package smm-kit
 */

defined( 'ABSPATH' ) || exit;

/** The page-wide defaults the elements read, from the settings. */
function smm_kit_meta() {
	$meta = array(
		'networks' => smm_kit_option( 'networks' ),
		'layout'   => smm_kit_option( 'layout' ),
		'variant'  => smm_kit_option( 'variant' ),
		'labels'   => smm_kit_option( 'labels' ),
		'profiles' => smm_kit_profiles_attr(),
		'endpoint' => smm_kit_endpoint(),
	);
	if ( $meta['endpoint'] && smm_kit_option( 'counts' ) ) {
		$meta['counts'] = 'true';
	}
	return array_filter( $meta );
}

/** Prints the meta tags in <head>, before the scripts (block and classic themes both call wp_head). */
function smm_kit_head() {
	foreach ( smm_kit_meta() as $name => $content ) {
		printf( "<meta name=\"smm:%s\" content=\"%s\">\n", esc_attr( $name ), 'endpoint' === $name ? esc_url( $content ) : esc_attr( $content ) );
	}
}
add_action( 'wp_head', 'smm_kit_head', 1 );

/** smm.js from the plugin's folder, in <head>, and the rules that reserve the bar's and the comment wall's height before it runs. */
function smm_kit_enqueue() {
	wp_enqueue_script( 'smm-kit', SMM_KIT_URL . 'assets/smm.js', array(), SMM_KIT_VERSION, false );
	wp_register_style( 'smm-kit', false, array(), SMM_KIT_VERSION );
	wp_enqueue_style( 'smm-kit' );
	// A bar is one row at every width: its height is known before the script runs (no layout shift).
	// Floating rails take no room in the page.
	$css = 'smm-share:not(:defined),[data-smm=share]{display:block;min-height:36px}'
		. 'smm-share[size=s]:not(:defined),[data-smm=share][data-size=s]{min-height:28px}'
		. 'smm-share[size=l]:not(:defined),[data-smm=share][data-size=l]{min-height:44px}'
		. 'smm-share[layout=floating]:not(:defined),[data-smm=share][data-layout=floating]{display:none}'
		// The comment wall keeps its loading height (--smm-min-height) from the first paint.
		. 'smm-comments:not(:defined),[data-smm=comments]{display:block;min-height:160px}';
	if ( 'floating' === smm_kit_option( 'layout' ) ) {
		$css .= 'smm-share:not([layout]):not(:defined),[data-smm=share]:not([data-layout]){display:none}';
	}
	wp_add_inline_style( 'smm-kit', $css );
}
add_action( 'wp_enqueue_scripts', 'smm_kit_enqueue' );

/**
 * smm.js is an ES module: its tag gets type="module" (WordPress 6.1 has no module API).
 *
 * @param string $tag    The <script> tag.
 * @param string $handle Its handle.
 * @return string
 */
function smm_kit_module_tag( $tag, $handle ) {
	if ( 'smm-kit' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
add_filter( 'script_loader_tag', 'smm_kit_module_tag', 10, 2 );

/**
 * The automatic share bar before and/or after the main post's content, on the chosen types.
 *
 * @param string $content The post's content.
 * @return string
 */
function smm_kit_auto_bar( $content ) {
	static $busy = false;
	$where = (array) smm_kit_option( 'auto_where' );
	$types = (array) smm_kit_option( 'auto_types' );
	// Only the main post of a single view: not excerpts, feeds, widgets or a post embedded in it.
	if ( $busy || ! $where || ! $types || is_feed() || ! is_singular( $types ) || get_the_ID() !== get_queried_object_id() ) {
		return $content;
	}
	$busy = true;
	$bar  = smm_kit_element(
		'smm-share',
		array(
			'url'         => get_permalink(),
			'share-title' => wp_strip_all_tags( get_the_title() ),
		)
	);
	$busy = false;
	$bar  = '<div class="smm-kit-auto">' . $bar . '</div>';
	return ( in_array( 'before', $where, true ) ? $bar : '' ) . $content . ( in_array( 'after', $where, true ) ? $bar : '' );
}
add_filter( 'the_content', 'smm_kit_auto_bar', 20 );
