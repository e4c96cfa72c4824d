import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/share/smm-share.js';
import type { Labels, Layout, Shape, Size, SmmShare, Theme, Variant } from '../src/components/share/share.js';
import { SHARE_ACTIONS, SHARE_NETWORKS } from '../src/shared/network-ids.js';
import type { SmmShareEvent } from '../src/events.js';

/**
 * Stories for `<smm-share>`, in the order a reader of the docs needs them: a Playground with a
 * control for every attribute, then one story per option value, then localisation, integration
 * (host CSS, theming, fallback, events) and accessibility states.
 *
 * Every story shares the same fixed page, so what it renders does not depend on where Storybook
 * runs. tests/stories/stories.test.ts opens each one in Chromium and runs axe on it.
 */

const URL = 'https://example.org/blog/launch-week';
const TITLE = 'Launch week: share buttons that respect readers';

interface ShareArgs {
  networks: string;
  url: string;
  shareTitle: string;
  text: string;
  image: string;
  hashtags: string;
  via: string;
  layout: Layout;
  side: 'left' | 'right';
  variant: Variant;
  size: Size;
  shape: Shape;
  labels: Labels;
  theme: Theme;
  popup: boolean;
  utm: boolean;
  utmCampaign: string;
  mastodonInstance: string;
  mastodonPicker: boolean;
  counts: boolean;
  endpoint: string;
  lang: string;
  dir: '' | 'ltr' | 'rtl';
}

const defaults: ShareArgs = {
  networks: 'facebook,x,linkedin,whatsapp,telegram,bluesky,email,copy',
  url: URL,
  shareTitle: TITLE,
  text: 'Private, light, accessible share buttons in one tag.',
  image: '',
  hashtags: '',
  via: '',
  layout: 'inline',
  side: 'left',
  variant: 'brand',
  size: 'm',
  shape: 'rounded',
  labels: 'short',
  theme: 'auto',
  popup: false,
  utm: false,
  utmCampaign: 'share',
  mastodonInstance: '',
  mastodonPicker: false,
  counts: false,
  endpoint: '',
  lang: '',
  dir: '',
};

/** Empty text attributes are left out, as an author would leave them out. */
const attr = (v: string) => v || undefined;

/** The element with every attribute taken from args. */
function share(a: Partial<ShareArgs> = {}): TemplateResult {
  const o = { ...defaults, ...a };
  return html`<smm-share
    networks=${o.networks}
    url=${ifDefined(attr(o.url))}
    share-title=${ifDefined(attr(o.shareTitle))}
    text=${ifDefined(attr(o.text))}
    image=${ifDefined(attr(o.image))}
    hashtags=${ifDefined(attr(o.hashtags))}
    via=${ifDefined(attr(o.via))}
    layout=${o.layout}
    side=${o.side}
    variant=${o.variant}
    size=${o.size}
    shape=${o.shape}
    labels=${o.labels}
    theme=${o.theme}
    ?popup=${o.popup}
    ?utm=${o.utm}
    utm-campaign=${ifDefined(attr(o.utmCampaign))}
    mastodon-instance=${ifDefined(attr(o.mastodonInstance))}
    ?mastodon-picker=${o.mastodonPicker}
    ?counts=${o.counts}
    endpoint=${ifDefined(attr(o.endpoint))}
    lang=${ifDefined(attr(o.lang))}
    dir=${ifDefined(attr(o.dir))}
  ></smm-share>`;
}

/** Docs text of one story. */
const doc = (story: string) => ({ docs: { description: { story } } });

/** Long enough to scroll, so fixed layouts can be seen staying in place. */
const article = (title: string, body: TemplateResult): TemplateResult => html`<article
  style="max-inline-size: 38rem; margin-inline: auto; min-block-size: 200vh; font: 16px/1.6 Georgia, serif"
>
  <h1 style="font-size: 1.6rem">${title}</h1>
  <p>
    The buttons are fixed to the viewport. Scroll the canvas: the article moves, the buttons stay.
    A theme adds one tag and nothing else.
  </p>
  ${body}
  <p>Readers share what they finish reading; the bar is there when they do.</p>
</article>`;

