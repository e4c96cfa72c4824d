import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/comments/smm-comments.js';
import '../src/i18n/all.js';
import '../src/i18n/comments-all.js';
import type { SmmComments, Sort } from '../src/components/comments/comments.js';

/**
 * Stories for `<smm-comments>` and `<smm-comment-count>`. Storybook has no server: the wall reads
 * JSON files served beside the stories (stories/static/), each the answer a real endpoint gives
 * in the shape of the OpenAPI contract. A static file ignores the query, so every order and page
 * shows the same thread, and posting needs a real server (`npm start` runs the demo with one).
 * tests/stories/stories.test.ts opens each story in Chromium and runs axe on it.
 */

const THREAD = 'https://example.org/blog/launch-week';

interface CommentsArgs {
  endpoint: string;
  thread: string;
  depth: number;
  sort: Sort;
  pageSize: number;
  lang: string;
  dir: '' | 'ltr' | 'rtl';
}

const defaults: CommentsArgs = {
  endpoint: './demo-api/',
  thread: THREAD,
  depth: 3,
  sort: 'newest',
  pageSize: 20,
  lang: '',
  dir: '',
};

const attr = (v: string) => v || undefined;

function wall(a: Partial<CommentsArgs> = {}): TemplateResult {
  const o = { ...defaults, ...a };
  return html`<smm-comments
    endpoint=${o.endpoint}
    thread=${o.thread}
    depth=${o.depth}
    sort=${o.sort}
    page-size=${o.pageSize}
    lang=${ifDefined(attr(o.lang))}
    dir=${ifDefined(attr(o.dir))}
  ></smm-comments>`;
}

/** Waits until every wall in the story shows what its endpoint answered. */
async function loaded({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await Promise.all([...canvasElement.querySelectorAll<SmmComments>('smm-comments')].map((el) => el.updateComplete));
}

const doc = (story: string) => ({ docs: { description: { story } } });

const meta: Meta<CommentsArgs> = {
  title: 'Comments/smm-comments',
  component: 'smm-comments',
  render: (args) => wall(args),
  play: loaded,
  args: defaults,
  argTypes: {
    endpoint: { control: 'text', description: 'The smm-kit server; default `<meta name="smm:endpoint">`.' },
    thread: { control: 'text', description: 'The thread (a URL); default the page’s canonical URL.' },
    depth: { control: { type: 'number', min: 1, max: 6 }, description: 'Levels of indentation; deeper replies are listed flat with "in reply to …".' },
    sort: { control: 'inline-radio', options: ['newest', 'oldest', 'top'], description: 'Order until the reader picks one (remembered on their device).' },
    pageSize: { control: { type: 'number', min: 1, max: 100 }, description: 'Top-level comments per request.' },
    lang: { control: 'text', description: 'Language of the element (or of any ancestor); default `<html lang>`.' },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A comment wall from the site’s own smm-kit server. Reading costs one request and about 10 KB; ' +
          'the form is fetched when a reader starts writing. Replies nest to `depth`, then list flat. ' +
          'Bodies use a light syntax (**bold**, *italic*, `code`, code blocks, > quotes, bare links) rendered ' +
          'with DOM calls: no reader text ever becomes HTML.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<CommentsArgs>;

export const Playground: Story = { parameters: doc('Every attribute has a control. A moderator’s reply, a verified reader, an edited comment, a deleted one that keeps its replies, and a chain deeper than `depth`.') };

export const Flat: Story = {
  name: 'Depth 1: every reply flat',
  args: { depth: 1 },
  parameters: doc('`depth="1"`: replies are listed under their thread without indentation, each saying whom it answers.'),
};

export const Italian: Story = {
  name: 'Localised: Italian',
  args: { lang: 'it' },
  parameters: doc('"Mi piace", "Rispondi", relative times and the count follow the nearest `lang`.'),
};

export const Arabic: Story = {
  name: 'Localised: Arabic, right to left',
  args: { lang: 'ar', dir: 'rtl' },
  parameters: doc('Plural forms follow each language’s rules; the layout mirrors for right-to-left scripts.'),
};

export const Empty: Story = {
  name: 'State: no comments yet',
  args: { endpoint: './demo-empty/' },
  parameters: doc('An empty thread invites the first comment.'),
};

export const Closed: Story = {
  name: 'State: closed thread',
  args: { endpoint: './demo-closed/' },
  parameters: doc('A thread a moderator closed: comments stay readable with their likes (the like buttons disabled), the form and the reply buttons go, and the wall says comments are closed.'),
};

export const Themed: Story = {
  name: 'Theming: tokens and parts',
  render: (args) => html`<style>
      .themed smm-comments {
        --smm-accent: #8a1538;
        --smm-border: #d9c3c9;
        --smm-radius: 0;
        --smm-font: Georgia, serif;
        --smm-indent: 16px;
      }
      .themed smm-comments::part(badge) { background: #8a1538; color: #fff; border-color: #8a1538; }
      .themed smm-comments::part(heading) { font-variant: small-caps; }
    </style>
    <div class="themed" style="background: #fffaf7; color: #2b1a1f; padding: 1rem">${wall(args)}</div>`,
  parameters: doc('Colours come from the page; `--smm-*` tokens and `::part()` change the rest. No global CSS is added.'),
};

export const Dark: Story = {
  name: 'Theming: on a dark page',
  render: (args) => html`<div style="background: #1c1c1e; color: #f2f2f4; padding: 1rem; --smm-accent: #8ab4f8; --smm-focus: #8ab4f8">${wall(args)}</div>`,
  parameters: doc('The wall takes the page’s text colour; a dark theme sets the accent and focus tokens.'),
};

export const Writing: Story = {
  name: 'Writing: the form',
  play: async (context) => {
    await loaded(context);
    const el = context.canvasElement.querySelector('smm-comments')!;
    el.shadowRoot!.querySelector<HTMLElement>('[part~=write]')!.click();
    await el.updateComplete;
  },
  parameters: doc(
    'The form’s code (about 5 KB) arrives when the reader starts writing: name (remembered), e-mail (never shown), ' +
      'website, the text with a live count and a preview, errors tied to their fields. Posting needs a real server.',
  ),
};

export const Counts: StoryObj = {
  name: 'smm-comment-count: a list of posts',
  render: () => html`<ul style="font: 16px/1.8 system-ui, sans-serif">
    <li><a href="#launch">Launch week</a> · <smm-comment-count endpoint="./demo-counts/" thread=${THREAD}></smm-comment-count></li>
    <li><a href="#privacy">Privacy first</a> · <smm-comment-count endpoint="./demo-counts/" thread="https://example.org/blog/privacy"></smm-comment-count></li>
    <li lang="it"><a href="#bozza">Una bozza</a> · <smm-comment-count endpoint="./demo-counts/" thread="https://example.org/blog/draft"></smm-comment-count></li>
  </ul>`,
  play: async ({ canvasElement }) => {
    const counts = [...canvasElement.querySelectorAll('smm-comment-count')];
    for (let i = 0; i < 50 && !counts.every((c) => c.shadowRoot?.textContent); i++) await new Promise((r) => setTimeout(r, 50));
  },
  parameters: { ...doc('Every count on the page comes from one request; "8 comments", "1 comment", "0 commenti".') },
};
