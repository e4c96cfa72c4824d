// Numbers in the reader's language. A module of its own: only counts show numbers, and on the CDN
// they are a chunk of their own, so bars without counts do not carry this.

/** A count in the language `lang`, compact: 1.2K, 1,2 Mln. */
export const compactNumber = (lang: string, n: number): string =>
  new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
