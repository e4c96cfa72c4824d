/**
 * The audit log: every moderation action, who did it and when, newest first, as a table that
 * downloads as CSV.
 * @fires smm-admin-unauthorized - the token was refused.
 */
import { LitElement, html, nothing } from 'lit';
import { api, ApiError, type AuditEntry } from './api.js';
import { download, toCsv } from './csv.js';
import { fill, type Locale, type Strings } from './i18n.js';
import { base } from './styles.js';

export class SmmAdminAudit extends LitElement {
  static override styles = [base];
  static override properties = {
    t: { attribute: false },
    locale: { attribute: false },
    entries: { state: true },
    next: { state: true },
    loaded: { state: true },
  };

  declare t: Strings;
  declare locale: Locale;
  entries: AuditEntry[] = [];
  next: number | null = null;
  loaded = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(more = false) {
    try {
      const r = await api<{ entries: AuditEntry[]; next: number | null }>(`/admin/audit?limit=100${more && this.next ? `&before=${this.next}` : ''}`);
      this.entries = more ? [...this.entries, ...r.entries] : r.entries;
      this.next = r.next;
      this.loaded = true;
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        this.dispatchEvent(new Event('smm-admin-unauthorized', { bubbles: true, composed: true }));
      }
    }
  }

  override render() {
    const t = this.t;
    const fmt = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'medium' });
    const head = [t.when, t.who, t.action, t.item, t.detail];
    const rows = this.entries.map((e) => [e.at, e.moderator, e.action, `${e.kind} ${e.item}`, e.detail ?? '']);
    return html`<h2>${t.audit}</h2>
      <div class="row"><button @click=${() => this.load()}>${t.refresh}</button>
        <button data-csv="audit" aria-label=${fill(t.csvOf, t.audit)} @click=${() => download('smm-audit.csv', toCsv(head, rows))}>${t.csv}</button></div>
      <table data-table="audit">
        <caption class="visually-hidden">${t.audit}</caption>
        <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${this.entries.length ? this.entries.map((e) => html`<tr>
            <td><time datetime=${e.at}>${fmt.format(new Date(e.at))}</time></td>
            <td>${e.moderator}${e.owner ? html` <span class="badge">${t.owner}</span>` : nothing}</td>
            <td>${e.action}</td><td class="url">${e.kind} ${e.item}</td><td>${e.detail ?? ''}</td></tr>`)
          : html`<tr><td colspan="5" class="muted">${this.loaded ? t.auditEmpty : '…'}</td></tr>`}</tbody>
      </table>
      ${this.next ? html`<button @click=${() => this.load(true)}>${t.more}</button>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'smm-admin-audit': SmmAdminAudit }
}
