// WordPress's export (Tools → Export, a WXR file): RSS `<item>`s for posts and pages, each with its
// permalink in `<link>` and its comments in `<wp:comment>` elements (`wp:comment_parent` for
// replies, `wp:comment_approved` 1/0/spam/trash). A comment is yielded as soon as it closes when
// its item's link is known (WordPress writes the link first); otherwise it waits for `</item>`.
import { htmlToText } from './html-text.js';
import { displayName, emailAddress, threadKey, validDate, website } from './fields.js';
import { xml, type Input, type ParseOptions } from './source.js';
import type { CommentStatus } from '../store/comment-types.js';
import type { ImportedComment } from './types.js';

const COMMENT_FIELDS = new Set([
  'wp:comment_id', 'wp:comment_author', 'wp:comment_author_email', 'wp:comment_author_url',
  'wp:comment_date', 'wp:comment_date_gmt', 'wp:comment_content', 'wp:comment_approved',
  'wp:comment_type', 'wp:comment_parent',
]);

const STATUS: Record<string, CommentStatus> = {
  '1': 'published', approve: 'published', '0': 'pending', hold: 'pending',
  spam: 'spam', trash: 'deleted', 'post-trashed': 'deleted',
};

/** `2024-05-01 10:20:30` as UTC; WordPress writes 0000-00-00 00:00:00 for "unknown". */
function wpDate(s: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)$/.exec((s ?? '').trim());
  if (!m || m[1] === '0000') return undefined;
  const [, y, mo, d, h, mi, se] = m.map(Number) as number[];
  return validDate(new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, se!)));
}

export async function* parseWxr(input: Input, opts: ParseOptions = {}): AsyncGenerator<ImportedComment> {
  const skip = opts.onSkip ?? (() => {});
  const out: ImportedComment[] = [];
  const path: string[] = [];
  /** Comment ids are per site: the site's host keeps two sites' comments apart. */
  let site = '';
  let siteText: string | undefined;
  let item: { f: Record<string, string>; waiting: Record<string, string>[] } | undefined;
  let comment: Record<string, string> | undefined;
  let field: { key: string; into: Record<string, string> } | undefined;

  const finish = (c: Record<string, string>, link: string | undefined) => {
    const id = c['wp:comment_id']?.trim() ?? '';
    const ref = `${site}#${id}`;
    if (!/^\d+$/.test(id)) return skip('comment without a numeric wp:comment_id', id || undefined);
    const type = c['wp:comment_type']?.trim() ?? '';
    if (type !== '' && type !== 'comment') return skip(`not a reader comment (type "${type}")`, ref);
    const key = threadKey(link);
    if (!key) return skip('its post\'s link is not an http(s) URL', ref);
    // The local date is the fallback of drafts' comments, read as UTC for lack of a better zone.
    const createdAt = wpDate(c['wp:comment_date_gmt']) ?? wpDate(c['wp:comment_date']);
    if (!createdAt) return skip('no valid comment date', ref);
    const parent = c['wp:comment_parent']?.trim() ?? '';
    const email = emailAddress(c['wp:comment_author_email']);
    const url = website(c['wp:comment_author_url']);
    out.push({
      source: 'wxr',
      sourceId: ref,
      thread: key,
      ...(parent && parent !== '0' ? { parentSourceId: `${site}#${parent}` } : {}),
      name: displayName(c['wp:comment_author']),
      ...(email ? { email } : {}),
      ...(url ? { url } : {}),
      body: htmlToText(c['wp:comment_content'] ?? '', { newlines: true }),
      createdAt,
      status: STATUS[c['wp:comment_approved']?.trim() ?? ''] ?? 'pending',
    });
  };

  yield* xml(input, 'the WordPress export', out, {
    open(tag, depth) {
      path[depth - 1] = tag.name;
      if (depth === 1 && tag.name !== 'rss') throw new Error(`expected an <rss> document, found <${tag.name}>; is this a WordPress export (WXR)?`);
      if (depth === 3 && (tag.name === 'wp:base_site_url' || tag.name === 'wp:base_blog_url') && !site) siteText = '';
      else if (depth === 3 && tag.name === 'item') item = { f: {}, waiting: [] };
      else if (item && depth === 4 && tag.name === 'link') field = { key: 'link', into: item.f };
      else if (item && depth === 4 && tag.name === 'wp:comment') comment = {};
      else if (comment && depth === 5 && COMMENT_FIELDS.has(tag.name)) field = { key: tag.name, into: comment };
    },
    close(name, depth) {
      field = undefined;
      if (siteText !== undefined && depth === 3) {
        site = URL.canParse(siteText.trim()) ? new URL(siteText.trim()).host : siteText.trim();
        siteText = undefined;
      } else if (comment && depth === 4 && name === 'wp:comment') {
        if (item!.f.link !== undefined) finish(comment, item!.f.link);
        else item!.waiting.push(comment);
        comment = undefined;
      } else if (item && depth === 3 && name === 'item') {
        for (const c of item.waiting) finish(c, item.f.link);
        item = undefined;
      }
    },
    text(t) {
      if (siteText !== undefined) siteText += t;
      else if (field) field.into[field.key] = (field.into[field.key] ?? '') + t;
    },
  });
}
