import type { Db } from '../../platform/db/db.ts';
import * as repo from './compliance.repo.ts';
import { buildIndex, type ScreeningIndex } from './matching.index.ts';
import { screenName, type Match, type ScreeningQuery, type Thresholds } from './matching.score.ts';

/** How long a process trusts its index before asking which list versions are active (another process may have imported). */
const FRESHNESS_MS = 1000;

/**
 * The matching engine with the active lists loaded: one index per process, rebuilt when the set
 * of active list versions changes (an import here or in another process). The screening API and
 * the background checks both screen through it.
 */
export function createScreeningEngine(db: Db, thresholds: Thresholds) {
  interface Loaded { key: string; lists: string[]; index: ScreeningIndex }
  let current: Loaded | null = null;
  let checkedAt = 0;
  let loading: Promise<Loaded> | null = null;

  async function load(): Promise<Loaded> {
    const lists = await repo.activeListIds(db.kysely);
    const key = lists.join(',');
    if (current?.key !== key) {
      const rows = await repo.activeEntries(db.kysely);
      current = {
        key, lists,
        index: buildIndex(rows.map((r) => ({
          listEntryId: r.entry_id, source: r.source, name: r.name, aliases: r.aliases, entityType: r.entity_type, countries: r.countries, addresses: r.addresses,
        }))),
      };
    }
    checkedAt = Date.now();
    return current;
  }

  /** The index of the active lists (and their ids), at most FRESHNESS_MS old. */
  async function loaded(): Promise<Loaded> {
    if (current && Date.now() - checkedAt < FRESHNESS_MS) return current;
    // One load at a time: concurrent screenings share it.
    loading ??= load().finally(() => { loading = null; });
    return loading;
  }

  async function screen(query: ScreeningQuery, options: { minScore?: number; limit?: number } = {}): Promise<{ matches: Match[]; lists: string[] }> {
    const { index, lists } = await loaded();
    return { matches: screenName(index, query, { thresholds, ...options }), lists };
  }

  /** Forget the index (after an import in this process: the next screening loads the new lists). */
  const invalidate = () => { checkedAt = 0; };

  return { screen, loaded, invalidate, thresholds };
}

export type ScreeningEngine = ReturnType<typeof createScreeningEngine>;
