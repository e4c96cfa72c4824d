// English strings of the share counts, added to the fallback when counts (a chunk of their own) load.
export const enCounts = {
  /** Accessible text of a share count; {0} is the formatted number. */
  sharesCount: 'Shares: {0}',
  totalShares: 'Total shares: {0}',
  /** Shown under the total of share counts, which is a number on its own otherwise. */
  sharesWord: 'shares',
};
