// One stylesheet for the room (adopted, so the strict CSP needs no inline styles). Colours are
// tokens that the theme switches; contrast is AA in both themes.
import { css } from 'lit';

export const tokens = css`
  :host {
    --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa;
    --accent: #0a5cc2; --accent-fg: #ffffff; --ok: #116329; --warn: #9a3412; --bad: #b42318;
    --focus: #0a5cc2; --badge: #ddf4ff; --badge-fg: #0a3069;
    color-scheme: light;
  }
  :host([theme='dark']) {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --panel: #161b22;
    --accent: #4493f8; --accent-fg: #0d1117; --ok: #56d364; --warn: #f0883e; --bad: #ff7b72;
    --focus: #79c0ff; --badge: #0c2d6b; --badge-fg: #cae8ff;
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --panel: #161b22;
      --accent: #4493f8; --accent-fg: #0d1117; --ok: #56d364; --warn: #f0883e; --bad: #ff7b72;
      --focus: #79c0ff; --badge: #0c2d6b; --badge-fg: #cae8ff;
      color-scheme: dark;
    }
  }
`;

export const base = css`
  :host { display: block; font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--fg); }
  * { box-sizing: border-box; }
  h1, h2, h3 { line-height: 1.2; margin: 0 0 0.5rem; }
  h2 { font-size: 1.15rem; }
  h3 { font-size: 1rem; }
  a { color: var(--accent); }
  button, input, select, textarea { font: inherit; color: inherit; }
  button {
    border: 1px solid var(--line); background: var(--panel); border-radius: 6px; padding: 0.35rem 0.7rem;
    cursor: pointer; min-height: 2.25rem;
  }
  button:hover { border-color: var(--muted); }
  button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
  button.danger { color: var(--bad); }
  button:disabled { opacity: 0.6; cursor: default; }
  input, select, textarea {
    border: 1px solid var(--line); background: var(--bg); border-radius: 6px; padding: 0.35rem 0.5rem; min-height: 2.25rem;
    max-width: 100%;
  }
  textarea { width: 100%; min-height: 5rem; }
  :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
  label { display: inline-flex; flex-direction: column; gap: 0.2rem; font-size: 0.85rem; color: var(--muted); }
  label > input, label > select, label > textarea { color: var(--fg); font-size: 1rem; }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
  .muted { color: var(--muted); }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
  }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
  caption { text-align: start; font-weight: 600; padding: 0.25rem 0; }
  th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.4rem; text-align: start; vertical-align: top; }
  td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; }
  td.url { overflow-wrap: anywhere; }
  .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem; }
  .badge { background: var(--badge); color: var(--badge-fg); border-radius: 999px; padding: 0 0.5rem; font-size: 0.8rem; }
  .up { color: var(--ok); }
  .down { color: var(--bad); }
`;

export const charts = css`
  .chart { margin: 0; }
  .plot { position: relative; }
  .plot svg { display: block; width: 100%; height: 180px; border-inline-start: 1px solid var(--line); }
  .ymax { position: absolute; inset-inline-start: 0.25rem; top: 0; font-size: 0.75rem; color: var(--muted); background: var(--bg); padding: 0 0.2rem; }
  .axis, .grid { stroke: var(--line); stroke-width: 1; vector-effect: non-scaling-stroke; }
  .grid { stroke-dasharray: 4 4; }
  .xaxis { display: flex; justify-content: space-between; font-size: 0.75rem; color: var(--muted); }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; list-style: none; padding: 0; margin: 0.4rem 0 0; font-size: 0.85rem; }
  .legend li, .hlabel { display: inline-flex; align-items: center; gap: 0.3rem; }
  .swatch { width: 0.8rem; height: 0.8rem; flex: none; }
  .hbars { display: grid; gap: 0.35rem; }
  .hrow { display: grid; grid-template-columns: minmax(6rem, 9rem) 1fr 4.5rem; gap: 0.5rem; align-items: center; font-size: 0.9rem; }
  .hrow > svg { width: 100%; height: 0.9rem; }
  .hlabel { overflow-wrap: anywhere; }
  .hvalue { text-align: end; font-variant-numeric: tabular-nums; }
`;
