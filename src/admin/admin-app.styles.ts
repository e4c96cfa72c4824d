import { css } from 'lit';

export const appStyles = css`
  :host { background: var(--bg); min-height: 100vh; }
  header {
    display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: center; justify-content: space-between;
    padding: 0.75rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel);
  }
  .brand h1 { font-size: 1.15rem; margin: 0; }
  .who { font-size: 0.85rem; }
  nav { display: flex; gap: 0.25rem; flex-wrap: wrap; }
  .tab { background: transparent; border-color: transparent; }
  .tab[aria-current='page'] { border-color: var(--accent); color: var(--accent); font-weight: 600; }
  .tools, .settings { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
  main { padding: 1rem; max-width: 1200px; margin: 0 auto; }
  .signin { max-width: 28rem; display: grid; gap: 1rem; padding-top: 3rem; }
  .signin form { display: grid; gap: 0.75rem; }
  .signin label { font-size: 0.95rem; }
  .error { color: var(--bad); margin: 0; min-height: 1.2em; }
  @media (max-width: 600px) {
    header { padding: 0.5rem; }
    main { padding: 0.5rem; }
    .tools { width: 100%; }
  }
`;
