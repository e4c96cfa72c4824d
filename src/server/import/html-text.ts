// Comments from other systems arrive as HTML (Disqus) or as WordPress's HTML-with-newlines. The
// comment wall stores raw text in its light syntax and never markup, so the HTML is parsed with a
// real HTML5 parser (parse5: malformed markup and every named entity handled as browsers do) and
// only what the light syntax (src/shared/markup.ts renders it) can say survives: paragraphs, line
// breaks, bare http(s)/mailto links, **bold**, *italic*, `code`, ``` code blocks and > quotes.
// Everything else keeps its text or goes.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlTextOptions {
  /**
   * WordPress stores comments with their line breaks as typed and adds `<p>`/`<br>` only when
   * showing them: then a blank line is a paragraph and a newline a line break. Disqus's HTML
   * already has its tags, and newlines in it are plain whitespace (the default).
   */
  newlines?: boolean;
}

const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'section', 'article', 'aside', 'header', 'footer', 'figure', 'figcaption',
  'hr', 'address', 'details', 'summary', 'main', 'nav', 'center',
]);
const DROP = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'img', 'svg', 'math',
  'head', 'title', 'video', 'audio', 'canvas', 'select', 'textarea', 'button', 'input', 'form', 'map',
]);
const BOLD = new Set(['b', 'strong']);
const ITALIC = new Set(['i', 'em', 'cite', 'dfn', 'var']);
const CODE = new Set(['code', 'kbd', 'samp', 'tt']);

// Control characters (but tab and newline), C1 controls, and the bidi overrides that can make
// text read differently from what it is: the same set the comment routes strip.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** NFC, without control or bidi-override characters, `\r\n` as `\n`. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(UNSAFE, '').normalize('NFC');
}

/** Writes text with at most one blank line between blocks and no space at line edges. */
class Out {
  #s = '';
  /** The last character written (reading it from a string being built would flatten it each time). */
  #last = '';
  /** Newlines owed before the next text: 1 line break, 2 paragraph. */
  #owed = 0;
  constructor(readonly newlines: boolean) {}

  break(n: 1 | 2) {
    if (this.#s) this.#owed = Math.max(this.#owed, n);
  }

  /** Text from the document: whitespace collapses (and newlines break lines in WordPress mode). */
  text(t: string) {
    if (this.newlines) {
      t.replace(/\r\n?/g, '\n').split(/(\n[ \t]*(?:\n[ \t\n]*)?)/).forEach((part, i) => {
        if (i % 2) this.break((part.match(/\n/g)!.length > 1 ? 2 : 1));
        else this.#words(part);
      });
    } else this.#words(t);
  }

  #words(t: string) {
    t = t.replace(/[ \t\n\f\r]+/g, ' ');
    if (!t) return;
    if (this.#atLineStart()) t = t.trimStart();
    else if (t.startsWith(' ') && this.#last === ' ') t = t.slice(1);
    if (t) this.raw(t);
  }

  #atLineStart() {
    return !this.#s || this.#owed > 0 || this.#last === '\n';
  }

  /** Text written as is (markers, code, quoted blocks). */
  raw(t: string) {
    if (!t) return;
    if (this.#owed && this.#s) {
      this.#s = this.#s.replace(/ +$/, '') + '\n'.repeat(this.#owed);
    }
    this.#owed = 0;
    this.#s += t;
    this.#last = t[t.length - 1]!;
  }

  done(): string {
    return this.#s.split('\n').map((l) => l.replace(/[ \t]+$/, '')).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  }
}

const isElement = (n: Node): n is Element => 'tagName' in n;

function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(n) || DROP.has(n.tagName)) return '';
  if (n.tagName === 'br') return '\n';
  const inner = (n.tagName === 'template' ? [] : n.childNodes).map(textOf).join('');
  return n.tagName === 'p' || n.tagName === 'div' ? `${inner}\n` : inner;
}

/** The link's target if the light syntax may keep it (http, https, mailto), normalised. */
function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const h = href.trim();
  if (!URL.canParse(h)) return undefined;
  const u = new URL(h);
  if (u.protocol === 'mailto:') return u.href;
  return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.href : undefined;
}

function walk(nodes: Node[], out: Out): void {
  for (const n of nodes) {
    if (n.nodeName === '#text') {
      out.text((n as DefaultTreeAdapterMap['textNode']).value);
      continue;
    }
    if (!isElement(n)) continue; // comments, doctypes
    const tag = n.tagName;
    if (DROP.has(tag)) continue;
    if (tag === 'br') out.break(1);
    else if (tag === 'li') {
      out.break(1);
      out.raw('- ');
      walk(n.childNodes, out);
      out.break(1);
    } else if (tag === 'pre') {
      const code = textOf(n).replace(/^\n/, '').replace(/\n+$/, '');
      out.break(2);
      if (code.trim()) out.raw(`\`\`\`\n${code}\n\`\`\``);
      out.break(2);
    } else if (tag === 'blockquote') {
      const inner = new Out(out.newlines);
      walk(n.childNodes, inner);
      const text = inner.done();
      out.break(2);
      if (text) out.raw(text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n'));
      out.break(2);
    } else if (BLOCK.has(tag)) {
      out.break(2);
      walk(n.childNodes, out);
      out.break(2);
    } else if (tag === 'a') {
      // The light syntax links bare URLs only: a label different from its URL keeps the URL
      // after it, in brackets, so the link survives.
      const href = safeHref(n.attrs.find((a) => a.name === 'href')?.value);
      const label = textOf(n).replace(/\s+/g, ' ').trim();
      if (!href) out.text(label);
      else if (!label || [href, href.replace(/\/$/, ''), href.replace(/^mailto:/, '')].includes(label)) out.raw(href);
      else out.text(`${label} (${href})`);
    } else if (BOLD.has(tag)) wrap(n, out, '**');
    else if (ITALIC.has(tag)) wrap(n, out, '*');
    else if (CODE.has(tag)) {
      // A code span is one line between single backticks; one with a backtick stays plain text.
      const code = textOf(n).replace(/\s+/g, ' ');
      if (code.includes('`')) out.text(code);
      else if (code.trim()) {
        out.text(code.match(/^\s*/)![0]);
        out.raw(`\`${code.trim()}\``);
        out.text(code.match(/\s*$/)![0]);
      }
    } else walk(n.childNodes, out);
  }
}

/** Emphasis around inline content; spaces stay outside the markers, empty emphasis goes. */
function wrap(n: Element, out: Out, marker: string) {
  const inner = new Out(out.newlines);
  walk(n.childNodes, inner);
  const text = inner.done();
  if (!text) return;
  const all = textOf(n);
  if (/^\s/.test(all)) out.text(' ');
  out.raw(`${marker}${text}${marker}`);
  if (/\s$/.test(all)) out.text(' ');
}

/** The light-syntax text of an HTML comment body. */
export function htmlToText(html: string, opts: HtmlTextOptions = {}): string {
  const out = new Out(opts.newlines ?? false);
  // Most comments are plain text: no parser needed for them.
  if (!/[<&]/.test(html)) out.text(html);
  else walk(parseFragment(html).childNodes, out);
  return cleanText(out.done());
}
