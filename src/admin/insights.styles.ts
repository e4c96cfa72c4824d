import { css } from 'lit';

export const insightsStyles = css`
  h2:focus { outline: none; }
  .range { margin-bottom: 1rem; }
  .range .grow { flex: 1 1 14rem; }
  .range .grow input { width: 100%; }
  .presets { gap: 0.35rem; }
  .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.5rem; margin-bottom: 1rem; }
  .card { display: grid; gap: 0.15rem; }
  .card .label { color: var(--muted); font-size: 0.85rem; }
  .card strong { font-size: 1.6rem; font-variant-numeric: tabular-nums; }
  .delta { font-size: 0.8rem; }
  .pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start;
    border-top: 1px solid var(--line); padding: 1rem 0; }
  .pair .help { grid-column: 1 / -1; margin: 0; }
  .table { max-height: 22rem; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
  .tablehead { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; margin-bottom: 0.3rem; }
  .tablehead h3 { margin: 0; font-size: 0.95rem; }
  .table thead th { position: sticky; top: 0; background: var(--panel); }
  .csv { min-height: 1.9rem; padding: 0.1rem 0.5rem; font-size: 0.8rem; }
  .tops { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; border-top: 1px solid var(--line); padding-top: 1rem; }
  th.url { font-weight: normal; overflow-wrap: anywhere; }
  tbody th { white-space: nowrap; }
  tbody th.url { white-space: normal; }
  button.link { background: none; border: none; padding: 0; min-height: auto; color: var(--accent); text-decoration: underline; text-align: start; overflow-wrap: anywhere; }
  .error { color: var(--bad); min-height: 0; margin: 0; }
  @media (max-width: 800px) { .pair { grid-template-columns: minmax(0, 1fr); } }
`;
