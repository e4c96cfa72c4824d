import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { SmmTestimonialEvent } from '../../events.js';
import { enTestimonialForm } from '../../i18n/en/testimonial-form.js';
import type { TestimonialKey } from '../../i18n/testimonials/en.js';
import { addEnglish, LocalizeController } from '../../i18n/localize.js';
import { packReady } from '../../i18n/pack.js';
import { attrs, h, keyed, place, type AttrValue } from '../../shared/dom.js';
import { applyPageDefaults } from '../../shared/options.js';
import { httpUrl } from '../../shared/page.js';
import { load, save } from '../../shared/storage.js';
import { api, needEndpoint } from '../comments/api.js';
import { fetchWall, type Testimonial } from './api.js';
import { formStyles } from './form.styles.js';

/** The server's limits (src/server/testimonials/validate.ts). */
export const LIMITS = { name: 80, role: 80, company: 80, email: 254, text: 2000 } as const;
const TEXTS = ['name', 'email', 'role', 'company', 'text'] as const;
const FIELDS = [...TEXTS, 'rating', 'consent'] as const;
type Field = (typeof FIELDS)[number];
/** Where a wall's draft waits until the server has accepted it. */
const draftKey = (wall: string) => `smm:testimonial-draft:${wall}`;
type Draft = Partial<Record<Field, string | boolean>>;
type ApiError = { error?: { code?: string; issues?: Array<{ path: string; message: string }> } };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const chars = (s: string) => [...s].length;

/**
 * A form that asks a customer for a testimonial, sent to the site's own smm-kit server, where it
 * waits for the owner's approval. The email stays private; the consent's exact wording is stored
 * with the testimonial. What is typed is kept on the device until the server has accepted it.
 *
 * @tag smm-testimonial-form
 * @fires smm-testimonial - after the server accepted a testimonial. `detail: {wall, id, status}`, status `pending` or `published`.
 * @csspart form - the form.   @csspart field - a text field.   @csspart label - a field's label.
 * @csspart hint - help under a field (also `count`, the live character count).
 * @csspart rating - the rating's fieldset.   @csspart consent - the consent checkbox and its words.
 * @csspart error - a field's error, or why a send failed.   @csspart button - the send button (also `send`).
 * @csspart status - the thank-you message.
 * @cssproperty --smm-fg - text colour.   @cssproperty --smm-bg - background of fields and buttons.
 * @cssproperty --smm-accent - the send button.   @cssproperty --smm-border - lines around fields.
 * @cssproperty --smm-focus - focus ring colour.   @cssproperty --smm-error - errors.
 * @cssproperty --smm-font - font family.   @cssproperty --smm-radius - corner radius.
 */
export class SmmTestimonialForm extends ReactiveElement {
  static override styles = formStyles;

  static override properties = {
    /** The wall's name on the server. */
    wall: {},
    /** The smm-kit server; default: `<meta name="smm:endpoint">`. */
    endpoint: {},
    /** The consent's words; default a localised "may be shown publicly on this site". Sent as shown. */
    consent: {},
  };

  wall = 'main';
  endpoint = '';
  consent = '';

  #t = new LocalizeController(this);
  #node = keyed();
  #status!: HTMLElement;
  #errors: Partial<Record<Field, string>> = {};
  #message = '';
  #sending = false;
  #token?: Promise<string | undefined>;
  #sent?: Promise<void>;

