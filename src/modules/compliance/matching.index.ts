import { normaliseName } from './matching.normalise.ts';
import { wordSimilarity } from './matching.similarity.ts';
import { UNMATCHED_COST } from './matching.align.ts';
import type { EntityType } from './lists.parse.ts';

/**
 * The candidate index over every listed name and alias: the lists' vocabulary (each distinct word
 * once), a trigram index over that vocabulary, and each word's postings (the names that hold it).
 * A query's words find their similar vocabulary words through shared trigrams, so a typo anywhere
 * in a word still finds it, and only the names holding those words are scored: never every entry.
 * Word weights are inverse document frequencies over the names, so "holdings", "bank" or
 * "trading" weigh little and a distinctive word much. Pure: entries in, an index out.
 */

export interface IndexedEntry {
  /** The list's entry id (unique across lists: the index keeps one entry per id). */
  listEntryId: string;
  source: string;
  name: string;
  aliases: string[];
  entityType: EntityType | null;
  countries: string[];
  addresses: string[];
}

/** One name of an entry, as the matcher compares it: the entry's name or one of its aliases. */
export interface IndexedName {
  entry: number;
  text: string;
  alias: boolean;
  tokens: string[];
}

/** Vocabulary words at least this similar to a query word are looked up. */
export const CANDIDATE_WORD_FLOOR = 0.8;
/** Names scored per query, best candidate first (by the weight of the words they share with it). */
const MAX_SCORED_NAMES = 64;

export interface ScreeningIndex {
  entries: IndexedEntry[];
  names: IndexedName[];
  /** Weight of a word: its inverse document frequency among the names (unknown words: the rarest). */
  weightOf: (token: string) => number;
  /**
   * The names that may reach `minNameScore` for these query words, best candidates first, and the
   * word similarity to align them with (what the index already computed; 0 below the floor).
   */
  candidates: (tokens: string[], minNameScore: number) => { names: number[]; similarity: (a: string, b: string) => number };
  stats: { entries: number; names: number; vocabulary: number };
}

