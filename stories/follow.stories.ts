import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/follow/smm-follow.js';
import type { FollowLayout } from '../src/components/follow/follow.js';
import type { Labels, Shape, Size, Theme, Variant } from '../src/components/share/share.js';
import type { SmmFollowEvent } from '../src/events.js';

/**
 * Stories for `<smm-follow>`: a Playground, the look it shares with `<smm-share>`, follower
 * counts, localisation, and the follow prompt. tests/stories/stories.test.ts opens each one in
 * Chromium and runs axe on it.
 */

interface FollowArgs {
  profiles: string;
  followers: string;
  layout: FollowLayout;
  side: 'left' | 'right';
  variant: Variant;
  size: Size;
  shape: Shape;
  labels: Labels;
  theme: Theme;
  lang: string;
}

/** A trattoria's accounts, in every form the element accepts: handles, URLs, a mailto. */
const ALL =
  'instagram:@trattoria.roma, facebook:https://www.facebook.com/trattoria.roma, x:@trattoria, youtube:@trattoria, ' +
  'linkedin:company/trattoria, tiktok:@trattoria, pinterest:trattoria, threads:@trattoria, bluesky:trattoria.bsky.social, ' +
  'mastodon:@trattoria@mastodon.social, flickr:trattoria, behance:trattoria, slideshare:trattoria, tumblr:trattoria, ' +
  'telegram:@trattoria, whatsapp:https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12, github:trattoria, ' +
  'twitch:trattoria, rss:https://example.org/feed.xml, newsletter:mailto:news@example.org';

const defaults: FollowArgs = {
  profiles: 'instagram:@trattoria.roma, facebook:trattoria.roma, youtube:@trattoria, rss:https://example.org/feed.xml',
  followers: '',
  layout: 'inline',
  side: 'left',
  variant: 'brand',
  size: 'm',
  shape: 'rounded',
  labels: 'short',
  theme: 'auto',
  lang: '',
};

const attr = (v: string) => v || undefined;

function follow(a: Partial<FollowArgs> = {}): TemplateResult {
  const o = { ...defaults, ...a };
  return html`<smm-follow
    profiles=${o.profiles}
    followers=${ifDefined(attr(o.followers))}
    layout=${o.layout}
    side=${o.side}
    variant=${o.variant}
    size=${o.size}
    shape=${o.shape}
    labels=${o.labels}
    theme=${o.theme}
    lang=${ifDefined(attr(o.lang))}
  ></smm-follow>`;
}

const doc = (story: string) => ({ docs: { description: { story } } });

const meta: Meta<FollowArgs> = {
  title: 'Follow/smm-follow',
  component: 'smm-follow',
  render: (args) => follow(args),
  args: defaults,
  argTypes: {
    profiles: { control: 'text', description: 'NETWORK:HANDLE-OR-URL, comma separated (or one attribute per network).' },
    followers: { control: 'text', description: 'Follower counts given by the site: instagram:12400, youtube:3100.' },
    layout: { control: 'select', options: ['inline', 'vertical', 'floating', 'bar'] },
    side: { control: 'inline-radio', options: ['left', 'right'] },
    variant: { control: 'select', options: ['brand', 'outline', 'mono', 'minimal'] },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    shape: { control: 'select', options: ['rounded', 'square', 'circle', 'pill'] },
    labels: { control: 'inline-radio', options: ['none', 'short', 'full'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Follow buttons for the site\'s own profiles: plain links, no widget script, no request ' +
          'to any network. `mode="prompt"` invites the reader to follow at the right moment. ' +
          'Fires a cancelable `smm-follow` event before a profile opens.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FollowArgs>;

export const Playground: Story = { parameters: doc('Every attribute has a control.') };

export const AllProfiles: Story = {
  name: 'All profiles',
  args: { profiles: ALL },
  parameters: doc('Every network, given as handles, full URLs and a mailto.'),
};

export const VariantOutline: Story = { name: 'Variant: outline', args: { variant: 'outline' } };
export const VariantMono: Story = { name: 'Variant: mono', args: { variant: 'mono' } };
export const VariantMinimal: Story = { name: 'Variant: minimal', args: { variant: 'minimal' } };

export const IconsOnly: Story = {
  name: 'Labels: none, circles',
  args: { profiles: ALL, labels: 'none', shape: 'circle' },
  parameters: doc('Icons only; every link keeps its accessible name ("Follow on …").'),
};

export const Followers: Story = {
  name: 'Follower counts',
  args: { followers: 'instagram:12400, facebook:3100, youtube:980' },
  parameters: doc('Counts come from the site (an attribute), never from the networks.'),
};

export const Italian: Story = {
  name: 'Language: Italian',
  args: { lang: 'it', labels: 'full' },
  parameters: doc('"Segui su …" and the group name follow the nearest `lang`.'),
};

const logFollow = (e: SmmFollowEvent) => {
  e.preventDefault();
  const item = document.createElement('li');
  item.textContent = JSON.stringify(e.detail);
  (e.currentTarget as HTMLElement).querySelector('ol')!.append(item);
};

export const EventLog: Story = {
  name: 'Events: smm-follow log',
  render: (args) => html`<div @smm-follow=${logFollow}>
    ${follow(args)}
    <div role="log" aria-label="smm-follow events"><ol style="font: 13px/1.5 ui-monospace, monospace"></ol></div>
  </div>`,
  parameters: doc('The host page hears `smm-follow` (prevented here) with the network and profile URL.'),
};

export const Prompt: Story = {
  name: 'Prompt: shown at once',
  render: (args) => html`<article style="max-inline-size: 38rem; margin-inline: auto; font: 16px/1.6 Georgia, serif">
    <h1 style="font-size: 1.6rem">Cacio e pepe, the real one</h1>
    <p>The prompt slides in from a corner (a bottom sheet on phones) and covers no text you are reading.</p>
    <smm-follow mode="prompt" after-seconds="0" cap="none" storage-key="smm:story-prompt"
      profiles=${args.profiles} variant=${args.variant} labels=${args.labels} lang=${ifDefined(attr(args.lang))}
      ><span slot="message">New recipes every Friday.</span></smm-follow>
  </article>`,
  parameters: doc(
    '`after-seconds="0"` shows it at once here; on a real page use `after-scroll="60%"`, `at="#comments"`, ' +
      '`after-seconds` or `exit-intent`, and a `cap` such as `1/7d`. Escape or the close button dismiss it.',
  ),
};
