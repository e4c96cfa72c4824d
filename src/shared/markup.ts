// The light syntax of readers' texts (comments, testimonials), turned into DOM nodes with DOM
// calls: paragraphs, line breaks, links (http, https, mailto), **bold**, *italic*, `code`,
// ``` code blocks ``` and > quotes. Nothing else: every other character stays literal text, and
// the text only ever becomes Text nodes, so no markup a reader types can reach the page as HTML.
import { h, type Child } from './dom.js';

/** The rel of every link a reader wrote: the site does not vouch for it, nor pass it ranking. */
export const UGC_REL = 'ugc nofollow noopener';

// A link starts with its scheme; it ends at white space or at a character that cannot be in a bare
// URL in running text. Trailing punctuation is trimmed afterwards.
const LINK = /(?:https?:\/\/|mailto:)[^\s<>"`]+/iy;
// Quotes nest at most this deep; deeper markers stay literal text.
const MAX_QUOTE = 4;

/**
 * The DOM nodes of `text`: block elements (`p`, `pre`, `blockquote`) to append to a container.
 * A new call makes new nodes.
 */
export function markup(text: string): Node[] {
  return blocks(text.replace(/\r\n?/g, '\n').split('\n'), 0);
}

function blocks(lines: string[], depth: number): Node[] {
  const out: Node[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(h('p', {}, ...inline(para.join('\n'))));
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      flush();
      continue;
    }
    if (line.startsWith('```')) {
      const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
      if (end > 0) {
        flush();
        // The rest of the opening line (a language name) is not shown.
        out.push(h('pre', {}, h('code', {}, lines.slice(i + 1, end).join('\n'))));
        i = end;
        continue;
      }
    }
    if (line.startsWith('>') && depth < MAX_QUOTE) {
      flush();
      let end = i;
      while (end < lines.length && lines[end].startsWith('>')) end++;
      out.push(h('blockquote', {}, ...blocks(lines.slice(i, end).map((l) => l.replace(/^> ?/, '')), depth + 1)));
      i = end - 1;
      continue;
    }
    para.push(line);
  }
  flush();
  return out;
}

const isSpace = (c: string | undefined) => !c || /\s/.test(c);

/** Where emphasis opened at `from` with `mark` (`*` or `**`) closes; -1 when it does not. */
function closing(s: string, from: number, mark: string): number {
  if (isSpace(s[from]) || s[from] == '*') return -1;
  for (let j = from + 1; j < s.length; j++) {
    if (s[j] == '`') {
      // A code span inside the emphasis is skipped whole: its stars are literal.
      const end = codeEnd(s, j);
      if (end > 0) j = end;
    } else if (s[j] == '*') {
      if (s.startsWith(mark, j) && !isSpace(s[j - 1]) && (mark == '**' || s[j + 1] != '*')) return j;
      // In an italic span, a `**` pair is bold inside it: skip both stars.
      if (s[j + 1] == '*') j++;
    }
  }
  return -1;
}

/** The closing backtick of a code span opened at `at` (not across lines, not empty); -1 otherwise. */
function codeEnd(s: string, at: number): number {
  const end = s.indexOf('`', at + 1);
  return end > at + 1 && !s.slice(at + 1, end).includes('\n') ? end : -1;
}

/** A link for the URL that starts at `at`, and where it ends; null when there is none there. */
function link(s: string, at: number): [HTMLElement, number] | null {
  // A scheme glued to a word ("xhttp://") is not a link.
  if (/[\p{L}\p{N}]/u.test(s[at - 1] ?? '')) return null;
  LINK.lastIndex = at;
  let text = LINK.exec(s)?.[0];
  if (!text) return null;
  // Punctuation that ends a sentence, and a closing bracket that was not opened in the URL.
  for (let m; (m = /[.,;:!?'*_)\]]$/.exec(text)); ) {
    const c = m[0];
    if ((c == ')' && text.split('(').length > text.split(')').length - 1) || (c == ']' && text.split('[').length > text.split(']').length - 1)) break;
    text = text.slice(0, -1);
  }
  let href: string;
  try {
    const url = new URL(text);
    // The host right after the slashes: the URL parser would read `http:///x` as http://x/.
    if (url.protocol == 'mailto:' ? text.length < 8 : !/^https?:\/\/[^/\\]/i.test(text)) return null;
    href = url.href;
  } catch {
    return null;
  }
  return [h('a', { href, rel: UGC_REL }, text), at + text.length];
}

/** The inline nodes of a paragraph (or of emphasis inside it): text, breaks, code, links, emphasis. */
function inline(s: string): Child[] {
  const out: Child[] = [];
  let text = '';
  const flush = () => {
    text.split('\n').forEach((line, i) => out.push(i ? h('br') : null, line));
    text = '';
  };
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    let node: HTMLElement | null = null;
    let next = i;
    if (c == '`') {
      const end = codeEnd(s, i);
      if (end > 0) [node, next] = [h('code', {}, s.slice(i + 1, end)), end + 1];
    } else if (c == '*') {
      const mark = s[i + 1] == '*' ? '**' : '*';
      const end = closing(s, i + mark.length, mark);
      if (end > 0) [node, next] = [h(mark == '**' ? 'strong' : 'em', {}, ...inline(s.slice(i + mark.length, end))), end + mark.length];
    } else if (c == 'h' || c == 'H' || c == 'm' || c == 'M') {
      [node, next] = link(s, i) ?? [null, i];
    }
    if (node) {
      flush();
      out.push(node);
      i = next;
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return out.filter((n) => n !== '' && n != null);
}
