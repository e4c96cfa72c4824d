<?php
// Loads WordPress from the command line for the test's scripts: Debian's wp-config.php picks
// /etc/wordpress/config-<host>.php from HTTP_HOST.
$_SERVER['HTTP_HOST']   = getenv( 'SMM_WP_HOST' );
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', getenv( 'SMM_WP_HOST' ) );
require '/usr/share/wordpress/wp-load.php';
