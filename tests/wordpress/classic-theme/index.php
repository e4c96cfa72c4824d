<?php
/**
 * The only template: wp_head() in <head>, the loop, comments_template() on a single post and
 * comments_popup_link() ("N Comments") on lists of posts, wp_footer(). What every classic theme has.
 *
 * @package smm-kit-classic-test
 */

?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<main>
<?php
while ( have_posts() ) {
	the_post();
	echo '<article class="entry-content">';
	the_title( '<h1>', '</h1>' );
	the_content();
	if ( ! is_singular() ) {
		echo '<p class="comments-link">';
		comments_popup_link();
		echo '</p>';
	}
	echo '</article>';
	if ( is_singular() && ( comments_open() || get_comments_number() ) ) {
		comments_template();
	}
}
?>
</main>
<?php wp_footer(); ?>
</body>
</html>