const trigrams = (token: string): string[] => {
  const padded = `  ${token} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
};

/**
 * An entry's names as the index keeps them: its name and aliases, and for one with a part in
 * brackets ("Academy of … Technology (AASPT)", "… (a.k.a. Volga Trading)") the name without it and
 * the bracketed part as an alias of its own.
 */
export function nameVariants(entry: Pick<IndexedEntry, 'name' | 'aliases'>): [string, boolean][] {
  const variants: [string, boolean][] = [];
  for (const [text, alias] of [[entry.name, false] as const, ...entry.aliases.map((a) => [a, true] as const)]) {
    variants.push([text, alias]);
    const brackets = [...text.matchAll(/\(([^()]*)\)/g)];
    if (brackets.length === 0) continue;
    const outside = text.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    if (outside) variants.push([outside, alias]);
    for (const [, inside] of brackets) {
      const named = inside!.replace(/^\s*(?:[af]\.?k\.?a\.?|formerly|also known as)[:\s]+/i, '').trim();
      if (named.length >= 2) variants.push([named, true]);
    }
  }
  return variants;
}

export function buildIndex(entries: IndexedEntry[]): ScreeningIndex {
  const names: IndexedName[] = [];
  const unique = new Map<string, IndexedEntry>();
  for (const entry of entries) unique.set(entry.listEntryId, entry);
  const kept = [...unique.values()];
  kept.forEach((entry, index) => {
    const person = entry.entityType === 'individual';
    const seen = new Set<string>();
    for (const [text, alias] of nameVariants(entry)) {
      const tokens = normaliseName(text, { person }).tokens;
      const key = tokens.join(' ');
      if (tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      names.push({ entry: index, text, alias, tokens });
    }
  });

  // Postings (word → names) and the vocabulary's trigrams (trigram → words).
  const postings = new Map<string, number[]>();
  names.forEach((name, n) => {
    for (const token of new Set(name.tokens)) {
      const list = postings.get(token);
      if (list) list.push(n);
      else postings.set(token, [n]);
    }
  });
  const vocabulary = [...postings.keys()];
  const gramIndex = new Map<string, number[]>();
  vocabulary.forEach((word, w) => {
    for (const gram of trigrams(word)) {
      const list = gramIndex.get(gram);
      if (list) list.push(w);
      else gramIndex.set(gram, [w]);
    }
  });

  const total = Math.max(1, names.length);
  const rarest = Math.log(1 + total);
  const weightOf = (token: string) => {
    const df = postings.get(token)?.length ?? 0;
    return df === 0 ? rarest : Math.log(1 + total / df);
  };

  // Similar words per query word, kept for the next queries (bounded: a screening service sees the same words often).
  const similarCache = new Map<string, { word: number; similarity: number }[]>();
  const SIMILAR_CACHE_SIZE = 20_000;
  const sharedCount = new Int32Array(vocabulary.length);
  const wordIndex = new Map(vocabulary.map((word, w) => [word, w]));
  // Scratch space of candidates(), one slot per name, zero between queries.
  const inQuery = new Uint8Array(names.length);
  const wordBest = new Float64Array(names.length);
  const bounds = new Float64Array(names.length);

  /** Vocabulary words similar to a query word (itself when listed), with their similarity. */
  function similarWords(token: string): { word: number; similarity: number }[] {
    const cached = similarCache.get(token);
    if (cached) return cached;
    const own = wordIndex.get(token);
    const found: { word: number; similarity: number }[] = own === undefined ? [] : [{ word: own, similarity: 1 }];
    const grams = trigrams(token);
    const touched: number[] = [];
    for (const gram of grams) {
      for (const w of gramIndex.get(gram) ?? []) {
        if (sharedCount[w] === 0) touched.push(w);
        sharedCount[w]!++;
      }
    }
    // One typo changes at most three of a word's trigrams: a similar word shares most of the others.
    const needed = Math.max(1, Math.floor(grams.length * 0.4));
    for (const w of touched) {
      const count = sharedCount[w]!;
      sharedCount[w] = 0;
      if (count < needed || w === own) continue;
      const similarity = wordSimilarity(token, vocabulary[w]!, CANDIDATE_WORD_FLOOR);
      if (similarity >= CANDIDATE_WORD_FLOOR) found.push({ word: w, similarity });
    }
    if (similarCache.size >= SIMILAR_CACHE_SIZE) similarCache.clear();
    similarCache.set(token, found);
    return found;
  }

  /**
   * The names that can reach `minNameScore`. A name must match a share of the query's weight
   * (matched / (matched + UNMATCHED_COST × missed) ≥ minNameScore), so it must hold a word similar to
   * one of the query's heaviest words: only those words' postings are read (prefix filtering) —
   * the common words' long postings never are.
   */
  function candidates(tokens: string[], minNameScore: number) {
    const words = [...new Set(tokens)].map((token) => ({ token, weight: weightOf(token) })).sort((a, b) => b.weight - a.weight);
    const total = words.reduce((sum, w) => sum + w.weight, 0);
    const floor = Math.max(0, Math.min(0.999, minNameScore));
    const mustMatch = (floor * UNMATCHED_COST * total) / (1 - floor + floor * UNMATCHED_COST);
    const heavy: string[] = [];
    let rest = total;
    for (const w of words) {
      if (rest < mustMatch) break; // the words left cannot carry a match alone
      heavy.push(w.token);
      rest -= w.weight;
    }
    const seen = new Set<number>();
    for (const token of heavy) for (const { word } of similarWords(token)) for (const n of postings.get(vocabulary[word]!)!) seen.add(n);
    // Words written together in the query ("cloudgate" for the listed "cloud gate", or the other way round).
    const joined = new Set<number>();
    for (let i = 0; i + 1 < tokens.length; i++) {
      for (const { word } of similarWords(tokens[i]! + tokens[i + 1]!)) for (const n of postings.get(vocabulary[word]!)!) joined.add(n);
    }
    for (const n of joined) seen.add(n);

    // Each name's bound: the query weight its words may match, by how well. Names that cannot reach
    // the floor even so are dropped (score ≤ bound / ((1 − c) bound + c × total), c the unmatched cost, when
    // every pair is perfect and the name has no word of its own); names reached by joined words are kept.
    // Read off the postings into arrays the index keeps (one query at a time: JavaScript is single-threaded).
    for (const n of seen) inQuery[n] = 1;
    const similarity = words.map((w) => new Map(similarWords(w.token).map((s) => [s.word, s.similarity])));
    for (let k = 0; k < words.length; k++) {
      const touched: number[] = [];
      for (const [word, value] of similarity[k]!) {
        for (const n of postings.get(vocabulary[word]!)!) {
          if (inQuery[n] === 0) continue;
          if (wordBest[n] === 0) touched.push(n);
          if (wordBest[n]! < value) wordBest[n] = value;
        }
      }
      for (const n of touched) {
        bounds[n]! += wordBest[n]! * words[k]!.weight;
        wordBest[n] = 0;
      }
    }
    const scored: { n: number; bound: number }[] = [];
    for (const n of seen) {
      scored.push({ n, bound: bounds[n]! });
      bounds[n] = 0;
      inQuery[n] = 0;
    }
    const reachable = (s: { n: number; bound: number }) =>
      joined.has(s.n) || s.bound / ((1 - UNMATCHED_COST) * s.bound + UNMATCHED_COST * total) >= floor;
    const best = scored.filter(reachable).sort((a, b) => b.bound - a.bound).slice(0, MAX_SCORED_NAMES).map((s) => s.n);
    const known = new Map(words.map((w, k) => [w.token, similarity[k]!]));
    return { names: best, similarity: (a: string, b: string) => knownSimilarity(known, a, b) };
  }

  /**
   * A query word against a name's word: from the similar words found (0 when not among them, i.e.
   * below the floor); words written together are compared directly, unless their lengths alone
   * rule a close match out (used for words written together only: JOINED_FLOOR).
   */
  function knownSimilarity(known: Map<string, Map<number, number>>, a: string, b: string): number {
    if (a === b) return 1;
    const similar = known.get(a);
    const w = wordIndex.get(b);
    if (similar && w !== undefined) return similar.get(w) ?? 0;
    // Words written together must start alike; Jaro ≤ (2 + shorter/longer) / 3, and Winkler's
    // bonus adds at most 0.4 × (1 − Jaro): lengths far apart cannot reach the joined floor.
    if (a[0] !== b[0]) return 0;
    const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
    return ratio < 0.65 ? 0 : wordSimilarity(a, b);
  }

  return { entries: kept, names, weightOf, candidates, stats: { entries: kept.length, names: names.length, vocabulary: vocabulary.length } };
}
