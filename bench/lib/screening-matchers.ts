import Fuse from 'fuse.js';
import type { ListEntry } from '../../src/modules/compliance/lists.parse.ts';
import { buildIndex, type ScreeningIndex } from '../../src/modules/compliance/matching.index.ts';
import { normaliseName } from '../../src/modules/compliance/matching.normalise.ts';
import { DEFAULT_THRESHOLDS, screenName, type Match } from '../../src/modules/compliance/matching.score.ts';
import { listedKey, listedNames, queryKey, type LabelledItem } from '../screening/generate-labelled-set.ts';

/**
 * The three screeners the bench compares over the same list and the same queries: Portico's
 * (matching.index + matching.score at the review threshold), the exact-normalised baseline (the
 * query's normalised words equal a listed name's or alias's: one Map lookup), and fuse.js over the
 * normalised names and aliases (Bitap, a linear scan).
 */

export interface Verdict {
  flagged: boolean;
  /** The best match's listed name (or alias) and score, when there is one. */
  best: { listEntryId: string; matchedName: string; score: number } | null;
  /** The entries flagged (Portico: every match at or above the review threshold). */
  entries: string[];
}

export interface Screener {
  name: string;
  screen(item: Pick<LabelledItem, 'query' | 'country'>): Verdict;
}

export function indexEntries(entries: ListEntry[]): ScreeningIndex {
  return buildIndex(entries.map((e) => ({ listEntryId: e.entryId, ...e })));
}

export function porticoScreener(index: ScreeningIndex): Screener & { matches(item: Pick<LabelledItem, 'query' | 'country'>, minScore?: number): Match[] } {
  const matches = (item: Pick<LabelledItem, 'query' | 'country'>, minScore?: number) => screenName(index, { name: item.query, country: item.country ?? null }, { minScore });
  return {
    name: `Portico (review threshold ${DEFAULT_THRESHOLDS.review})`,
    matches,
    screen(item) {
      const found = matches(item);
      const top = found[0];
      return {
        flagged: found.length > 0 && top!.score >= DEFAULT_THRESHOLDS.review,
        best: top ? { listEntryId: top.listEntryId, matchedName: top.matchedName, score: top.score } : null,
        entries: found.map((m) => m.listEntryId),
      };
    },
  };
}

/** Flagged iff the query's normalised words, joined, equal some listed name's or alias's (bracketed parts too: listedNames). */
export function exactScreener(entries: ListEntry[]): Screener {
  const byKey = new Map<string, { listEntryId: string; matchedName: string }[]>();
  for (const entry of entries) {
    for (const { text } of listedNames(entry)) {
      const key = listedKey(text, entry);
      if (!key) continue;
      const list = byKey.get(key) ?? [];
      if (!list.some((x) => x.listEntryId === entry.entryId)) list.push({ listEntryId: entry.entryId, matchedName: text });
      byKey.set(key, list);
    }
  }
  return {
    name: 'exact normalised (Map lookup)',
    screen(item) {
      const found = byKey.get(queryKey(item.query)) ?? [];
      return { flagged: found.length > 0, best: found[0] ? { ...found[0], score: 1 } : null, entries: found.map((f) => f.listEntryId) };
    },
  };
}

/**
 * fuse.js over every listed name and alias, normalised as Portico normalises them (so it compares
 * words, not punctuation or "LAST, First"), with `ignoreLocation` (a name may match anywhere) and
 * a search threshold of `searchThreshold`; `best` carries Fuse's score (0 perfect, 1 nothing) so
 * the caller can flag at any threshold up to it.
 */
export function fuseScreener(entries: ListEntry[], searchThreshold: number, flagAt: number): Screener & { bestScore(query: string): Verdict['best'] } {
  const docs: { text: string; listEntryId: string; matchedName: string }[] = [];
  for (const entry of entries) {
    for (const { text } of listedNames(entry)) {
      const key = listedKey(text, entry);
      if (key) docs.push({ text: key, listEntryId: entry.entryId, matchedName: text });
    }
  }
  const fuse = new Fuse(docs, { keys: ['text'], includeScore: true, threshold: searchThreshold, ignoreLocation: true });
  const bestScore = (query: string) => {
    const q = normaliseName(query, { person: true }).tokens.join(' ');
    if (!q) return null;
    const [top] = fuse.search(q, { limit: 1 });
    return top ? { listEntryId: top.item.listEntryId, matchedName: top.item.matchedName, score: top.score ?? 0 } : null;
  };
  return {
    name: `fuse.js (score ≤ ${flagAt})`,
    bestScore,
    screen(item) {
      const best = bestScore(item.query);
      const flagged = best !== null && best.score <= flagAt;
      return { flagged, best, entries: flagged ? [best.listEntryId] : [] };
    },
  };
}
