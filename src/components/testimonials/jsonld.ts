// Schema.org data for the testimonials shown: the reviewed item (`Product` unless the page says
// otherwise) with an AggregateRating and one Review each. Google gives no review rich results for
// self-serving reviews of a LocalBusiness or an Organization on its own site, hence the default.
import { h } from '../../shared/dom.js';
import { pageTitle } from '../../shared/page.js';
import { rated, type Summary, type Testimonial } from './api.js';
import type { SmmTestimonials } from './testimonials.js';

/** The JSON-LD object for `shown` testimonials of an item of type `type` named `name`. */
export function reviewData(type: string, name: string, shown: Testimonial[], summary: Summary): Record<string, unknown> {
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': type, name };
  if (summary.count && summary.average != null) {
    data.aggregateRating = { '@type': 'AggregateRating', ratingValue: summary.average, reviewCount: rated(summary), bestRating: 5, worstRating: 1 };
  }
  data.review = shown.map((t) => ({
    '@type': 'Review',
    author: { '@type': 'Person', name: t.name },
    datePublished: t.createdAt.slice(0, 10),
    reviewBody: t.text,
    ...(t.rating ? { reviewRating: { '@type': 'Rating', ratingValue: t.rating, bestRating: 5, worstRating: 1 } } : {}),
  }));
  return data;
}

/** JSON for a `<script>` element: `<` written as \u003c, so no text can close the script. */
export const scriptJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

/** Writes (or rewrites) the wall's JSON-LD `<script>` into its light DOM, where search engines read it. */
export function writeJsonld(el: SmmTestimonials, shown: Testimonial[], summary: Summary, script?: HTMLScriptElement): HTMLScriptElement {
  const json = scriptJson(reviewData(el.itemType || 'Product', el.itemName || pageTitle() || el.wall, shown, summary));
  script ??= h('script', { type: 'application/ld+json' }) as HTMLScriptElement;
  if (script.textContent != json) script.textContent = json;
  if (script.parentNode != el) el.append(script);
  return script;
}