/** Same bar on a light and a dark surface, each with the matching `theme`. */
const onLightAndDark = (a: Partial<ShareArgs>): TemplateResult => html`<div style="max-inline-size: 56rem">
  <section style="background: #ffffff; color: #1d1d1f; padding: 1rem" aria-label="Light theme">
    ${share({ ...a, theme: 'light' })}
  </section>
  <section style="background: #1c1c1e; color: #f2f2f4; padding: 1rem" aria-label="Dark theme">
    ${share({ ...a, theme: 'dark' })}
  </section>
</div>`;

const meta: Meta<ShareArgs> = {
  title: 'Share/smm-share',
  component: 'smm-share',
  render: (args) => share(args),
  args: defaults,
  argTypes: {
    networks: {
      control: 'text',
      description: `Targets in order, comma or space separated. Networks: ${SHARE_NETWORKS.join(', ')}. Actions: ${SHARE_ACTIONS.join(', ')}.`,
    },
    url: { control: 'text', description: 'URL to share; default: canonical link, og:url, the page address.' },
    shareTitle: { name: 'share-title', control: 'text', description: 'Title to share; default: og:title, document.title.' },
    text: { control: 'text', description: 'Description; default: og:description or meta description.' },
    image: { control: 'text', description: 'Image for Pinterest and VK; default: og:image.' },
    hashtags: { control: 'text', description: 'Hashtags without #, comma separated (X).' },
    via: { control: 'text', description: 'Account credited on X.' },
    layout: { control: 'select', options: ['inline', 'vertical', 'floating', 'bar', 'native-first'] },
    side: { control: 'inline-radio', options: ['left', 'right'], description: 'Screen side of the floating layout.' },
    variant: { control: 'select', options: ['brand', 'outline', 'mono', 'minimal'] },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    shape: { control: 'select', options: ['rounded', 'square', 'circle', 'pill'] },
    labels: { control: 'inline-radio', options: ['none', 'short', 'full'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    popup: { control: 'boolean', description: 'Centred window on desktop instead of a new tab.' },
    utm: { control: 'boolean', description: 'Adds utm_source/medium/campaign to the shared URL.' },
    utmCampaign: { name: 'utm-campaign', control: 'text' },
    mastodonInstance: { name: 'mastodon-instance', control: 'text', description: 'e.g. mastodon.social' },
    mastodonPicker: { name: 'mastodon-picker', control: 'boolean', description: 'Ask the reader for their server once.' },
    counts: { control: 'boolean', description: 'Share counts from the endpoint (needs endpoint).' },
    endpoint: { control: 'text', description: 'The smm-kit server, e.g. https://example.org/smm' },
    lang: { control: 'text', description: 'Language of this bar (otherwise the nearest [lang]).' },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Share buttons for the current page: plain links to each network, plus copy, print and ' +
          'the system share sheet. No request leaves the page before the reader clicks. Fires a ' +
          'cancelable `smm-share` event before every share.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ShareArgs>;

// ── Playground ────────────────────────────────────────────────────────────────────────────────
export const Playground: Story = {
  parameters: doc('Every attribute has a control.'),
};

// ── Layouts ───────────────────────────────────────────────────────────────────────────────────
export const LayoutInline: Story = {
  name: 'Layout: inline',
  args: { layout: 'inline' },
  parameters: doc('The default: a row that wraps.'),
};

export const LayoutVertical: Story = {
  name: 'Layout: vertical',
  args: { layout: 'vertical' },
  parameters: doc('A column, for sidebars.'),
};

export const LayoutFloating: Story = {
  name: 'Layout: floating',
  args: { layout: 'floating', side: 'left', labels: 'none' },
  render: (args) => article('Floating, left', share(args)),
  parameters: {
    layout: 'fullscreen',
    ...doc('Fixed at the middle of the left edge; hidden below 768px wide, where `bar` fits better.'),
  },
};

export const LayoutFloatingRight: Story = {
  name: 'Layout: floating, side right',
  args: { layout: 'floating', side: 'right', labels: 'none' },
  render: (args) => article('Floating, right', share(args)),
  parameters: { layout: 'fullscreen', ...doc('`side="right"` moves it to the other edge.') },
};

export const LayoutBar: Story = {
  name: 'Layout: bar',
  args: { layout: 'bar', labels: 'none' },
  render: (args) => article('Bar', share(args)),
  parameters: {
    layout: 'fullscreen',
    ...doc(
      'Below 768px wide, a full-width bar fixed to the bottom of the screen (pick a mobile ' +
        'viewport to see it); wider screens get the inline row.',
    ),
  },
};

export const LayoutNativeFirst: Story = {
  name: 'Layout: native-first',
  args: { layout: 'native-first', networks: 'native,facebook,x,whatsapp,copy' },
  parameters: doc(
    'On touch devices with the Web Share API, only the system share sheet button; elsewhere the full list.',
  ),
};

// ── Variants × themes ─────────────────────────────────────────────────────────────────────────
const bothThemes = (story: string) => doc(`${story} Shown with \`theme="light"\` and \`theme="dark"\`.`);

export const VariantBrand: Story = {
  name: 'Variant: brand',
  args: { variant: 'brand' },
  render: onLightAndDark,
  parameters: bothThemes('Brand colours, darkened where needed to reach 4.5:1 with white text.'),
};

export const VariantOutline: Story = {
  name: 'Variant: outline',
  args: { variant: 'outline' },
  render: onLightAndDark,
  parameters: bothThemes('Brand-coloured borders and text, no fill.'),
};

export const VariantMono: Story = {
  name: 'Variant: mono',
  args: { variant: 'mono' },
  render: onLightAndDark,
  parameters: bothThemes('One colour for every button: `--smm-mono`.'),
};

export const VariantMinimal: Story = {
  name: 'Variant: minimal',
  args: { variant: 'minimal' },
  render: onLightAndDark,
  parameters: bothThemes('Text buttons with brand-coloured icons.'),
};

export const ThemeAuto: Story = {
  name: 'Theme: auto',
  args: { theme: 'auto', variant: 'outline' },
  parameters: doc('Follows `prefers-color-scheme`; pair it with a page that does the same.'),
};

// ── Sizes, shapes, labels ─────────────────────────────────────────────────────────────────────
export const SizeS: Story = { name: 'Size: s', args: { size: 's' }, parameters: doc('28px buttons.') };
export const SizeM: Story = { name: 'Size: m', args: { size: 'm' }, parameters: doc('36px buttons (default).') };
export const SizeL: Story = {
  name: 'Size: l',
  args: { size: 'l' },
  parameters: doc('44px buttons: the comfortable touch target.'),
};

export const ShapeRounded: Story = {
  name: 'Shape: rounded',
  args: { shape: 'rounded' },
  parameters: doc('`--smm-radius` corners (default 6px).'),
};
export const ShapeSquare: Story = { name: 'Shape: square', args: { shape: 'square' }, parameters: doc('No rounding.') };
export const ShapeCircle: Story = {
  name: 'Shape: circle',
  args: { shape: 'circle', labels: 'none' },
  parameters: doc('Round icon buttons; meant for `labels="none"`.'),
};
export const ShapePill: Story = { name: 'Shape: pill', args: { shape: 'pill' }, parameters: doc('Fully rounded ends.') };

export const LabelsNone: Story = {
  name: 'Labels: none',
  args: { labels: 'none' },
  parameters: doc('Icons only. Every button keeps its accessible name ("Share on Facebook, opens in a new window").'),
};
export const LabelsShort: Story = { name: 'Labels: short', args: { labels: 'short' }, parameters: doc('Brand names (default).') };
export const LabelsFull: Story = {
  name: 'Labels: full',
  args: { labels: 'full' },
  parameters: doc('"Share on …" in the reader\'s language.'),
};

// ── Languages ─────────────────────────────────────────────────────────────────────────────────
export const Italian: Story = {
  name: 'Language: Italian',
  args: { lang: 'it', labels: 'full' },
  parameters: doc('Strings follow the nearest `lang`: the element, an ancestor, then `<html lang>`.'),
};

export const ArabicRtl: Story = {
  name: 'Language: Arabic (RTL)',
  args: { lang: 'ar', dir: 'rtl', labels: 'full', shareTitle: 'أسبوع الإطلاق' },
  parameters: doc('Arabic strings, right-to-left order.'),
};

// ── Targets and actions ───────────────────────────────────────────────────────────────────────
export const AllNetworks: Story = {
  name: 'All networks',
  args: {
    networks: [...SHARE_NETWORKS, ...SHARE_ACTIONS].join(','),
    hashtags: 'webcomponents,privacy',
    via: 'smmkit',
  },
  parameters: doc(
    'Every target. Phone-only targets (Messenger, SMS, Viber) appear on touch devices only, and ' +
      '`native` only where the browser has the Web Share API.',
  ),
};

export const Utm: Story = {
  name: 'UTM tagging',
  args: { utm: true, utmCampaign: 'launch-week' },
  parameters: doc('Each target shares `…?utm_source=<network>&utm_medium=social&utm_campaign=launch-week`.'),
};

export const MastodonInstance: Story = {
  name: 'Mastodon: instance',
  args: { networks: 'mastodon,bluesky,threads,copy', mastodonInstance: 'mastodon.social' },
  parameters: doc('Mastodon links go straight to `https://mastodon.social/share`.'),
};

export const MastodonPicker: Story = {
  name: 'Mastodon: picker',
  args: { networks: 'mastodon,bluesky,copy', mastodonPicker: true },
  parameters: doc('The first Mastodon click asks for the reader\'s server, then remembers it on this device.'),
};

export const MastodonPickerOpen: Story = {
  name: 'Mastodon: picker, dialog open',
  args: { networks: 'mastodon,bluesky,copy', mastodonPicker: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('smm-share') as SmmShare;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[part~="mastodon"]')!.click();
  },
  parameters: doc('The server picker, opened by a click on Mastodon (play function).'),
};

export const Actions: Story = {
  name: 'Actions: copy, print, native',
  args: { networks: 'copy,print,native', labels: 'full' },
  parameters: doc(
    'Actions rather than links: copy the link (announcing "Link copied"), print, and the system ' +
      'share sheet where the browser has one.',
  ),
};

const COUNTS_ENDPOINT = 'https://smm.example.org/';

export const Counts: Story = {
  name: 'Counts',
  args: { counts: true, endpoint: COUNTS_ENDPOINT, networks: 'facebook,x,linkedin,copy' },
  // A stub answers the endpoint, so the story needs no server and makes no request.
  beforeEach: () => {
    const real = window.fetch;
    window.fetch = async (input, init) => {
      const href = typeof input === 'string' ? input : input instanceof Request ? input.url : input.href;
      if (!href.startsWith(COUNTS_ENDPOINT)) return real(input, init);
      const body = { counts: [{ url: URL, total: 1480, networks: { facebook: 912, x: 361, linkedin: 207 } }] };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    };
    return () => {
      window.fetch = real;
    };
  },
  parameters: doc('Share counts from the endpoint\'s `GET /v1/counts`.'),
};

// ── Integration ───────────────────────────────────────────────────────────────────────────────
export const HostileHostCss: Story = {
  name: 'Host CSS: hostile theme',
  render: (args) => html`<style>
      .hostile a { color: red !important; }
      .hostile svg { width: 100%; }
      .hostile button { all: unset; }
      .hostile * { box-sizing: content-box; }
    </style>
    <div class="hostile">
      <p>This wrapper applies rules that break most widgets; the bar keeps its look.</p>
      ${share(args)}
    </div>`,
  parameters: doc(
    '`a{color:red!important} svg{width:100%} button{all:unset} *{box-sizing:content-box}` from ' +
      'the host page stop at the shadow root.',
  ),
};

export const CustomTheming: Story = {
  name: 'Theming: --smm-* and ::part()',
  args: { variant: 'mono' },
  render: (args) => html`<style>
      .branded smm-share {
        --smm-gap: 12px;
        --smm-radius: 0;
        --smm-size: 40px;
        --smm-mono: #563acc;
        --smm-focus: #563acc;
        --smm-font: Georgia, serif;
      }
      .branded smm-share::part(button) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
        box-shadow: 4px 4px 0 #1d1d1f;
      }
      .branded smm-share::part(icon) {
        inline-size: 18px;
        block-size: 18px;
      }
    </style>
    <div class="branded">${share(args)}</div>`,
  parameters: doc(
    'Public tokens (`--smm-gap`, `--smm-radius`, `--smm-size`, `--smm-mono`, …) and parts ' +
      '(`bar`, `button`, `icon`, `label`, `count`).',
  ),
};

// Plain links a blog owner writes inside the tag, so readers can share without JavaScript.
const FALLBACK: Array<[string, string]> = [
  ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(URL)}`],
  ['Bluesky', `https://bsky.app/intent/compose?text=${encodeURIComponent(`${TITLE} ${URL}`)}`],
  ['Email', `mailto:?subject=${encodeURIComponent(TITLE)}&body=${encodeURIComponent(URL)}`],
];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// The same markup on a page whose script has not loaded: what readers see before upgrade.
const fallbackPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Before upgrade</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:8px;color:#1d1d1f}a{color:#0b57d0;margin-inline-end:.75rem}</style></head>
<body><smm-share networks="facebook,bluesky,email">
${FALLBACK.map(([name, href]) => `<a href="${escape(href)}">${name}</a>`).join('\n')}
</smm-share></body></html>`;

export const FallbackContent: Story = {
  name: 'Fallback content (before upgrade)',
  render: (args) => html`<div style="display: grid; gap: 1rem; max-inline-size: 40rem">
    <section aria-labelledby="before">
      <h2 id="before" style="font: 600 1rem system-ui; margin: 0">Before upgrade, or without JavaScript</h2>
      <iframe
        title="smm-share before its script loads"
        srcdoc=${fallbackPage}
        style="inline-size: 100%; block-size: 3.5rem; border: 1px dashed #767676"
      ></iframe>
    </section>
    <section aria-labelledby="after">
      <h2 id="after" style="font: 600 1rem system-ui; margin: 0">After upgrade</h2>
      <smm-share networks="facebook,bluesky,email" url=${URL} share-title=${TITLE} variant=${args.variant}>
        ${FALLBACK.map(([name, href]) => html`<a href=${href}>${name}</a> `)}
      </smm-share>
    </section>
  </div>`,
  parameters: doc(
    'Links inside `<smm-share>` are what readers see until the script loads, or if it never does. ' +
      'Once the element upgrades, its shadow root replaces them (there is no slot). The frame shows ' +
      'the same markup on a page without the script, i.e. before upgrade.',
  ),
};

const logShare = (e: SmmShareEvent) => {
  e.preventDefault();
  const item = document.createElement('li');
  item.textContent = JSON.stringify(e.detail);
  (e.currentTarget as HTMLElement).querySelector('ol')!.append(item);
};

export const EventLog: Story = {
  name: 'Events: smm-share log',
  render: (args) => html`<div @smm-share=${logShare}>
    ${share(args)}
    <h2 style="font: 600 1rem system-ui; margin-block: 1rem 0.25rem">smm-share events (prevented)</h2>
    <div role="log" aria-label="smm-share events">
      <ol style="font: 13px/1.5 ui-monospace, monospace; margin: 0"></ol>
    </div>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('smm-share') as SmmShare;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[part~="x"]')!.click();
  },
  parameters: doc(
    'The host page hears a bubbling, composed, cancelable `smm-share` before every share; this ' +
      'listener calls `preventDefault()` and prints `event.detail`. The play function clicks X once.',
  ),
};
