import { css } from 'lit';

export const settingsStyles = css`
  section { border-top: 1px solid var(--line); padding: 1rem 0; display: grid; gap: 0.6rem; }
  section h3 { margin: 0; font-size: 1.05rem; }
  section h3:focus { outline: none; }
  .help { margin: 0; max-width: 60rem; }
  .grow { flex: 1 1 18rem; }
  .grow input { width: 100%; }
  .stack { display: grid; gap: 0.75rem; max-width: 44rem; }
  .stack label { width: 100%; }
  .stack label > input { width: 100%; }
  .key { margin: 0; overflow-wrap: anywhere; }
  fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0; padding: 0.4rem 0.75rem 0.6rem; display: grid; gap: 0.35rem; }
  legend { padding: 0 0.25rem; font-weight: 600; }
  label.choice { flex-direction: row; align-items: center; gap: 0.5rem; font-size: 0.95rem; color: var(--fg); }
  label.choice input { min-height: auto; width: 1.1rem; height: 1.1rem; flex: none; margin: 0; }
  .table { overflow-x: auto; }
  th.who { font-weight: 600; overflow-wrap: anywhere; }
  th.who a { font-weight: normal; font-size: 0.85rem; }
  .said { margin: 0; min-height: 1.4em; }
`;
