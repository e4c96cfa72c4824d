<?php
/**
 * The signed identity of the logged-in reader, for <smm-comments identity="…">: an HS256 JSON Web
 * Token made with the secret this site shares with its smm-kit endpoint (SMM_IDENTITY_SECRET
 * there). The endpoint checks the signature and the expiry, then shows the comment under that
 * name with a "Verified" badge. The secret itself never reaches the page.
 *
 * @package smm-kit
 */

defined( 'ABSPATH' ) || exit;

/** The shared secret: SMM_KIT_IDENTITY_SECRET in wp-config.php, else the saved setting; '' when none. */
function smm_kit_identity_secret() {
	$secret = defined( 'SMM_KIT_IDENTITY_SECRET' ) ? (string) SMM_KIT_IDENTITY_SECRET : (string) smm_kit_option( 'identity_secret' );
	// The endpoint refuses shorter secrets; signing with one would only make tokens it rejects.
	return strlen( $secret ) >= 32 ? $secret : '';
}

/**
 * Base64url without padding (RFC 7515).
 *
 * @param string $bytes Raw bytes.
 * @return string
 */
function smm_kit_base64url( $bytes ) {
	return rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- JWT encoding.
}

/**
 * A token naming the user, or '' for a visitor or when no secret is set. Claims are those the
 * endpoint reads: sub (the user's id), name (their display name), url (their website, if any),
 * moderator (true for those who may moderate comments: Editors and Administrators), iat and exp. It is valid for two hours (filter `smm_kit_identity_ttl`): long enough to write a
 * comment, short enough that a copied token soon stops working.
 *
 * @param WP_User|null $user The reader; default the current user.
 * @return string
 */
function smm_kit_identity_token( $user = null ) {
	$user   = $user ? $user : wp_get_current_user();
	$secret = smm_kit_identity_secret();
	if ( '' === $secret || ! $user || ! $user->exists() ) {
		return '';
	}
	$name = trim( wp_strip_all_tags( (string) $user->display_name ) );
	if ( '' === $name ) {
		$name = (string) $user->user_login;
	}
	$now    = time();
	$claims = array(
		'sub'  => (string) $user->ID,
		'name' => function_exists( 'mb_substr' ) ? mb_substr( $name, 0, 80 ) : substr( $name, 0, 80 ),
		'iat'  => $now,
		'exp'  => $now + max( 60, (int) apply_filters( 'smm_kit_identity_ttl', 2 * HOUR_IN_SECONDS, $user ) ),
	);
	if ( preg_match( '#^https?://#i', (string) $user->user_url ) ) {
		$claims['url'] = esc_url_raw( $user->user_url, array( 'http', 'https' ) );
	}
	if ( user_can( $user, 'moderate_comments' ) ) {
		// The endpoint shows their comments with the "Moderator" badge and never holds them.
		$claims['moderator'] = true;
	}
	/**
	 * The identity's claims before signing (sub, name, url, iat, exp).
	 *
	 * @param array   $claims Claims.
	 * @param WP_User $user   The reader.
	 */
	$claims = apply_filters( 'smm_kit_identity_claims', $claims, $user );
	$signed = smm_kit_base64url( wp_json_encode( array( 'alg' => 'HS256', 'typ' => 'JWT' ) ) ) . '.' . smm_kit_base64url( wp_json_encode( $claims ) );
	return $signed . '.' . smm_kit_base64url( hash_hmac( 'sha256', $signed, $secret, true ) );
}