  constructor() {
    super();
    addEnglish(enTestimonialForm);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append((this.#status = h('p', { part: 'status', role: 'status' })));
    // The form token on first interaction: the server's minimum fill time starts then.
    root.addEventListener('focusin', () => void this.#form());
    root.addEventListener('input', () => this.#keep());
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) applyPageDefaults(this, ['endpoint']);
  }

  override shouldUpdate(changed: PropertyValues<this>): boolean {
    return packReady(this.#t.lang, () => this.requestUpdate(), 'testimonials') && this.#t.ready && super.shouldUpdate(changed);
  }

  protected override firstUpdated(): void {
    // A draft from an earlier visit (or a failed send) comes back as it was typed.
    const d = load<Draft>(draftKey(this.wall), {});
    for (const f of TEXTS) if (typeof d[f] == 'string') this.#input(f).value = d[f] as string;
    const r = typeof d.rating == 'string' && this.#rating(d.rating);
    if (r) r.checked = true;
    if (d.consent === true) (this.#input('consent') as HTMLInputElement).checked = true;
    this.requestUpdate();
  }

  /** Resolves once a send under way has finished. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#sent;
    return done && (await super.getUpdateComplete());
  }

  #input(f: Field): HTMLInputElement {
    return this.#node(`i:${f}`, f == 'text' ? 'textarea' : 'input') as HTMLInputElement;
  }

  #rating(r: string): HTMLInputElement | undefined {
    return this.renderRoot.querySelector<HTMLInputElement>(`input[name=rating][value="${r}"]`) ?? undefined;
  }

  #consentText(): string {
    return this.consent.trim() || this.#t.term('tfConsent');
  }

  #values(): Draft {
    const d: Draft = {};
    for (const f of TEXTS) d[f] = this.#input(f).value;
    d.rating = this.renderRoot.querySelector<HTMLInputElement>('input[name=rating]:checked')?.value ?? '';
    d.consent = (this.#input('consent') as HTMLInputElement).checked;
    return d;
  }

  #keep(): void {
    save(draftKey(this.wall), this.#values());
    // The count is live; errors stay until the next send.
    this.requestUpdate();
  }

  #form(): Promise<string | undefined> {
    const endpoint = needEndpoint(this);
    if (!endpoint) return Promise.resolve(undefined);
    return (this.#token ??= fetchWall(endpoint, { wall: this.wall || 'main', limit: 1 }).then((p) => p.form, () => {
      this.#token = undefined;
      return undefined;
    }));
  }

  #check(d: Draft): Partial<Record<Field, string>> {
    const t = this.#t;
    const e: Partial<Record<Field, string>> = {};
    const s = (f: Field) => String(d[f] ?? '').trim();
    if (!s('name')) e.name = t.term('tfNameMissing');
    if (s('email') && !EMAIL.test(s('email'))) e.email = t.term('tfBadEmail');
    if (!s('text')) e.text = t.term('tfTextMissing');
    for (const f of TEXTS) if (!e[f] && chars(s(f)) > LIMITS[f]) e[f] = t.term('tfTooLong', LIMITS[f]);
    if (!d.consent) e.consent = t.term('tfConsentMissing');
    return e;
  }

  async #send(): Promise<void> {
    if (this.#sending) return;
    const t = this.#t;
    const d = this.#values();
    this.#errors = this.#check(d);
    this.#message = '';
    const bad = Object.keys(this.#errors)[0] as Field | undefined;
    if (bad) {
      this.requestUpdate();
      await super.getUpdateComplete();
      (bad == 'rating' ? this.#rating('1')! : this.#input(bad)).focus();
      return;
    }
    const endpoint = httpUrl(this.endpoint);
    if (!endpoint) return;
    this.#sending = true;
    this.#say('');
    this.requestUpdate();
    const s = (f: Field) => String(d[f] ?? '').trim();
    const body = {
      wall: this.wall || 'main', name: s('name'), email: s('email') || undefined, role: s('role') || undefined, company: s('company') || undefined,
      rating: d.rating ? Number(d.rating) : undefined, text: String(d.text).trim(), consent: true, consentText: this.#consentText(),
      form: await this.#form(), hp: (this.renderRoot.querySelector<HTMLInputElement>('[name=hp]')?.value) || undefined,
    };
    const post = () => fetch(api(endpoint, 'v1/testimonials'), {
      method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    let r: Response | undefined;
    let e: ApiError['error'];
    try {
      for (let tries = 0; tries < 3; tries++) {
        r = await post();
        e = ((await r.clone().json().catch(() => ({}))) as ApiError).error;
        const wait = Number(r.headers.get('Retry-After'));
        // Sent before the server's minimum fill time: wait as long as it asks, and again.
        if (e?.code == 'too_fast' && wait <= 10) await new Promise((ok) => setTimeout(ok, wait * 1000));
        // A token older than its life (the page stayed open a day): a fresh one.
        else if (e?.issues?.some((i) => i.path == 'form')) {
          this.#token = undefined;
          body.form = await this.#form();
        } else break;
      }
    } catch {
      r = undefined;
    }
    this.#sending = false;
    if (r?.ok) {
      const { testimonial } = (await r.json()) as { testimonial: Testimonial & { status: string } };
      save(draftKey(this.wall), undefined);
      (this.renderRoot.querySelector('form') as HTMLFormElement).reset();
      this.#token = undefined;
      this.#say(t.term(testimonial.status == 'published' ? 'tfPublished' : 'tfThanks'));
      this.dispatchEvent(new SmmTestimonialEvent({ wall: body.wall, id: testimonial.id, status: testimonial.status }));
    } else {
      for (const i of e?.issues ?? []) {
        const f = i.path.split('.')[0] as Field;
        if ((FIELDS as readonly string[]).includes(f)) this.#errors[f] ??= i.message;
      }
      const code = e?.code;
      this.#message = t.term(!r || r.status >= 500 ? 'tfFailed' : code == 'duplicate' ? 'tfDuplicate' : r.status == 429 ? 'tfTooMany' : 'tfRefused');
      this.#say(this.#message);
    }
    this.requestUpdate();
    await super.getUpdateComplete();
    const bad2 = Object.keys(this.#errors)[0] as Field | undefined;
    if (bad2) (bad2 == 'rating' ? this.#rating('1')! : this.#input(bad2)).focus();
  }

  #say(m: string): void {
    // Emptied first, so the same message said twice is announced twice.
    place(this.#status, []);
    if (m) requestAnimationFrame(() => place(this.#status, [m]));
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const t = this.#t;
    const node = this.#node;
    const err = this.#errors;
    const error = (f: Field) => (err[f] ? node(`e:${f}`, 'span', { part: 'error', id: `e-${f}` }, err[f]!) : null);
    const described = (f: Field, hint?: string) => [hint, err[f] && `e-${f}`].filter(Boolean).join(' ') || null;
    const text = (f: (typeof TEXTS)[number], label: TestimonialKey, more: Record<string, string | null> = {}, hint?: HTMLElement | null) =>
      node(`f:${f}`, 'div', { class: `f f-${f}` },
        node(`l:${f}`, 'label', { part: 'label', for: `i-${f}` }, t.term(label)),
        h2(this.#input(f), { part: 'field', id: `i-${f}`, name: f, 'aria-invalid': err[f] ? 'true' : null, 'aria-describedby': described(f, hint?.id), ...more }),
        hint ?? null, error(f));
    const count = chars(this.#input('text').value);
    const form = node('form', 'form', { part: 'form', novalidate: '', 'aria-labelledby': 'title' },
      node('title', 'h2', { id: 'title', part: 'title' }, t.term('tfTitle')),
      node('row', 'div', { class: 'row' },
        text('name', 'tfName', { autocomplete: 'name', required: '', maxlength: String(LIMITS.name) }),
        text('email', 'tfEmail', { type: 'email', autocomplete: 'email', maxlength: String(LIMITS.email) },
          node('h:email', 'span', { part: 'hint', id: 'h-email' }, t.term('tfEmailHint'))),
        text('role', 'tfRole', { autocomplete: 'organization-title', maxlength: String(LIMITS.role) }),
        text('company', 'tfCompany', { autocomplete: 'organization', maxlength: String(LIMITS.company) })),
      node('rating', 'fieldset', { part: 'rating' },
        node('lg', 'legend', { part: 'label' }, t.term('tfRating')),
        ...['1', '2', '3', '4', '5'].map((r) => node(`rl:${r}`, 'label', { class: 'r' },
          node(`ri:${r}`, 'input', { type: 'radio', name: 'rating', value: r }),
          node(`rs:${r}`, 'span', { 'aria-hidden': 'true' }, '★'.repeat(+r)), ' ',
          node(`rt:${r}`, 'span', { class: 'sr' }, t.term('tfOutOf', r, 5))))),
      text('text', 'tfText', { required: '', rows: '6' },
        node('h:text', 'span', { part: 'hint count', id: 'h-text', 'aria-live': 'polite' }, t.term('tfCount', count, LIMITS.text))),
      node('f:consent', 'div', { class: 'f' },
        node('l:consent', 'label', { part: 'consent' },
          h2(this.#input('consent'), { type: 'checkbox', name: 'consent', id: 'i-consent', required: '', 'aria-invalid': err.consent ? 'true' : null, 'aria-describedby': described('consent') }),
          ' ', node('ct', 'span', {}, this.#consentText())),
        error('consent')),
      // A trap for robots: off screen, out of the tab order, hidden from assistive technology.
      node('hp', 'div', { class: 'hp', 'aria-hidden': 'true' },
        node('hpl', 'label', {}, t.term('tfHoney'), node('hpi', 'input', { name: 'hp', tabindex: '-1', autocomplete: 'off' }))),
      this.#message ? node('msg', 'p', { part: 'error', id: 'msg' }, this.#message) : null,
      node('send', 'button', { type: 'submit', part: 'button send', 'aria-disabled': this.#sending ? 'true' : null }, t.term(this.#sending ? 'tfSending' : 'tfSend')));
    form.onsubmit = (e) => {
      e.preventDefault();
      this.#sent = this.#send();
    };
    place(this.renderRoot as ShadowRoot, [this.#status, form]);
  }
}

/** Sets attributes on a field kept across updates (its value is the reader's). */
function h2(el: HTMLElement, list: Record<string, AttrValue>): HTMLElement {
  attrs(el, list);
  return el;
}

declare global {
  interface HTMLElementTagNameMap {
    'smm-testimonial-form': SmmTestimonialForm;
  }
}
