import type { Network } from './networks/types.js';

const networks = new Map<string, Network>();

/**
 * Makes networks available to `<smm-share>`. `smm-kit/share` registers all of them; a bundle that
 * wants only a few imports `SmmShare` from `smm-kit` and registers just those, so the others'
 * code and icons never reach the reader.
 */
export function useNetworks(...list: Network[]): void {
  for (const n of list) networks.set(n.id, n);
}

export function getNetwork(id: string): Network | undefined {
  return networks.get(id);
}
