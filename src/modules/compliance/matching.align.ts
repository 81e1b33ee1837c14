import { jaroWinkler } from './matching.similarity.ts';

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

/** How much an unmatched word costs against a matched one's weight (1: as much as it would add). */
const UNMATCHED_COST = 0.6;

export function alignNames(query: string[], candidate: string[], weightOf: (token: string) => number): Alignment {
  // Candidates: every word pair, and each word against two neighbours of the other side written together.
  const options: { q: number[]; c: number[]; query: string; matched: string; similarity: number }[] = [];
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < candidate.length; j++) {
      options.push({ q: [i], c: [j], query: query[i]!, matched: candidate[j]!, similarity: jaroWinkler(query[i]!, candidate[j]!) });
      if (j + 1 < candidate.length) {
        const joined = candidate[j]! + candidate[j + 1]!;
        options.push({ q: [i], c: [j, j + 1], query: query[i]!, matched: `${candidate[j]} ${candidate[j + 1]}`, similarity: jaroWinkler(query[i]!, joined) });
      }
      if (i + 1 < query.length) {
        const joined = query[i]! + query[i + 1]!;
        options.push({ q: [i, i + 1], c: [j], query: `${query[i]} ${query[i + 1]}`, matched: candidate[j]!, similarity: jaroWinkler(joined, candidate[j]!) });
      }
    }
  }
  // Best first; among equals, the one that covers more words.
  options.sort((a, b) => b.similarity - a.similarity || b.q.length + b.c.length - (a.q.length + a.c.length));
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const pairs: TokenPair[] = [];
  for (const option of options) {
    if (option.similarity < PAIR_FLOOR) break;
    if (option.q.some((i) => usedQ.has(i)) || option.c.some((j) => usedC.has(j))) continue;
    option.q.forEach((i) => usedQ.add(i));
    option.c.forEach((j) => usedC.add(j));
    const weight = Math.max(...option.q.map((i) => weightOf(query[i]!)), ...option.c.map((j) => weightOf(candidate[j]!)));
    pairs.push({ query: option.query, matched: option.matched, similarity: option.similarity, weight });
  }
  const unmatchedQuery = query.filter((_, i) => !usedQ.has(i));
  const unmatchedCandidate = candidate.filter((_, j) => !usedC.has(j));
  const matchedWeight = pairs.reduce((sum, p) => sum + p.weight, 0);
  const missing = [...unmatchedQuery, ...unmatchedCandidate].reduce((sum, t) => sum + weightOf(t), 0) * UNMATCHED_COST;
  const score = matchedWeight + missing === 0 ? 0 : pairs.reduce((sum, p) => sum + p.similarity * p.weight, 0) / (matchedWeight + missing);
  return { score, pairs, unmatchedQuery, unmatchedCandidate };
}
