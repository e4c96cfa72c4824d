// What the follow prompt remembers on this device: when it was shown, when it was dismissed,
// and whether the reader already followed. One localStorage entry (JSON) per storage key; when
// storage is blocked it remembers nothing and the page-view rule alone keeps it polite.

export interface Cap {
  /** How many times the prompt may show within `period` ms (Infinity: no cap). */
  count: number;
  period: number;
}

interface Memory {
  shown: number[];
  dismissed?: number;
  followed?: number;
}

const UNIT: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `1/7d` → once a week; also `m`, `h`, `w`; `none` → no cap. null when it is neither. */
export function parseCap(value: string): Cap | null {
  const v = value.trim().toLowerCase();
  if (v === 'none') return { count: Infinity, period: 0 };
  const m = /^(\d{1,3})\s*\/\s*(\d{1,4})\s*([mhdw])$/.exec(v);
  return m && Number(m[1]) > 0 ? { count: Number(m[1]), period: Number(m[2]) * UNIT[m[3]] } : null;
}

// Keys that have shown a prompt in this page view: never twice, even if the element is re-created.
const shownThisView = new Set<string>();

function read(key: string): Memory {
  try {
    const m = JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<Memory>;
    return { ...m, shown: Array.isArray(m.shown) ? m.shown.filter((t) => typeof t === 'number') : [] };
  } catch {
    return { shown: [] };
  }
}

function write(key: string, m: Memory): void {
  try {
    localStorage.setItem(key, JSON.stringify(m));
  } catch {
    // Storage blocked or full: nothing is remembered beyond this page view.
  }
}

/** True when the prompt may show now under `cap`. */
export function mayShow(key: string, cap: Cap, now: number): boolean {
  if (shownThisView.has(key)) return false;
  const m = read(key);
  if (m.followed) return false;
  if (m.dismissed !== undefined && now - m.dismissed < cap.period) return false;
  return m.shown.filter((t) => now - t < cap.period).length < cap.count;
}

export function rememberShown(key: string, cap: Cap, now: number): void {
  shownThisView.add(key);
  const m = read(key);
  // Only what the cap still counts is kept, so the entry never grows.
  m.shown = [...m.shown.filter((t) => now - t < cap.period), now];
  write(key, m);
}

export function rememberDismissed(key: string, now: number): void {
  write(key, { ...read(key), dismissed: now });
}

export function rememberFollowed(key: string, now: number): void {
  write(key, { ...read(key), followed: now });
}
