// The store of readers' content (comments and testimonials) over a SqlRunner: both adapters extend
// this class, so the walls behave the same on SQLite and PostgreSQL (the same tests run against both).
import type {
  AdminCommentQuery, Ban, CommentPageQuery, CommentStatus, CommentStore, ExportedExtra, ImportedComment, ModerationMode,
  NewComment, RepliesQuery,
} from './comment-types.js';
import * as read from './comments-read.js';
import * as write from './comments-write.js';
import * as io from './comments-io.js';
import * as guard from './guard.js';
import * as tm from './testimonials.js';
import type { AdminTestimonialQuery, NewTestimonial, TestimonialPatch, TestimonialQuery, TestimonialStore, WallSettings } from './testimonial-types.js';
import type { SqlRunner } from './sql.js';

export abstract class SqlCommentStore implements CommentStore, TestimonialStore {
  readonly #s: SqlRunner;
  #secret: Promise<string> | undefined;

  constructor(runner: SqlRunner) {
    this.#s = runner;
  }

  serverSecret() {
    this.#secret ??= guard.serverSecret(this.#s);
    this.#secret.catch(() => (this.#secret = undefined));
    return this.#secret;
  }
  async adoptSecret(value: string) {
    const done = await guard.adoptSecret(this.#s, value);
    this.#secret = undefined;
    return done;
  }
  thread(key: string) { return read.thread(this.#s, key); }
  setThread(key: string, patch: { closed?: boolean; moderation?: ModerationMode | null }) {
    return write.setThread(this.#s, key, patch);
  }
  commentPage(q: CommentPageQuery, replies: number) { return read.commentPage(this.#s, q, replies); }
  replyPage(q: RepliesQuery) { return read.replyPage(this.#s, q); }
  comment(id: string) { return read.comment(this.#s, id); }
  addComment(c: NewComment, duplicateSince: number) { return write.addComment(this.#s, c, duplicateSince); }
  updateComment(id: string, patch: { body?: string; editedAt?: number; status?: CommentStatus }) {
    return write.updateComment(this.#s, id, patch);
  }
  knownAuthor(who: { identity?: string; secretHash?: string }) { return read.knownAuthor(this.#s, who); }
  like(id: string, reader: string, on: boolean, at: number) { return write.like(this.#s, id, reader, on, at); }
  commentCounts(keys: readonly string[]) { return read.commentCounts(this.#s, keys); }
  adminComments(q: AdminCommentQuery) { return read.adminComments(this.#s, q); }
  hit(key: string, max: number, windowMs: number, now: number) { return guard.hit(this.#s, key, max, windowMs, now); }
  banned(ipHash: string | null, emailHash: string | null) { return guard.banned(this.#s, ipHash, emailHash); }
  addBan(ban: Ban) { return guard.addBan(this.#s, ban); }
  bans() { return guard.bans(this.#s); }
  removeBan(id: string) { return guard.removeBan(this.#s, id); }
  async importComments(rows: readonly ImportedComment[]) {
    return io.importComments(this.#s, await this.serverSecret(), rows);
  }
  exportComments() { return io.exportComments(this.#s); }
  exportExtras() { return io.exportExtras(this.#s); }
  importExtras(rows: readonly ExportedExtra[]) { return io.importExtras(this.#s, rows); }

  addTestimonial(t: NewTestimonial, duplicateSince = 0) { return tm.addTestimonial(this.#s, t, duplicateSince); }
  testimonial(id: string) { return tm.testimonial(this.#s, id); }
  testimonialPage(q: TestimonialQuery) { return tm.testimonialPage(this.#s, q); }
  adminTestimonials(q: AdminTestimonialQuery) { return tm.adminTestimonials(this.#s, q); }
  updateTestimonial(id: string, patch: TestimonialPatch) { return tm.updateTestimonial(this.#s, id, patch); }
  deleteTestimonial(id: string) { return tm.deleteTestimonial(this.#s, id); }
  importTestimonials(rows: readonly NewTestimonial[]) { return tm.importTestimonials(this.#s, rows); }
  wall(name: string) { return tm.wall(this.#s, name); }
  setWall(w: WallSettings) { return tm.setWall(this.#s, w); }
  personalData(email: string, emailHash: string) { return tm.personalData(this.#s, email, emailHash); }
  erasePersonalData(email: string, emailHash: string) { return tm.erasePersonalData(this.#s, email, emailHash); }
}
