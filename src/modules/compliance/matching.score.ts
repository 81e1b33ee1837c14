import { alignNames, type TokenPair } from './matching.align.ts';
import { foldText, normaliseName } from './matching.normalise.ts';
import type { ScreeningIndex } from './matching.index.ts';

/**
 * Screening one name against the index: its candidates' names and aliases aligned word by word
 * (matching.align), the best name of each entry kept, country and address as supporting evidence,
 * each score in 0..1 with the explanation an officer reads. Pure.
 */

export interface Thresholds {
  /** At or above: a strong match. */
  strong: number;
  /** At or above: a potential match that opens a review (below: clear). */
  review: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { strong: 0.95, review: 0.85 };

/** Supporting evidence moves a score by at most this much (a name must carry a match itself). */
export const COUNTRY_EVIDENCE = 0.03;
export const ADDRESS_EVIDENCE = 0.02;

export interface ScreeningQuery {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  /** Free text (street, city, postal code, …). */
  address?: string | null;
}

export interface Explanation {
  entry: { listEntryId: string; source: string; name: string; aliases: string[]; entityType: string | null; countries: string[]; addresses: string[] };
  /** The listed name or alias that matched best. */
  matchedName: string;
  matchedAlias: boolean;
  /** The name's score before evidence. */
  nameScore: number;
  pairs: TokenPair[];
  unmatchedQuery: { token: string; weight: number }[];
  unmatchedEntry: { token: string; weight: number }[];
  country: { query: string; listed: string[]; effect: number } | null;
  address: { sharedWords: string[]; effect: number } | null;
  level: 'strong' | 'review' | 'below';
}

export interface Match {
  listEntryId: string;
  source: string;
  name: string;
  matchedName: string;
  score: number;
  explanation: Explanation;
}

const round = (n: number) => Math.round(n * 10000) / 10000;

/** Words of an address worth comparing: folded, longer than two letters or digits-bearing (postal codes). */
const addressWords = (text: string) => new Set(foldText(text).split(' ').filter((w) => w.length > 2 || /\d/.test(w)));

function countryEvidence(query: string | null | undefined, listed: string[]): Explanation['country'] {
  if (!query || listed.length === 0) return null;
  const code = query.toUpperCase();
  return { query: code, listed, effect: listed.includes(code) ? COUNTRY_EVIDENCE : -COUNTRY_EVIDENCE };
}

function addressEvidence(query: string | null | undefined, listed: string[]): Explanation['address'] {
  if (!query || listed.length === 0) return null;
  const words = addressWords(query);
  if (words.size === 0) return null;
  let best: string[] = [];
  for (const address of listed) {
    const shared = [...addressWords(address)].filter((w) => words.has(w));
    if (shared.length > best.length) best = shared;
  }
  // Two shared words (a street and a city, a city and a postal code) support the match; fewer say nothing.
  return best.length >= 2 ? { sharedWords: best, effect: ADDRESS_EVIDENCE } : null;
}

/**
 * The entries whose score reaches `minScore`, best first (at most `limit`). A query with no words
 * left after normalising (only punctuation) matches nothing.
 */
export function screenName(index: ScreeningIndex, query: ScreeningQuery, options: { thresholds?: Thresholds; minScore?: number; limit?: number } = {}): Match[] {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const minScore = options.minScore ?? thresholds.review;
  const limit = options.limit ?? 10;
  // People's names come "First Last" from customers; the lists' "LAST, First" is turned at indexing.
  const tokens = normaliseName(query.name, { person: true }).tokens;
  if (tokens.length === 0) return [];

  const best = new Map<number, { score: number; name: number; alignment: ReturnType<typeof alignNames> }>();
  const { names, similarity } = index.candidates(tokens, minScore - COUNTRY_EVIDENCE - ADDRESS_EVIDENCE);
  for (const n of names) {
    const name = index.names[n]!;
    const alignment = alignNames(tokens, name.tokens, index.weightOf, similarity);
    const current = best.get(name.entry);
    if (!current || alignment.score > current.score) best.set(name.entry, { score: alignment.score, name: n, alignment });
  }

  const matches: Match[] = [];
  for (const [e, { score: nameScore, name: n, alignment }] of best) {
    // Evidence only ever tips a name that nearly matches; it cannot make one out of a weak name.
    if (nameScore < minScore - COUNTRY_EVIDENCE - ADDRESS_EVIDENCE) continue;
    const entry = index.entries[e]!;
    const country = countryEvidence(query.country, entry.countries);
    const address = addressEvidence(query.address, entry.addresses);
    const score = round(Math.min(1, Math.max(0, nameScore + (country?.effect ?? 0) + (address?.effect ?? 0))));
    if (score < minScore) continue;
    const name = index.names[n]!;
    matches.push({
      listEntryId: entry.listEntryId, source: entry.source, name: entry.name, matchedName: name.text, score,
      explanation: {
        entry: { listEntryId: entry.listEntryId, source: entry.source, name: entry.name, aliases: entry.aliases, entityType: entry.entityType, countries: entry.countries, addresses: entry.addresses },
        matchedName: name.text, matchedAlias: name.alias, nameScore: round(nameScore),
        pairs: alignment.pairs.map((p) => ({ ...p, similarity: round(p.similarity), weight: round(p.weight) })),
        unmatchedQuery: alignment.unmatchedQuery.map((token) => ({ token, weight: round(index.weightOf(token)) })),
        unmatchedEntry: alignment.unmatchedCandidate.map((token) => ({ token, weight: round(index.weightOf(token)) })),
        country, address,
        level: score >= thresholds.strong ? 'strong' : score >= thresholds.review ? 'review' : 'below',
      },
    });
  }
  return matches.sort((a, b) => b.score - a.score || a.listEntryId.localeCompare(b.listEntryId)).slice(0, limit);
}
