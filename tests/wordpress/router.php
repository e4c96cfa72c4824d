<?php
// php -S router: /wp-content/… comes from the test's WP_CONTENT_DIR (Debian keeps wp-content outside
// the document root; Apache gets an Alias). Everything else is WordPress as usual.
$path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( 0 !== strpos( $path, '/wp-content/' ) ) {
	return false;
}
$file = realpath( getenv( 'SMM_WP_CONTENT' ) . substr( $path, strlen( '/wp-content' ) ) );
$roots = array( realpath( getenv( 'SMM_WP_CONTENT' ) ), '/usr/share/wordpress/wp-content' );
$inside = false;
foreach ( $roots as $root ) {
	$inside = $inside || ( $file && 0 === strpos( $file, $root . '/' ) );
}
$types = array( 'js' => 'text/javascript', 'css' => 'text/css', 'png' => 'image/png', 'svg' => 'image/svg+xml', 'json' => 'application/json', 'woff2' => 'font/woff2', 'jpg' => 'image/jpeg', 'webp' => 'image/webp', 'txt' => 'text/plain' );
$ext = strtolower( pathinfo( (string) $file, PATHINFO_EXTENSION ) );
if ( ! $inside || ! is_file( $file ) || ! isset( $types[ $ext ] ) ) {
	http_response_code( 404 );
	echo 'Not found';
	return true;
}
header( 'Content-Type: ' . $types[ $ext ] );
header( 'Content-Length: ' . filesize( $file ) );
readfile( $file );
return true;
