const said = new Set<string>();

/** One `console.warn` per distinct message for the page's lifetime: misconfiguration is told once. */
export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(message);
}
