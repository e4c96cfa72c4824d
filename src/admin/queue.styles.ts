import { css } from 'lit';

export const queueStyles = css`
  .filters { margin-bottom: 0.75rem; }
  .filters .grow { flex: 1 1 14rem; }
  .filters .grow input { width: 100%; }
  .bulk { position: sticky; top: 0; z-index: 1; background: var(--bg); padding: 0.4rem 0; border-bottom: 1px solid var(--line); align-items: center; }
  .check { flex-direction: row; align-items: center; gap: 0.4rem; color: var(--fg); font-size: 0.9rem; }
  .check input { min-height: auto; }
  .list { display: grid; gap: 0.5rem; margin: 0.75rem 0; }
  article { border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.75rem; background: var(--bg); }
  article.active { border-color: var(--accent); box-shadow: inset 3px 0 0 var(--accent); }
  article:focus-visible { outline-offset: 1px; }
  .head { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: center; }
  .head h3 { margin: 0; font-size: 1rem; }
  .head input { min-height: auto; width: 1.1rem; height: 1.1rem; }
  .status { font-size: 0.8rem; border: 1px solid var(--line); border-radius: 999px; padding: 0 0.45rem; }
  .status.pending { color: var(--warn); border-color: currentColor; }
  .status.spam, .status.rejected, .status.deleted { color: var(--bad); border-color: currentColor; }
  .status.published { color: var(--ok); border-color: currentColor; }
  .where { margin: 0.2rem 0; font-size: 0.85rem; overflow-wrap: anywhere; }
  .body { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.4rem 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.35rem; }
  .actions button[aria-pressed='true'] { background: var(--badge); color: var(--badge-fg); border-color: var(--accent); font-weight: 600; }
  .marks { display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: center; margin: 0.2rem 0; }
  .tags { display: contents; list-style: none; }
  .tags li { border: 1px solid var(--line); border-radius: 999px; padding: 0 0.5rem; font-size: 0.8rem; }
  .hint { margin: 0; font-size: 0.85rem; }
  .inline { display: grid; gap: 0.5rem; margin-top: 0.5rem; }
  .inline label { width: 100%; }
  .toast { position: fixed; inset-inline: 0; bottom: 1rem; display: flex; justify-content: center; gap: 0.75rem; align-items: center; pointer-events: none; }
  .toast:not(:empty) > * { pointer-events: auto; }
  .toast { padding-inline: 0.5rem; }
  .toast span { background: var(--fg); color: var(--bg); padding: 0.5rem 0.9rem; border-radius: 6px; max-width: 36rem; }
  .toast button { box-shadow: 0 0 0 2px var(--bg); }
  .empty { padding: 2rem 0; text-align: center; }
  .note { margin: 0 0 0.5rem; }
  dialog { border: 1px solid var(--line); border-radius: 10px; background: var(--bg); color: var(--fg); max-width: min(32rem, 92vw); }
  dialog::backdrop { background: rgb(0 0 0 / 0.4); }
  kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 0.35rem; font-family: ui-monospace, monospace; }
`;
