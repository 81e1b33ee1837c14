import { wordSimilarity } from './matching.similarity.ts';

/**
 * Two names' words aligned one to one, so word order does not matter and one extra or missing
 * word costs only its weight: each pair is the best remaining one (Jaro–Winkler), a word may also
 * pair with two neighbouring words of the other name written together ("cloudgate" ~ "cloud gate").
 * Pure; the weights come from the caller (the lists' own word frequencies).
 */

/** Below this a word pair is no match: the words count as unmatched. */
export const PAIR_FLOOR = 0.8;

export interface TokenPair {
  query: string;
  matched: string;
  similarity: number;
  weight: number;
}

export interface Alignment {
  /** 0..1: the weighted share of both names that matched, by how well. */
  score: number;
  pairs: TokenPair[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
}

/** Two words written together must match the one word this well (closer than a single pair: "trading" is not "trade point"). */
export const JOINED_FLOOR = 0.93;

/** How much an unmatched word of the query costs against a matched one's weight (1: as much as it would add). */
export const UNMATCHED_COST = 0.6;

/**
 * An unmatched word of the listed name costs less: customers drop words of their registered name
 * (a patronymic, a middle name, "Travel" in "Hilal Travel Agency") far more often than they add one.
 */
export const ENTRY_UNMATCHED_COST = 0.35;

/**
 * `similarity` defaults to Jaro–Winkler; the index passes the similarities it already has (it
 * answers 0 for word pairs it knows are below the floor).
 */
export function alignNames(
  query: string[], candidate: string[], weightOf: (token: string) => number, similarity: (a: string, b: string) => number = wordSimilarity,
): Alignment {
  // Candidates: every word pair, and each word against two neighbours of the other side written
  // together, kept only when close enough to count (joined words must be closer).
  const options: { q: number[]; c: number[]; query: string; matched: string; similarity: number }[] = [];
  const consider = (q: number[], c: number[], queryText: string, matched: string, a: string, b: string, floor: number) => {
    const value = similarity(a, b);
    if (value >= floor) options.push({ q, c, query: queryText, matched, similarity: value });
  };
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < candidate.length; j++) {
      consider([i], [j], query[i]!, candidate[j]!, query[i]!, candidate[j]!, PAIR_FLOOR);
      if (j + 1 < candidate.length) {
        consider([i], [j, j + 1], query[i]!, `${candidate[j]} ${candidate[j + 1]}`, query[i]!, candidate[j]! + candidate[j + 1]!, JOINED_FLOOR);
      }
      if (i + 1 < query.length) {
        consider([i, i + 1], [j], `${query[i]} ${query[i + 1]}`, candidate[j]!, query[i]! + query[i + 1]!, candidate[j]!, JOINED_FLOOR);
      }
    }
  }
  // Best first; among equals, the one that covers more words.
  options.sort((a, b) => b.similarity - a.similarity || b.q.length + b.c.length - (a.q.length + a.c.length));
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const pairs: TokenPair[] = [];
  for (const option of options) {
    if (option.q.some((i) => usedQ.has(i)) || option.c.some((j) => usedC.has(j))) continue;
    option.q.forEach((i) => usedQ.add(i));
    option.c.forEach((j) => usedC.add(j));
    const weight = Math.max(...option.q.map((i) => weightOf(query[i]!)), ...option.c.map((j) => weightOf(candidate[j]!)));
    pairs.push({ query: option.query, matched: option.matched, similarity: option.similarity, weight });
  }
  const unmatchedQuery = query.filter((_, i) => !usedQ.has(i));
  const unmatchedCandidate = candidate.filter((_, j) => !usedC.has(j));
  const matchedWeight = pairs.reduce((sum, p) => sum + p.weight, 0);
  const missing = unmatchedQuery.reduce((sum, t) => sum + weightOf(t), 0) * UNMATCHED_COST + unmatchedCandidate.reduce((sum, t) => sum + weightOf(t), 0) * ENTRY_UNMATCHED_COST;
  const score = matchedWeight + missing === 0 ? 0 : pairs.reduce((sum, p) => sum + p.similarity * p.weight, 0) / (matchedWeight + missing);
  return { score, pairs, unmatchedQuery, unmatchedCandidate };
}
