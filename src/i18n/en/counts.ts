// English strings of the share counts, added to the fallback when counts (a chunk of their own) load.
export const enCounts = {
  /** Shown under the total of share counts, which is a number on its own otherwise. */
  sharesWord: 'shares',
};
