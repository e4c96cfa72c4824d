// What only a testimonial has in the queue: whether its wall features it, and its tags (both
// through PATCH /v1/admin/testimonials/:id). The queue owns the state; these render and parse.
import { html, nothing, type TemplateResult } from 'lit';
import type { Item } from './api.js';
import type { Strings } from './i18n.js';

/** Tags as typed: comma-separated, trimmed, each once, in the order given. */
export const parseTags = (s: string): string[] => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))];

/** The featured badge and the tags, under a testimonial's wall and rating. */
export function testimonialMarks(it: Item, t: Strings): TemplateResult | typeof nothing {
  if (!it.featured && !it.tags?.length) return nothing;
  return html`<p class="marks">
    ${it.featured ? html`<span class="badge featured">★ ${t.featured}</span>` : nothing}
    ${it.tags?.length ? html`<span class="visually-hidden">${t.tags}:</span><ul class="tags">${it.tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : nothing}
  </p>`;
}

/** The form that edits a testimonial's tags, in place of its actions' row. */
export function tagsForm(it: Item, t: Strings, save: (tags: string[]) => void, cancel: () => void): TemplateResult {
  const id = `tags-help-${it.id}`;
  return html`<form class="inline" data-form="tags" @submit=${(e: SubmitEvent) => {
    e.preventDefault();
    save(parseTags(((e.target as HTMLFormElement).elements.namedItem('tags') as HTMLInputElement).value));
  }}>
    <label>${t.tags}<input name="tags" .value=${(it.tags ?? []).join(', ')} aria-describedby=${id} autocomplete="off"></label>
    <p class="muted hint" id=${id}>${t.tagsHelp}</p>
    <div class="row"><button class="primary">${t.save}</button><button type="button" @click=${cancel}>${t.cancel}</button></div>
  </form>`;
}
