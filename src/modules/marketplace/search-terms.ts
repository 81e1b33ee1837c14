/**
 * How provider names are searched: every word of the query must match the start of a word of the
 * name, ignoring case, accents and whatever is not a letter or digit; and a query whose words run
 * together in the name matches too ("cloud gate" finds "CloudGate", "cloudgate" finds "Cloud Gate").
 *
 * The index holds, for each word of a name, that word run together with the rest of the name (its
 * "tail": "Cloud Gate AG" → cloudgateag, gateag, ag). A query word then matches a word start by
 * being a prefix of a tail, also when it runs on into the next word; the query's words run together
 * match the same way. Prefixes are searched as ranges of the index, so the statement can be prepared.
 */

/** Lower-case, accents removed. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** The normalised words of a text, in order: runs of letters and digits. */
export function words(text: string): string[] {
  return normalise(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** What the index holds for a name: from each word on, the rest of the name run together. */
export function searchTerms(title: string): string[] {
  const all = words(title);
  return [...new Set(all.map((_, i) => all.slice(i).join('')))];
}

/** The terms `from ≤ term < to`, in code point order (PostgreSQL's `~>=~`, `~<~` compare UTF-8 bytes, which is that order). */
export interface PrefixRange {
  from: string;
  to: string;
}

/** Matches no term: nothing is ≥ '' and < ''. */
export const NO_TERM: PrefixRange = { from: '', to: '' };

/**
 * The terms that start with `prefix`: from the prefix up to the prefix with its last character
 * replaced by the next one. A word ends in a letter or digit, never in U+10FFFF, so the next one
 * exists; the surrogate block is not a character and is skipped.
 */
export function prefixRange(prefix: string): PrefixRange {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)! + 1;
  return { from: prefix, to: chars.join('') + String.fromCodePoint(last === 0xd800 ? 0xe000 : last) };
}

/**
 * A query as the search statement takes it, or null when it is blank (no condition on the name).
 * `driver` is the longest word (the fewest matches, read from the index); `others` must match as
 * well; `joined` is all words run together, the other way to match (null for one word: the same as
 * the driver). A query with no letters or digits ("%") matches nothing: a wildcard is no word.
 */
export interface NameQuery {
  driver: PrefixRange;
  others: PrefixRange[];
  joined: PrefixRange | null;
}

export function nameQuery(query: string): NameQuery | null {
  if (query.trim() === '') return null;
  const all = [...new Set(words(query))];
  if (all.length === 0) return { driver: NO_TERM, others: [], joined: null };
  const [driver, ...others] = [...all].sort((x, y) => y.length - x.length);
  return { driver: prefixRange(driver), others: others.map(prefixRange), joined: all.length > 1 ? prefixRange(words(query).join('')) : null };
}
