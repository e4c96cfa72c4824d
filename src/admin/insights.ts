/**
 * What sharing does for the site: shares and return visits per day and network, follows, what
 * each network brings back (visits ÷ shares), comments and testimonials per day, top pages, one
 * page's own view; any range against the previous one of the same length. Every chart has its
 * table beside it, and every table downloads as CSV exactly as shown.
 * @fires smm-admin-unauthorized - the token was refused.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { api, ApiError, type Stats } from './api.js';
import { daysOf, hbars, stackedBars, type Series } from './charts.js';
import { download, toCsv, type Cell } from './csv.js';
import { fill, type Locale, type Strings } from './i18n.js';
import { insightsStyles } from './insights.styles.js';
import { base, charts } from './styles.js';

interface Table { id: string; title: string; head: string[]; rows: Cell[][]; numeric: boolean[] }

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 864e5;

export class SmmAdminInsights extends LitElement {
  static override styles = [base, charts, insightsStyles];
  static override properties = {
    t: { attribute: false },
    locale: { attribute: false },
    stats: { state: true },
    from: { state: true },
    to: { state: true },
    page: { state: true },
    error: { state: true },
  };

  declare t: Strings;
  declare locale: Locale;
  stats: Stats | null = null;
  to = day(Date.now());
  from = day(Date.now() - 29 * DAY);
  page = '';
  error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load() {
    const q = new URLSearchParams({ from: this.from, to: this.to, limit: '10' });
    if (this.page) q.set('url', this.page);
    try {
      this.stats = await api<Stats>(`/stats?${q}`);
      this.error = '';
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        this.dispatchEvent(new Event('smm-admin-unauthorized', { bubbles: true, composed: true }));
      } else this.error = err instanceof Error ? err.message : String(err);
    }
  }

  #preset(n: number) {
    this.to = day(Date.now());
    this.from = day(Date.now() - (n - 1) * DAY);
    void this.load();
  }

  #open(url: string) {
    this.page = url;
    void this.load();
    this.renderRoot.querySelector('h2')?.focus();
  }

  // ── numbers → tables (the one source of what the charts, tables and CSV show) ─────────────

  #num = (n: number) => n.toLocaleString(this.locale);
  #day = (d: string) => new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

  #perDay(id: string, title: string, rows: { day: string; network: string; count: number }[]): { table: Table; series: Series[]; days: string[] } {
    const days = daysOf(this.stats!.from, this.stats!.to);
    const nets = [...new Set(rows.map((r) => r.network))].sort();
    const at = new Map(rows.map((r) => [`${r.day} ${r.network}`, r.count]));
    const series = nets.map((n) => ({ name: n, label: n, values: days.map((d) => at.get(`${d} ${n}`) ?? 0) }));
    const used = days.filter((_, i) => series.some((s) => s.values[i]));
    return {
      days, series,
      table: {
        id, title, head: [this.t.day, ...nets, this.t.total], numeric: [false, ...nets.map(() => true), true],
        rows: used.map((d) => {
          const i = days.indexOf(d);
          const v = series.map((s) => s.values[i] ?? 0);
          return [d, ...v, v.reduce((a, b) => a + b, 0)];
        }),
      },
    };
  }

  #pages(id: string, title: string, rows: { url: string; count: number }[]): Table {
    return { id, title, head: [this.t.url, this.t.count], numeric: [false, true], rows: rows.map((r) => [r.url, r.count]) };
  }

  #table(tb: Table, opts: { pages?: boolean } = {}): TemplateResult {
    const t = this.t;
    return html`<div class="tablebox">
      <div class="tablehead"><h3 id=${`cap-${tb.id}`}>${tb.title}</h3>
        <button class="csv" data-csv=${tb.id} aria-label=${fill(t.csvOf, tb.title)}
          @click=${() => download(`smm-${tb.id}-${this.stats!.from}-${this.stats!.to}.csv`, toCsv(tb.head, tb.rows))}>${t.csv}</button>
      </div>
      <div class="table" role="region" aria-labelledby=${`cap-${tb.id}`} tabindex="0">
      <table data-table=${tb.id}>
        <caption class="visually-hidden">${tb.title}</caption>
        <thead><tr>${tb.head.map((h, i) => html`<th scope="col" class=${tb.numeric[i] ? 'n' : ''}>${h}</th>`)}</tr></thead>
        <tbody>${tb.rows.length
          ? tb.rows.map((r) => html`<tr>${r.map((c, i) => i === 0
            ? html`<th scope="row" class=${opts.pages ? 'url' : ''}>${opts.pages && !this.page
              ? html`<button class="link" title=${fill(t.pageView, String(c))} @click=${() => this.#open(String(c))}>${c}</button>`
              : c}</th>`
            : html`<td class=${tb.numeric[i] ? 'n' : ''}>${typeof c === 'number' ? (Number.isInteger(c) ? this.#num(c) : c.toFixed(2)) : c ?? '—'}</td>`)}</tr>`)
          : html`<tr><td colspan=${tb.head.length} class="muted">${t.noData}</td></tr>`}</tbody>
      </table>
      </div>
    </div>`;
  }

  #card(label: string, now: number, before: number, days: number) {
    const delta = before ? Math.round(((now - before) / before) * 100) : null;
    const cls = delta === null ? '' : delta > 0 ? 'up' : delta < 0 ? 'down' : '';
    const change = delta === null ? fill(this.t.noPrevious, days) : fill(this.t.vsPrevious, `${delta > 0 ? '+' : ''}${delta}%`, days, this.#num(before));
    return html`<div class="card panel"><span class="label">${label}</span><strong data-total=${label}>${this.#num(now)}</strong><span class=${`delta ${cls}`}>${change}</span></div>`;
  }

  override render() {
    const t = this.t;
    const s = this.stats;
    const controls = html`<form class="range row" @submit=${(e: Event) => { e.preventDefault(); void this.load(); }}>
      <label>${t.from}<input type="date" name="from" required .value=${this.from} @change=${(e: Event) => { this.from = (e.target as HTMLInputElement).value; }}></label>
      <label>${t.to}<input type="date" name="to" required .value=${this.to} @change=${(e: Event) => { this.to = (e.target as HTMLInputElement).value; }}></label>
      <label class="grow">${t.page}<input type="url" name="url" .value=${this.page} @change=${(e: Event) => { this.page = (e.target as HTMLInputElement).value.trim(); }}></label>
      <button class="primary">${t.apply}</button>
      <div class="presets row">${[7, 30, 90, 365].map((n) => html`<button type="button" @click=${() => this.#preset(n)}>${fill(t.last, n)}</button>`)}</div>
    </form>`;
    if (!s) return html`<h2 tabindex="-1">${t.insights}</h2>${controls}<p role="alert" class="error">${this.error}</p>`;

    const days = daysOf(s.from, s.to).length;
    const comments = s.commentsPerDay.reduce((a, r) => a + r.count, 0);
    const testimonials = s.testimonialsPerDay.reduce((a, r) => a + r.count, 0);
    const shares = this.#perDay('shares-per-day', t.sharesPerDay, s.sharesPerDay);
    const visits = this.#perDay('visits-per-day', t.visitsPerDay, s.visitsPerDay);
    const prevRatio = new Map(s.previous.networks.map((n) => [n.network, n.ratio]));
    const viral: Table = {
      id: 'networks', title: t.viral, numeric: [false, true, true, true, true, true],
      head: [t.network, t.shares, t.visits, t.ratio, `${t.ratio} (${t.previous})`, t.follows],
      rows: s.networks.map((n) => [n.network, n.shares, n.visits, n.ratio, prevRatio.get(n.network) ?? null, n.follows]),
    };
    const follows: Table = {
      id: 'follows', title: t.followsPerNetwork, numeric: [false, true],
      head: [t.network, t.count], rows: s.followsPerNetwork.map((r) => [r.network, r.count]),
    };
    const contentDays = daysOf(s.from, s.to);
    const cAt = new Map(s.commentsPerDay.map((r) => [r.day, r.count]));
    const tAt = new Map(s.testimonialsPerDay.map((r) => [r.day, r.count]));
    const content: Table = {
      id: 'content-per-day', title: t.contentPerDay, numeric: [false, true, true],
      head: [t.day, t.commentsN, t.testimonialsN],
      rows: contentDays.filter((d) => cAt.has(d) || tAt.has(d)).map((d) => [d, cAt.get(d) ?? 0, tAt.get(d) ?? 0]),
    };
    const contentSeries: Series[] = [
      { name: 'comments', label: t.commentsN, values: contentDays.map((d) => cAt.get(d) ?? 0) },
      { name: 'testimonials', label: t.testimonialsN, values: contentDays.map((d) => tAt.get(d) ?? 0) },
    ];
    const section = (id: string, chart: TemplateResult | typeof nothing, table: TemplateResult, help?: string) =>
      html`<section class="pair" aria-labelledby=${`cap-${id}`} data-section=${id}>${help ? html`<p class="muted help">${help}</p>` : nothing}<div class="chart-box">${chart}</div>${table}</section>`;

    return html`
      <h2 tabindex="-1">${s.url ? fill(t.pageView, s.url) : t.insights}</h2>
      ${controls}
      ${s.url ? html`<p><button @click=${() => this.#open('')}>${t.allPages}</button></p>` : nothing}
      <p role="alert" class="error">${this.error}</p>
      <div class="cards">
        ${this.#card(t.shares, s.totals.share, s.previous.totals.share, days)}
        ${this.#card(t.visits, s.totals.visit, s.previous.totals.visit, days)}
        ${this.#card(t.follows, s.totals.follow, s.previous.totals.follow, days)}
        ${this.#card(t.commentsN, comments, s.previous.comments, days)}
        ${s.url ? nothing : this.#card(t.testimonialsN, testimonials, s.previous.testimonials, days)}
      </div>
      ${section('shares-per-day', stackedBars(shares.days, shares.series, fill(t.chartOf, t.sharesPerDay), this.#day), this.#table(shares.table))}
      ${section('visits-per-day', stackedBars(visits.days, visits.series, fill(t.chartOf, t.visitsPerDay), this.#day), this.#table(visits.table))}
      ${section('networks', hbars(s.networks.filter((n) => n.ratio !== null).map((n) => ({ key: n.network, label: n.network, value: n.ratio!, shown: n.ratio!.toFixed(2) })),
        fill(t.chartOf, t.viral)), this.#table(viral), t.viralHelp)}
      ${section('follows', hbars(s.followsPerNetwork.map((r) => ({ key: r.network, label: r.network, value: r.count })), fill(t.chartOf, t.followsPerNetwork)), this.#table(follows))}
      ${section('content-per-day', stackedBars(contentDays, contentSeries, fill(t.chartOf, t.contentPerDay), this.#day), this.#table(content))}
      <div class="tops">
        ${this.#table(this.#pages('top-shares', t.topShares, s.sharesPerPage), { pages: true })}
        ${this.#table(this.#pages('top-visits', t.topVisits, s.visitsPerPage), { pages: true })}
        ${this.#table(this.#pages('top-comments', t.topComments, s.commentsPerPage), { pages: true })}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'smm-admin-insights': SmmAdminInsights }
}
