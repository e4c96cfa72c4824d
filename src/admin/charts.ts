// Charts as small SVG of our own: stacked bars per day and horizontal bars, colours given as SVG
// attributes (the page's CSP allows no inline styles). Text stays in HTML around the SVG, so it
// neither scales with the drawing nor hides from screen readers, which read the table beside.
import { html, svg, nothing, type TemplateResult } from 'lit';

/** Colour-blind-safe palette (Okabe–Ito, then a few more), assigned in order of first use. */
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7f7f7f', '#f0e442', '#9467bd', '#88ccee', '#117733', '#aa4499'];
const assigned = new Map<string, string>();
export function colour(key: string): string {
  let c = assigned.get(key);
  if (!c) assigned.set(key, (c = PALETTE[assigned.size % PALETTE.length]!));
  return c;
}

export interface Series {
  name: string;
  label: string;
  values: number[];
}

const swatch = (key: string) => html`<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill=${colour(key)}></rect></svg>`;

export const legend = (series: { name: string; label: string }[]) => html`<ul class="legend" aria-hidden="true">
  ${series.map((s) => html`<li>${swatch(s.name)}${s.label}</li>`)}
</ul>`;

/** Every day of an inclusive range, YYYY-MM-DD. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 864e5) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** Stacked bars, one per day; `label` names the chart for assistive technology. */
export function stackedBars(days: string[], series: Series[], label: string, fmtDay: (d: string) => string): TemplateResult {
  const totals = days.map((_, i) => series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const W = 1000;
  const H = 200;
  const step = W / Math.max(1, days.length);
  const bar = Math.max(1, step * 0.8);
  return html`<figure class="chart">
    <div class="plot">
      <span class="ymax" aria-hidden="true">${max.toLocaleString()}</span>
      <svg role="img" aria-label=${label} viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" data-max=${max}>
        <line x1="0" y1=${H - 0.5} x2=${W} y2=${H - 0.5} class="axis"></line>
        <line x1="0" y1="0.5" x2=${W} y2="0.5" class="grid"></line>
        <line x1="0" y1=${H / 2} x2=${W} y2=${H / 2} class="grid"></line>
        ${days.map((d, i) => {
          let y = H;
          return series.map((s) => {
            const v = s.values[i] ?? 0;
            if (!v) return nothing;
            const h = (v / max) * H;
            y -= h;
            return svg`<rect x=${i * step + (step - bar) / 2} y=${y} width=${bar} height=${h} fill=${colour(s.name)} data-day=${d} data-series=${s.name} data-value=${v}></rect>`;
          });
        })}
      </svg>
    </div>
    <div class="xaxis" aria-hidden="true"><span>${days.length ? fmtDay(days[0]!) : ''}</span><span>${days.length ? fmtDay(days.at(-1)!) : ''}</span></div>
    ${legend(series)}
  </figure>`;
}

/** Horizontal bars: one row per item with its label and value in HTML. */
export function hbars(rows: { key: string; label: string; value: number; shown?: string }[], label: string): TemplateResult {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return html`<figure class="chart hbars" role="img" aria-label=${label}>
    ${rows.map((r) => html`<div class="hrow" aria-hidden="true">
      <span class="hlabel">${swatch(r.key)}${r.label}</span>
      <svg viewBox="0 0 100 10" preserveAspectRatio="none"><rect width=${(r.value / max) * 100} height="10" fill=${colour(r.key)} data-value=${r.value}></rect></svg>
      <span class="hvalue">${r.shown ?? r.value.toLocaleString()}</span>
    </div>`)}
  </figure>`;
}
