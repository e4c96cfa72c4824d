// What the page says about itself, read when an element renders (never at import time).

function meta(selector: string): string {
  return document.querySelector<HTMLMetaElement | HTMLLinkElement>(selector)?.getAttribute(
    selector.startsWith('link') ? 'href' : 'content',
  )?.trim() ?? '';
}

/** `<meta name="smm:NAME" content="…">`: page-wide defaults a CMS theme sets once. */
export function pageDefault(name: string): string | null {
  return document.querySelector(`meta[name="smm:${name}"]`)?.getAttribute('content') ?? null;
}

/** An absolute http(s) URL, resolved against the page; `null` for anything else. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const { href } = new URL(value, document.baseURI);
    return /^https?:/.test(href) ? href : null;
  } catch {
    return null;
  }
}

export interface PageData {
  url: string;
  title: string;
  text: string;
  image: string;
}

/** The page's canonical URL: its canonical link, og:url, or its address without the hash. */
export function pageUrl(): string {
  return httpUrl(meta('link[rel="canonical"]')) ?? httpUrl(meta('meta[property="og:url"]')) ?? location.href.replace(/#.*/, '');
}

/** The page's title: its og:title, or its <title>. */
export const pageTitle = (): string => meta('meta[property="og:title"]') || document.title.trim();

/** The page's canonical URL, title, description and image, from its own metadata. */
export function readPage(): PageData {
  return {
    url: pageUrl(),
    title: pageTitle(),
    text: meta('meta[property="og:description"]') || meta('meta[name="description"]'),
    image: httpUrl(meta('meta[property="og:image"]')) ?? '',
  };
}
