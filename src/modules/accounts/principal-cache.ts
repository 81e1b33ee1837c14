import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../platform/db/db.ts';

/**
 * The principals of recently used API keys, by key digest, so an API client's requests need no
 * database round trip to authenticate (the search benchmark: a quarter of the work).
 *
 * It never serves a principal the database no longer holds:
 * - it caches only while it listens on `portico_principals`, which the triggers of migration 0012
 *   notify after every change of a key, user or company, in any process (then everything goes);
 * - this process's own writes clear it at once too (`principalsChanged`), and it keeps nothing new
 *   until the next notification (at most HOLD_MS), so a revocation answered to a client holds for
 *   its next request, even when another request of the same key ran while it committed;
 * - when the listening connection breaks it empties and stops caching until listening again;
 * - an entry lives at most `ttlMs` as a last resort.
 */
export interface PrincipalCache<P> {
  /** The cached principal, or `load()`'s (cached unless something changed while it loaded). */
  resolve(digest: string, load: () => Promise<P | undefined>): Promise<P | undefined>;
  clear(): void;
  /** Whether it caches now (it listens for changes). */
  readonly listening: boolean;
  close(): Promise<void>;
}

const CHANNEL = 'portico_principals';
const RETRY_MS = 1_000;
/** How long a local write holds caching off when its notification does not come (it rolled back). */
const HOLD_MS = 5_000;
const caches = new Set<{ changedHere(): void }>();

/** Every cache in this process forgets everything (called by the repo writes that change a principal). */
export function principalsChanged(): void {
  for (const cache of caches) cache.changedHere();
}

export function createPrincipalCache<P>(db: Db, log: FastifyBaseLogger, options: { ttlMs: number; maxEntries: number }): PrincipalCache<P> {
  const entries = new Map<string, { principal: P; until: number }>();
  let state: 'idle' | 'connecting' | 'listening' | 'closed' = options.ttlMs > 0 ? 'idle' : 'closed';
  let listener: { close(): Promise<void> } | null = null;
  let retryAt = 0;
  // A write during the connection attempt would be missed; the attempt's generation tells.
  let generation = 0;
  let holdUntil = 0;

  const clear = () => {
    generation++;
    entries.clear();
  };
  const notified = () => {
    holdUntil = 0;
    clear();
  };

  function startListening(): void {
    state = 'connecting';
    const started = generation;
    db.listen(CHANNEL, {
      onNotify: notified,
      onLost: () => {
        log.warn('lost the principal-change notifications; API keys are looked up on every request until they are back');
        clear();
        listener = null;
        retryAt = Date.now() + RETRY_MS;
        if (state !== 'closed') state = 'idle';
      },
    }).then(
      (opened) => {
        if (state === 'closed') return void opened.close();
        listener = opened;
        state = 'listening';
        if (generation !== started) clear();
      },
      (error) => {
        log.warn({ err: error }, 'could not listen for principal changes; API keys are looked up on every request');
        retryAt = Date.now() + RETRY_MS;
        if (state !== 'closed') state = 'idle';
      },
    );
  }

  const cache = {
    async resolve(digest: string, load: () => Promise<P | undefined>): Promise<P | undefined> {
      if (state === 'idle' && Date.now() >= retryAt) startListening();
      if (state !== 'listening') return load();
      const entry = entries.get(digest);
      if (entry && entry.until > Date.now()) return entry.principal;
      const loadedIn = generation;
      const principal = await load();
      // Unknown keys are not cached: a key created a moment later must work at once.
      if (principal === undefined || state !== 'listening' || generation !== loadedIn || Date.now() < holdUntil) return principal;
      entries.delete(digest);
      if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(digest, { principal, until: Date.now() + options.ttlMs });
      return principal;
    },
    clear,
    changedHere() {
      holdUntil = Date.now() + HOLD_MS;
      clear();
    },
    get listening() {
      return state === 'listening';
    },
    async close() {
      state = 'closed';
      caches.delete(cache);
      clear();
      await listener?.close();
    },
  };
  caches.add(cache);
  return cache;
}
