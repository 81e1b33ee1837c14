/** Lower-case, accents removed, split into words: what both the index and the query use. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function searchTerms(title: string): string[] {
  return [...new Set(normalise(title).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))];
}

/** Every word of a query as a LIKE prefix pattern (wildcards escaped); each must match a word of the name. */
export function prefixPatterns(query: string): string[] {
  return searchTerms(query).map((word) => `${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
