import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/comments/smm-comments.js';
import type { SmmComments } from '../../src/components/comments/comments.js';
import { $, bodies, moderate, newThread, seed, setThread, wall } from './comments-helpers.js';

const IDENTITY_SECRET = 'wtr-identity-secret-0123456789abcdef0123';

/** Opens the top form (the chunk loads) and waits for it. */
async function openForm(el: SmmComments): Promise<HTMLFormElement> {
  $(el, '[part~=write]')!.click();
  await el.updateComplete;
  await waitUntil(() => $(el, '[part~=form]'), 'the form appears');
  await el.updateComplete;
  return $<HTMLFormElement>(el, '[part~=form]')!;
}

/** Types into a field as a reader does (an input event per change). */
function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new Event('input'));
}

const field = (form: Element, name: string) => form.querySelector<HTMLInputElement>(`[name=${name}]`)!;
const live = (el: SmmComments) => $(el, '[role=status]')!;
const submit = (form: HTMLFormElement) => form.requestSubmit();

/** A JWT signed as the site's backend would (HS256), for the identity attribute. */
async function signIdentity(claims: Record<string, unknown>): Promise<string> {
  const b64 = (b: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(b))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const enc = (o: unknown) => b64(new TextEncoder().encode(JSON.stringify(o)));
  const data = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 })}`;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(IDENTITY_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return `${data}.${b64(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(data)))}`;
}

describe('<smm-comments> writing, against the real server', () => {
  beforeEach(() => localStorage.clear());

  it('loads the form on first use, focuses it, posts, announces, fires smm-comment and remembers the name', async () => {
    const thread = newThread();
    const el = await wall(thread);
    const form = await openForm(el);
    expect(el.shadowRoot!.activeElement).to.equal(field(form, 'body'));
    type(field(form, 'body'), 'First *post*');
    type(field(form, 'name'), 'Marta');
    const fired = oneEvent(el, 'smm-comment');
    submit(form);
    const e = await fired;
    expect(e.detail.status).to.equal('published');
    expect(e.detail.thread).to.equal(thread);
    await el.updateComplete;
    expect(bodies(el)).to.deep.equal(['First post']);
    expect($(el, '[part~=author]')!.textContent).to.equal('Marta');
    expect($(el, '[part~=heading]')!.textContent).to.equal('1 comment');
    await waitUntil(() => live(el).textContent == 'Your comment is published.');
    expect(el.shadowRoot!.activeElement!.id).to.equal(`c-${e.detail.id}`);
    expect(field(form, 'body').value).to.equal('');
    expect(localStorage.getItem('smm:comments-drafts')).to.equal('{}');
    // Another wall on this device: the name is remembered.
    const again = await wall(newThread());
    expect(field(await openForm(again), 'name').value).to.equal('Marta');
  });

  it('ties errors to their fields and focuses the first one', async () => {
    const el = await wall(newThread());
    const form = await openForm(el);
    type(field(form, 'url'), 'javascript:alert(1)');
    type(field(form, 'email'), 'not an address');
    submit(form);
    await el.updateComplete;
    const body = field(form, 'body');
    expect(el.shadowRoot!.activeElement).to.equal(body);
    for (const [name, message] of [['body', 'Write your comment.'], ['name', 'Enter your name.'], ['url', 'Enter an address that starts with http:// or https://'], ['email', 'Enter an email address such as name@example.org']]) {
      const f = field(form, name);
      expect(f.getAttribute('aria-invalid'), name).to.equal('true');
      const said = f.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent);
      expect(said, name).to.include(message);
    }
    type(body, 'x'.repeat(5001));
    await el.updateComplete;
    expect(form.querySelector('[part~=count]')!.textContent).to.equal('5001 of 5000 characters');
    submit(form);
    await el.updateComplete;
    expect(form.querySelector('[part~=error]')!.textContent).to.equal('Too long: at most 5000 characters.');
    await expect(el).to.be.accessible();
  });

  it('shows the preview with the same rendering as published comments', async () => {
    const el = await wall(newThread());
    const form = await openForm(el);
    type(field(form, 'body'), '> quoted\n\n**bold** https://example.org');
    const toggle = form.querySelector<HTMLButtonElement>('[part~=preview-toggle]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(form.querySelector('[part~=preview]')!.innerHTML).to.equal('<blockquote><p>quoted</p></blockquote><p><strong>bold</strong> <a href="https://example.org/" rel="ugc nofollow noopener">https://example.org</a></p>');
  });

  it('keeps the draft through a failed post and a reload, and sends it on retry', async () => {
    const thread = newThread();
    const el = await wall(thread);
    const form = await openForm(el);
    type(field(form, 'body'), 'Not lost');
    type(field(form, 'name'), 'Ada');
    el.endpoint = 'http://127.0.0.1:9/';
    await el.updateComplete;
    submit(form);
    await waitUntil(() => form.querySelector('[part~=error]'), 'the failure is shown');
    expect(form.querySelector('[part~=error]')!.textContent).to.equal('Not sent: the connection failed. Your text is kept; try again.');
    expect(form.querySelector('[part~=post]')!.textContent).to.equal('Try again');
    expect(field(form, 'body').value).to.equal('Not lost');
    // A reload keeps the draft.
    const reloaded = await wall(thread);
    const form2 = await openForm(reloaded);
    expect(field(form2, 'body').value).to.equal('Not lost');
    submit(form2);
    await waitUntil(() => bodies(reloaded).length == 1, 'posted on retry');
    expect(bodies(reloaded)).to.deep.equal(['Not lost']);
  });

  it('shows a held comment to its author only, through reloads, until it is approved', async () => {
    const thread = newThread();
    await setThread(thread, { moderation: 'pre' });
    const el = await wall(thread);
    const form = await openForm(el);
    type(field(form, 'body'), 'Waiting for a moderator');
    type(field(form, 'name'), 'Ada');
    const fired = oneEvent(el, 'smm-comment');
    submit(form);
    const { detail } = await fired;
    expect(detail.status).to.equal('pending');
    await el.updateComplete;
    await waitUntil(() => live(el).textContent!.startsWith('Thanks!'));
    expect($(el, '[part~=status]')!.textContent).to.equal('Awaiting moderation');
    expect($(el, '[part~=comment]')!.part.contains('pending')).to.equal(true);
    // The same device, after a reload: still there, still marked.
    const reloaded = await wall(thread);
    await waitUntil(() => bodies(reloaded).length == 1, 'the held comment is back');
    expect($(reloaded, '[part~=status]')!.textContent).to.equal('Awaiting moderation');
    // Another device (nothing in storage) sees nothing.
    const mine = localStorage.getItem('smm:comments-mine');
    localStorage.clear();
    const other = await wall(thread);
    expect(bodies(other)).to.deep.equal([]);
    // Approved: everyone sees it, the author without the mark.
    await moderate(detail.id, 'approve');
    localStorage.setItem('smm:comments-mine', mine!);
    const after = await wall(thread);
    await waitUntil(() => bodies(after).length == 1);
    expect($(after, '[part~=status]')).to.equal(null);
    expect(JSON.parse(localStorage.getItem('smm:comments-mine')!)[0].status).to.equal('published');
  });

  it('edits and deletes one’s own comment with its secret, moving focus sensibly', async () => {
    const thread = newThread();
    const el = await wall(thread);
    const form = await openForm(el);
    type(field(form, 'body'), 'Typo here');
    type(field(form, 'name'), 'Ada');
    submit(form);
    await waitUntil(() => $(el, '[part~=edit]'), 'edit appears for the author');
    $(el, '[part~=edit]')!.click();
    await el.updateComplete;
    const area = el.shadowRoot!.activeElement as HTMLTextAreaElement;
    expect(area.value).to.equal('Typo here');
    area.value = 'Fixed here';
    (area.form as HTMLFormElement).requestSubmit();
    await waitUntil(() => bodies(el)[0] == 'Fixed here', 'saved');
    expect($(el, '[part~=edited]')!.textContent).to.equal('edited');
    await waitUntil(() => live(el).textContent == 'Your changes are saved.');
    const del = $(el, '[part~=delete]')!;
    del.focus();
    del.click();
    await el.updateComplete;
    expect(del.textContent).to.equal('Delete for good?');
    expect(el.shadowRoot!.activeElement).to.equal(del);
    let heard = 0;
    el.addEventListener('smm-comment', () => heard++);
    del.click();
    await waitUntil(() => bodies(el).length == 0, 'deleted');
    await el.updateComplete;
    expect(heard, 'smm-comment is for new comments only (the tracker counts it)').to.equal(0);
    expect(bodies(el)).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~=form] [name=body]') ?? $(el, '[part~=write]'));
    // Others' comments have no such buttons.
    await seed(thread, ['not mine']);
    const other = await wall(thread);
    await other.updateComplete;
    expect($(other, '[part~=edit]')).to.equal(null);
  });

  it('counts the edit window on the server\'s clock, and drops Edit and Delete by itself when it ends', async function () {
    this.timeout(20_000);
    // /skewed/: the same database behind a server whose clock is an hour behind this browser's and
    // whose edit window is 3 s (scripts/wtr-api.mjs). Its editableUntil is an hour in this
    // browser's past, yet the buttons show: the window is counted from the server's createdAt.
    const thread = newThread();
    const el = await fixture<SmmComments>(html`<smm-comments endpoint=${`${location.origin}/skewed/`} thread=${thread}></smm-comments>`);
    await el.updateComplete;
    const form = await openForm(el);
    type(field(form, 'body'), 'Quick, fix it');
    type(field(form, 'name'), 'Ada');
    submit(form);
    await waitUntil(() => $(el, '[part~=edit]') && $(el, '[part~=delete]'), 'Edit and Delete appear for the author');
    const [mine] = JSON.parse(localStorage.getItem('smm:comments-mine')!);
    expect(mine.until - mine.at, 'the server\'s window, not 15 minutes').to.be.within(0, 3000);
    $(el, '[part~=delete]')!.focus();
    // Nothing else happens on the page: only the wall's own timer can take the buttons away.
    await waitUntil(() => !$(el, '[part~=edit]') && !$(el, '[part~=delete]'), 'the buttons go when the window ends', { timeout: 10_000 });
    expect(bodies(el)).to.deep.equal(['Quick, fix it']);
    // The reader who was on Delete is told, and is on the comment now.
    await waitUntil(() => live(el).textContent == 'This comment can no longer be changed.', 'said');
    expect(el.shadowRoot!.activeElement!.id).to.equal(`c-${mine.id}`);
    const again = await fixture<SmmComments>(html`<smm-comments endpoint=${`${location.origin}/skewed/`} thread=${thread}></smm-comments>`);
    await again.updateComplete;
    expect($(again, '[part~=comment]'), 'a reload shows the comment').to.not.equal(null);
    expect($(again, '[part~=edit]'), 'and no Edit after the window').to.equal(null);
    const late = await fetch(`/skewed/v1/comments/${mine.id}`, { method: 'PATCH', headers: { Authorization: `Bearer ${mine.secret}` }, body: JSON.stringify({ body: 'late' }) });
    expect(late.status, 'the server agrees the window is over').to.equal(403);
  });

  it('keeps a closed thread as it is: likes shown but disabled, no reply, no form, "comments are closed"', async () => {
    const thread = newThread();
    await seed(thread, ['closed soon']);
    await setThread(thread, { closed: true });
    const el = await wall(thread);
    const like = $<HTMLButtonElement>(el, '[part~=like]')!;
    expect(like.textContent).to.equal('♡Like 0');
    expect(like.disabled).to.equal(true);
    expect($(el, '[part~=reply]')).to.equal(null);
    expect($(el, '[part~=write]')).to.equal(null);
    // (In every locale: tests/components/i18n-comments.test.ts holds the packs to English's keys.)
    expect($(el, '[part~=notice]')!.textContent).to.equal('Comments are closed.');
  });

  it('learns that a thread was closed while it was open: a like is refused, said, and the wall closes', async () => {
    const thread = newThread();
    await seed(thread, ['open at first']);
    const el = await wall(thread);
    await setThread(thread, { closed: true });
    const like = $<HTMLButtonElement>(el, '[part~=like]')!;
    like.click();
    await waitUntil(() => live(el).textContent == 'Comments are closed.', 'the refusal is said');
    await waitUntil(() => like.disabled, 'the like button is disabled');
    expect(like.textContent).to.equal('♡Like 0');
    expect($(el, '[part~=write]')).to.equal(null);
    expect($(el, '[part~=reply]')).to.equal(null);
  });

  it('likes once per reader, and takes the like back', async () => {
    const thread = newThread();
    await seed(thread, ['likeable']);
    const el = await wall(thread);
    const like = $(el, '[part~=like]')!;
    like.focus();
    like.click();
    await waitUntil(() => like.getAttribute('aria-pressed') == 'true', 'liked');
    expect(like.textContent).to.equal('♥Like 1');
    expect(el.shadowRoot!.activeElement).to.equal(like);
    like.click();
    await waitUntil(() => like.getAttribute('aria-pressed') == 'false', 'unliked');
    expect(like.textContent).to.equal('♡Like 0');
    like.click();
    await waitUntil(() => like.getAttribute('aria-pressed') == 'true');
    // The same reader on a reload: still liked, and a second like does not count twice.
    const again = await wall(thread);
    expect($(again, '[part~=like]')!.getAttribute('aria-pressed')).to.equal('true');
    expect($(again, '[part~=like]')!.textContent).to.equal('♥Like 1');
  });

  it('answers in place: the reply form opens under the comment, cancel and post move focus back', async () => {
    const thread = newThread();
    const [top] = await seed(thread, ['question']);
    const el = await wall(thread);
    const reply = $(el, `#r-${top.id}`)!;
    reply.click();
    await waitUntil(() => $(el, `#b-${top.id}`), 'the reply form opens');
    await el.updateComplete;
    const area = $<HTMLTextAreaElement>(el, `#b-${top.id}`)!;
    expect(el.shadowRoot!.activeElement).to.equal(area);
    expect(area.labels![0].textContent).to.equal('Reply to Author of question');
    expect(area.closest('li')!.querySelector('[part~=comment]')!.id).to.equal(`c-${top.id}`);
    area.closest('form')!.querySelector<HTMLButtonElement>('[part~=cancel]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, `#b-${top.id}`)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(reply);
    // Escape closes it too.
    reply.click();
    await waitUntil(() => $(el, `#b-${top.id}`));
    $(el, `#b-${top.id}`)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, `#b-${top.id}`)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(reply);
    reply.click();
    await waitUntil(() => $(el, `#b-${top.id}`));
    const form = $(el, `#b-${top.id}`)!.closest('form')!;
    type(field(form, 'body'), 'answer');
    type(field(form, 'name'), 'Ada');
    form.requestSubmit();
    await waitUntil(() => bodies(el).length == 2, 'the reply is shown');
    await el.updateComplete;
    expect(bodies(el)).to.deep.equal(['question', 'answer']);
    expect(el.shadowRoot!.activeElement!.closest('[part~=replies]')).to.not.equal(null);
  });

  it('says "Commenting as …" with a site identity, and the server marks it verified', async () => {
    const thread = newThread();
    const el = await wall(thread, { identity: await signIdentity({ sub: '42', name: 'Marta Rossi' }) });
    const form = await openForm(el);
    expect(form.textContent).to.contain('Commenting as Marta Rossi');
    expect(field(form, 'name')).to.equal(null);
    type(field(form, 'body'), 'Signed in');
    submit(form);
    await waitUntil(() => bodies(el).length == 1);
    expect($(el, '[part~=author]')!.textContent).to.equal('Marta Rossi');
    expect($(el, '[part~=badge]')!.textContent).to.equal('Verified');
  });

  it('passes axe with comments, replies, badges and an open form', async () => {
    const thread = newThread();
    const [top] = await seed(thread, ['first', 'second']);
    await seed(thread, ['a reply with https://example.org'], { parent: top.id });
    const el = await wall(thread);
    await openForm(el);
    await expect(el).to.be.accessible();
  });
});
