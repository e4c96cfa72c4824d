// A fair share of a shared machine for the latency benches (comments.mjs, stats.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Gives this bench and the given processes a raised share of the CPU, where the bench may (root on
 * Linux). Linux shares the CPU between sessions (autogroups) before it looks at a process's nice
 * value, so the session's autogroup is raised too. Returns a function that puts
 * the session's and this process's back (a server it raised is stopped after), or null.
 */
export function raisePriority(pids) {
  const AUTOGROUP = '/proc/self/autogroup';
  try {
    const before = /nice (-?\d+)/.exec(readFileSync(AUTOGROUP, 'utf8'))?.[1] ?? '0';
    const own = getPriority(0);
    writeFileSync(AUTOGROUP, '-15');
    for (const pid of [0, ...pids]) setPriority(pid, -15);
    return () => {
      try {
        writeFileSync(AUTOGROUP, before);
        setPriority(0, own);
      } catch { /* the session is gone */ }
    };
  } catch {
    return null;
  }
}
