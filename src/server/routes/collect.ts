// The collection page at /t/<wall>: an owner e-mails customers a link and needs no page of their
// own. Plain HTML with no script (it works in any mail client's browser, without JavaScript): the
// form posts back here, and a refused form comes back with every typed value kept and each error
// tied to its field. Every text written into the page goes through esc(); the page sends a CSP
// that allows no script at all.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import type { Deps } from '../app.js';
import { formToken } from '../comments/tokens.js';
import { describeIssues } from '../validate.js';
import { formScope, storeTestimonial } from '../testimonials/submit.js';
import { PAGE_STRINGS, pageLang, type PageStrings } from '../testimonials/page-strings.js';
import { NewTestimonialSchema, TESTIMONIAL_LIMITS, WALL_PATTERN } from '../testimonials/validate.js';
import type { WallSettings } from '../store/testimonial-types.js';

const WALL = new RegExp(WALL_PATTERN);
const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const paras = (s: string) => s.split(/\n{2,}/).map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`).join('');

type Values = Record<'name' | 'email' | 'role' | 'company' | 'rating' | 'text', string> & { consent: boolean };
const EMPTY: Values = { name: '', email: '', role: '', company: '', rating: '', text: '', consent: false };

const STYLE = `
  :root { color-scheme: light dark; font: 1.0625rem/1.5 system-ui, sans-serif; }
  body { margin: 0 auto; max-width: 36rem; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.6rem; line-height: 1.25; }
  label, legend { display: block; font-weight: 600; margin: 1.1rem 0 .35rem; }
  input[type=text], input[type=email], textarea { box-sizing: border-box; width: 100%; font: inherit; padding: .6rem; border: 1px solid #767676; border-radius: 6px; }
  textarea { min-height: 9rem; }
  fieldset { border: 0; padding: 0; margin: 0; }
  .stars { display: flex; flex-wrap: wrap; gap: .5rem; }
  .stars label { font-weight: 400; margin: 0; display: flex; align-items: center; gap: .35rem; min-height: 44px; padding: 0 .6rem; border: 1px solid #767676; border-radius: 6px; }
  .consent { display: flex; gap: .6rem; align-items: flex-start; font-weight: 400; }
  .consent input { margin-top: .35rem; width: 1.2rem; height: 1.2rem; }
  .err { color: #b00020; font-weight: 600; margin: .3rem 0 0; }
  @media (prefers-color-scheme: dark) { .err { color: #ff8a80; } }
  [aria-invalid=true] { border-color: #b00020; border-width: 2px; }
  .summary { border: 2px solid #b00020; padding: .75rem 1rem; border-radius: 6px; }
  button { margin-top: 1.5rem; font: inherit; font-weight: 600; min-height: 44px; padding: .6rem 1.6rem; border-radius: 6px; border: 0; background: #1a57b8; color: #fff; cursor: pointer; }
  button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #1a57b8; outline-offset: 2px; }
  .hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
`;

function page(lang: string, title: string, main: string): string {
  return `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${main}</main></body></html>`;
}

function form(t: PageStrings, w: WallSettings, lang: string, token: string, values: Values, errors: Record<string, string>, banner?: string): string {
  const title = w.title ?? t.title;
  const err = (f: string) => (errors[f] ? `<p class="err" id="${f}-err">${esc(errors[f]!)}</p>` : '');
  const aria = (f: string) => (errors[f] ? ` aria-invalid="true" aria-describedby="${f}-err"` : '');
  const input = (f: keyof Values, label: string, type: string, extra = '') =>
    `<label for="${f}">${esc(label)}</label><input type="${type}" id="${f}" name="${f}" value="${esc(String(values[f]))}"${extra}${aria(f)}>${err(f)}`;
  const stars = [1, 2, 3, 4, 5].map((n) => `<label><input type="radio" name="rating" value="${n}"${values.rating === String(n) ? ' checked' : ''}> ${esc(t.stars.replace('{0}', String(n)))}</label>`).join('');
  const consent = w.consent ?? t.consent;
  const summary = banner ? `<div class="summary" role="alert" tabindex="-1" id="summary"><p>${esc(banner)}</p></div>` : '';
  return page(lang, title, `<h1>${esc(title)}</h1>${summary}${paras(w.intro ?? t.intro)}
<form method="post" action="./${esc(w.name)}?lang=${esc(lang)}" novalidate>
<input type="hidden" name="form" value="${esc(token)}">
<input type="hidden" name="consentText" value="${esc(consent)}">
${input('name', t.name, 'text', ` autocomplete="name" required maxlength="${TESTIMONIAL_LIMITS.name}"`)}
${input('email', t.email, 'email', ' autocomplete="email"')}
${input('role', t.role, 'text', ` autocomplete="organization-title" maxlength="${TESTIMONIAL_LIMITS.role}"`)}
${input('company', t.company, 'text', ` autocomplete="organization" maxlength="${TESTIMONIAL_LIMITS.company}"`)}
<fieldset${aria('rating')}><legend>${esc(t.rating)}</legend><div class="stars">${stars}</div>${err('rating')}</fieldset>
<label for="text">${esc(t.text)}</label><textarea id="text" name="text" required maxlength="${TESTIMONIAL_LIMITS.text}"${aria('text')}>${esc(values.text)}</textarea>${err('text')}
<label class="consent"><input type="checkbox" name="consent" value="yes" id="consent"${values.consent ? ' checked' : ''}${aria('consent')}> <span>${esc(consent)}</span></label>${err('consent')}
<div class="hp" aria-hidden="true"><label for="hp">${esc(t.hp)}</label><input type="text" id="hp" name="hp" tabindex="-1" autocomplete="off"></div>
<button type="submit">${esc(t.send)}</button>
</form>`);
}

export function collectRoute(d: Deps): Hono {
  const r = new Hono();
  const html = (c: Context, body: string, status: 200 | 201 | 202 | 400 | 403 | 409 | 429 = 200) => {
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(body, status);
  };
  const setup = async (c: Context) => {
    const name = c.req.param('wall')!;
    if (!WALL.test(name)) return undefined;
    const lang = pageLang(c.req.query('lang'), c.req.header('accept-language'));
    const token = formToken(await d.store.serverSecret(), formScope(name), d.now().getTime());
    return { name, lang, t: PAGE_STRINGS[lang], wall: await d.store.wall(name), token };
  };

  r.get('/:wall', async (c) => {
    const s = await setup(c);
    if (!s) return c.notFound();
    return html(c, form(s.t, s.wall, s.lang, s.token, EMPTY, {}));
  });

  r.post('/:wall', async (c) => {
    const s = await setup(c);
    if (!s) return c.notFound();
    const f = await c.req.parseBody();
    const get = (k: string) => (typeof f[k] === 'string' ? (f[k] as string) : '');
    const values: Values = {
      name: get('name'), email: get('email'), role: get('role'), company: get('company'), rating: get('rating'), text: get('text'),
      consent: get('consent') !== '',
    };
    const input = {
      wall: s.name, name: values.name, email: values.email, role: values.role, company: values.company, text: values.text,
      ...(values.rating ? { rating: Number(values.rating) } : {}), consent: values.consent, consentText: get('consentText') || (s.wall.consent ?? s.t.consent),
      form: get('form'), hp: get('hp'),
    };
    const parsed = v.safeParse(NewTestimonialSchema, input);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const i of describeIssues(parsed.issues)) {
        const field = i.path.split('.')[0] || 'text';
        errors[field] ??= field === 'consent' ? s.t.consentRequired : values[field as keyof Values] === '' ? s.t.required : i.message;
      }
      return html(c, form(s.t, s.wall, s.lang, s.token, values, errors, s.t.errors), 400);
    }
    const stored = await storeTestimonial(c, d, parsed.output);
    if (!stored.ok) {
      const banner = stored.code === 'too_fast' ? s.t.tooFast : s.t.failed.replace('{0}', stored.message);
      return html(c, form(s.t, s.wall, s.lang, s.token, values, {}, banner), stored.status);
    }
    const thanks = s.wall.thanks ?? (stored.row.status === 'published' ? s.t.thanksPublished : s.t.thanks);
    return html(c, page(s.lang, s.wall.title ?? s.t.title, `<h1>${esc(s.wall.title ?? s.t.title)}</h1><div role="status">${paras(thanks)}</div>`),
      stored.row.status === 'published' ? 201 : 202);
  });
  return r;
}
