<?php
/**
 * Plugin Name:       smm-kit
 * Description:       Share and follow buttons, a comment wall and testimonials that load nothing from other sites, kept and counted on your own smm-kit endpoint.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       smm-kit
 * Domain Path:       /languages
 *
 * @package smm-kit
 */

defined( 'ABSPATH' ) || exit;

define( 'SMM_KIT_VERSION', '0.1.0' );
define( 'SMM_KIT_FILE', __FILE__ );
define( 'SMM_KIT_DIR', plugin_dir_path( __FILE__ ) );
define( 'SMM_KIT_URL', plugin_dir_url( __FILE__ ) );

/** The settings page's and the editor's words in the site's (or the user's) language: languages/*.mo. */
function smm_kit_load_textdomain() {
	load_plugin_textdomain( 'smm-kit', false, dirname( plugin_basename( SMM_KIT_FILE ) ) . '/languages' );
}
add_action( 'init', 'smm_kit_load_textdomain' );

require_once SMM_KIT_DIR . 'includes/settings.php';
require_once SMM_KIT_DIR . 'includes/identity.php';
require_once SMM_KIT_DIR . 'includes/markup.php';
require_once SMM_KIT_DIR . 'includes/walls.php';
require_once SMM_KIT_DIR . 'includes/front.php';
require_once SMM_KIT_DIR . 'includes/blocks.php';
if ( is_admin() ) {
	require_once SMM_KIT_DIR . 'includes/admin.php';
}
