<?php
/**
 * The elements' markup, shared by the shortcodes, the blocks and the automatic share bar, and the
 * kses allowance that lets Authors and Contributors write the elements in a Custom HTML block.
 *
 * @package smm-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attributes a writer may set per element, with the values each accepts (a list of choices, or
 * 'text'). Site-wide defaults come from the <meta name="smm:…"> tags (front.php), so markup only
 * carries what differs.
 */
function smm_kit_element_attributes() {
	$appearance = array(
		'layout'  => array( 'inline', 'vertical', 'floating', 'bar', 'native-first' ),
		'side'    => array( 'left', 'right' ),
		'variant' => array( 'brand', 'outline', 'mono', 'minimal' ),
		'size'    => array( 's', 'm', 'l' ),
		'shape'   => array( 'rounded', 'square', 'circle', 'pill' ),
		'labels'  => array( 'none', 'short', 'full' ),
		'theme'   => array( 'auto', 'light', 'dark' ),
	);
	$share      = array_merge(
		$appearance,
		array(
			'networks'          => 'text',
			'url'               => 'url',
			'share-title'       => 'text',
			'text'              => 'text',
			'image'             => 'url',
			'hashtags'          => 'text',
			'via'               => 'text',
			'utm-campaign'      => 'text',
			'mastodon-instance' => 'text',
			'popup'             => 'bool',
			'utm'               => 'bool',
			'mastodon-picker'   => 'bool',
			'counts'            => 'bool',
		)
	);
	$follow     = array_merge(
		$appearance,
		array_fill_keys( smm_kit_profiles(), 'text' ),
		array(
			'profiles'      => 'text',
			'followers'     => 'text',
			'mode'          => array( 'buttons', 'prompt' ),
			'after-scroll'  => 'text',
			'after-seconds' => 'text',
			'at'            => 'text',
			'exit-intent'   => 'bool',
			'cap'           => 'text',
		)
	);
	return array(
		'smm-share'            => $share,
		'smm-follow'           => $follow,
		// The reader's identity is not here: only the plugin signs and prints it (smm_kit_comments_markup()).
		'smm-comments'         => array(
			'thread'    => 'url',
			'depth'     => 'text',
			'sort'      => array( 'newest', 'oldest', 'top' ),
			'page-size' => 'text',
		),
		'smm-comment-count'    => array( 'thread' => 'url' ),
		'smm-testimonials'     => array(
			'wall'         => 'text',
			'layout'       => array( 'grid', 'masonry', 'carousel', 'list', 'quote' ),
			'min-rating'   => array( '1', '2', '3', '4', '5' ),
			'tag'          => 'text',
			'featured'     => 'bool',
			'limit'        => 'text',
			'autoplay'     => 'bool',
			'interval'     => 'text',
			'item-type'    => 'text',
			'item-name'    => 'text',
			'no-jsonld'    => 'bool',
			'no-summary'   => 'bool',
			'distribution' => 'bool',
		),
		'smm-testimonial-form' => array(
			'wall'    => 'text',
			'consent' => 'text',
		),
	);
}

/**
 * One element, its attributes checked against smm_kit_element_attributes() and escaped.
 *
 * @param string $tag     One of smm_kit_element_attributes()' tags.
 * @param array  $attrs   Attribute => value; empty values and unknown names are left out.
 * @param array  $trusted Attributes the plugin itself sets (the signed identity), escaped only.
 * @return string
 */
function smm_kit_element( $tag, $attrs, $trusted = array() ) {
	$allowed = smm_kit_element_attributes()[ $tag ];
	$html    = '<' . $tag;
	foreach ( $attrs as $name => $value ) {
		if ( is_int( $name ) && is_string( $value ) ) {
			// A bare word in a shortcode ([smm_testimonials featured]) is a boolean attribute.
			$name  = $value;
			$value = 'true';
		}
		$name = str_replace( '_', '-', strtolower( (string) $name ) );
		if ( ! isset( $allowed[ $name ] ) || null === $value || '' === $value || false === $value ) {
			continue;
		}
		$kind = $allowed[ $name ];
		if ( 'bool' === $kind ) {
			if ( in_array( strtolower( (string) $value ), array( '0', 'false', 'no', 'off' ), true ) ) {
				continue;
			}
			$html .= ' ' . $name;
			continue;
		}
		if ( is_array( $kind ) && ! in_array( $value, $kind, true ) ) {
			continue;
		}
		$html .= ' ' . $name . '="' . ( 'url' === $kind ? esc_url( $value ) : esc_attr( $value ) ) . '"';
	}
	foreach ( $trusted as $name => $value ) {
		$html .= ' ' . sanitize_key( $name ) . '="' . esc_attr( $value ) . '"';
	}
	return $html . ' lang="' . esc_attr( get_bloginfo( 'language' ) ) . '"></' . $tag . '>';
}

/**
 * A share bar for the current post (or the URL given).
 *
 * @param array $attrs Shortcode or block attributes.
 * @return string
 */
