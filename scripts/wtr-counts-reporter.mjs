// Writes how many web-test-runner tests passed and failed to a JSON file, for scripts/test.mjs.
import { writeFileSync } from 'node:fs';

function tally(suite, acc) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) tally(s, acc);
  return acc;
}

export function countsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      if (!file) return;
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        if (s.testResults) tally(s.testResults, acc);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) acc.failed++;
      }
      writeFileSync(file, JSON.stringify(acc));
    },
  };
}
