<?php
/**
 * The comment wall in place of the theme's comments, on the post types chosen in the settings:
 * classic themes through the comments_template filter (templates/comments.php), block themes
 * (Twenty Twenty-Three and later) by rendering the wall instead of the core/comments block.
 *
 * @package smm-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether the wall replaces the theme's comments for a post: a chosen type, an endpoint to talk
 * to, and comments allowed on that post (Discussion → Allow comments), as the theme would ask.
 *
 * @param int|WP_Post|null $post The post; default the current one.
 * @return bool
 */
function smm_kit_replaces_comments( $post = null ) {
	$post = get_post( $post );
	return $post
		&& in_array( $post->post_type, (array) smm_kit_option( 'comments_types' ), true )
		&& '' !== smm_kit_endpoint()
		&& comments_open( $post );
}

/**
 * The wall as it stands where the theme's comments were: a section with the id the theme's
 * "#comments" links point at.
 *
 * @param WP_Post $post The post.
 * @return string
 */
function smm_kit_comments_section( $post ) {
	return '<section id="comments" class="smm-kit-comments">' . smm_kit_comments_markup( array( 'thread' => get_permalink( $post ) ) ) . '</section>';
}

/**
 * Classic themes: comments_template() loads the plugin's template instead of the theme's.
 *
 * @param string $template The theme's comments template.
 * @return string
 */
function smm_kit_comments_template( $template ) {
	return smm_kit_replaces_comments() ? SMM_KIT_DIR . 'templates/comments.php' : $template;
}
add_filter( 'comments_template', 'smm_kit_comments_template', 20 );

/**
 * Block themes: the core/comments block (and the older core/post-comments) of the main post
 * becomes the wall, before WordPress renders the block's list and form.
 *
 * @param string|null $pre   Output already decided by another filter, or null.
 * @param array       $block The parsed block.
 * @return string|null
 */
function smm_kit_comments_block( $pre, $block ) {
	if ( null !== $pre || ! in_array( $block['blockName'], array( 'core/comments', 'core/post-comments' ), true ) ) {
		return $pre;
	}
	// Only the post the page is about: not a comments block inside a query loop of an archive.
	$post = get_post();
	if ( ! is_singular() || ! $post || $post->ID !== get_queried_object_id() || ! smm_kit_replaces_comments( $post ) ) {
		return $pre;
	}
	return smm_kit_comments_section( $post );
}
add_filter( 'pre_render_block', 'smm_kit_comments_block', 10, 2 );

/**
 * Where the wall replaced a post's comments, WordPress's own count (of comments it no longer
 * receives) would be wrong: the theme's "N Comments" text in the loop (comments_popup_link(),
 * comments_number()) becomes <smm-comment-count>, which smm.js fills with the wall's count, one
 * request for every post on the page. The theme's screen-reader words (" on Post title") stay.
 *
 * @param string $output The theme's or WordPress's text for the number of comments.
 * @return string
 */
function smm_kit_comments_number( $output ) {
	$post = get_post();
	if ( is_admin() || is_feed() || ! $post || ! smm_kit_replaces_comments( $post ) ) {
		return $output;
	}
	$context = preg_match( '#<span class="screen-reader-text">.+?</span>#s', $output, $m ) ? $m[0] : '';
	return smm_kit_comment_count_markup( array( 'thread' => get_permalink( $post ) ) ) . $context;
}
add_filter( 'comments_number', 'smm_kit_comments_number', 20 );

/**
 * A post with no comments in WordPress links to "#respond", the theme's form; the wall stands at
 * "#comments" and holds its own form.
 *
 * @param string $link    The link to the post's comment form.
 * @param int    $post_id The post.
 * @return string
 */
function smm_kit_respond_link( $link, $post_id ) {
	return smm_kit_replaces_comments( $post_id ) ? get_permalink( $post_id ) . '#comments' : $link;
}
add_filter( 'respond_link', 'smm_kit_respond_link', 20, 2 );