function smm_kit_share_markup( $attrs = array() ) {
	$attrs = is_array( $attrs ) ? $attrs : array();
	if ( empty( $attrs['url'] ) && in_the_loop() && get_permalink() ) {
		// The post's own address, also on archive pages where the canonical link is the archive's.
		$attrs['url'] = get_permalink();
		if ( empty( $attrs['share-title'] ) && empty( $attrs['share_title'] ) ) {
			$attrs['share-title'] = wp_strip_all_tags( get_the_title() );
		}
	}
	return smm_kit_element( 'smm-share', $attrs );
}

/**
 * Follow buttons: the profiles from the settings unless the attributes name some.
 *
 * @param array $attrs Shortcode or block attributes.
 * @return string
 */
function smm_kit_follow_markup( $attrs = array() ) {
	return smm_kit_element( 'smm-follow', is_array( $attrs ) ? $attrs : array() );
}

/**
 * Attributes with the current post's address as `thread`, unless one is given: in a post, the
 * thread is the post's own, also where it is shown on an archive page.
 *
 * @param mixed $attrs Shortcode or block attributes.
 * @return array
 */
function smm_kit_thread_attrs( $attrs ) {
	$attrs = is_array( $attrs ) ? $attrs : array();
	if ( empty( $attrs['thread'] ) && in_the_loop() && get_permalink() ) {
		$attrs['thread'] = get_permalink();
	}
	return $attrs;
}

/**
 * The comment wall; a logged-in reader's signed identity when the secret is set.
 *
 * @param array $attrs Shortcode attributes (thread, depth, sort, page-size).
 * @return string
 */
function smm_kit_comments_markup( $attrs = array() ) {
	$token = smm_kit_identity_token();
	return smm_kit_element( 'smm-comments', smm_kit_thread_attrs( $attrs ), $token ? array( 'identity' => $token ) : array() );
}

/**
 * "N comments" for a thread.
 *
 * @param array $attrs Shortcode attributes (thread).
 * @return string
 */
function smm_kit_comment_count_markup( $attrs = array() ) {
	return smm_kit_element( 'smm-comment-count', smm_kit_thread_attrs( $attrs ) );
}

/**
 * Attributes with the settings' testimonial wall unless they name one.
 *
 * @param mixed $attrs Shortcode or block attributes.
 * @return array
 */
function smm_kit_wall_attrs( $attrs ) {
	$attrs = is_array( $attrs ) ? $attrs : array();
	if ( empty( $attrs['wall'] ) || ! preg_match( '/^[a-z0-9][a-z0-9_-]{0,39}$/', (string) $attrs['wall'] ) ) {
		$attrs['wall'] = smm_kit_option( 'testimonials_wall' );
	}
	return $attrs;
}

/**
 * A testimonial wall.
 *
 * @param array $attrs Shortcode or block attributes (wall, layout, min-rating, tag, featured, limit, …).
 * @return string
 */
function smm_kit_testimonials_markup( $attrs = array() ) {
	return smm_kit_element( 'smm-testimonials', smm_kit_wall_attrs( $attrs ) );
}

/**
 * The form that asks for a testimonial.
 *
 * @param array $attrs Shortcode or block attributes (wall, consent).
 * @return string
 */
function smm_kit_testimonial_form_markup( $attrs = array() ) {
	return smm_kit_element( 'smm-testimonial-form', smm_kit_wall_attrs( $attrs ) );
}

add_shortcode( 'smm_share', 'smm_kit_share_markup' );
add_shortcode( 'smm_follow', 'smm_kit_follow_markup' );
add_shortcode( 'smm_comments', 'smm_kit_comments_markup' );
add_shortcode( 'smm_comment_count', 'smm_kit_comment_count_markup' );
add_shortcode( 'smm_testimonials', 'smm_kit_testimonials_markup' );
add_shortcode( 'smm_testimonial_form', 'smm_kit_testimonial_form_markup' );

/**
 * Lets the elements and their attributes through kses for writers without unfiltered_html
 * (Authors, Contributors, every role but the super admin on multisite), so a Custom HTML block
 * holding <smm-share networks="x"> is saved as written. Values are still checked by kses
 * (no javascript: URLs, no event handlers).
 *
 * @param array        $tags    Allowed tags => attributes.
 * @param string|array $context kses context.
 * @return array
 */
function smm_kit_kses( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( smm_kit_element_attributes() as $tag => $attrs ) {
		$tags[ $tag ] = array_merge(
			array_fill_keys( array_keys( $attrs ), true ),
			array(
				'lang'  => true,
				'class' => true,
				'id'    => true,
			)
		);
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'smm_kit_kses', 10, 2 );

/**
 * The elements' URL attributes are checked like href by kses (http, https, mailto…; never javascript:).
 *
 * @param array $attributes Attribute names holding URLs.
 * @return array
 */
function smm_kit_uri_attributes( $attributes ) {
	return array_merge( $attributes, array( 'url', 'image', 'rss', 'newsletter', 'thread' ) );
}
add_filter( 'wp_kses_uri_attributes', 'smm_kit_uri_attributes' );
