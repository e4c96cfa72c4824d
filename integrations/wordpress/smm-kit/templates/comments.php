<?php
/**
 * The comment wall in place of a classic theme's comments.php (see includes/walls.php).
 *
 * @package smm-kit
 */

defined( 'ABSPATH' ) || exit;

echo smm_kit_comments_section( get_post() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built and escaped by smm_kit_element().
