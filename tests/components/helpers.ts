/** Collects the console.warn calls made while `fn` runs (the elements' way of reporting bad input). */
export async function warnings(fn: () => Promise<unknown>): Promise<string[]> {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return said;
}
