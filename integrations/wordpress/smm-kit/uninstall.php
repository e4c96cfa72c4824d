<?php
/**
 * Removing the plugin removes its settings. Recorded shares live on the smm-kit server, not here.
 *
 * @package smm-kit
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
delete_option( 'smm_kit' );
