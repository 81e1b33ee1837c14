import pg from 'pg';
import { fmt } from './report.ts';

/**
 * A sampling profiler of PostgreSQL work: every `intervalMs` it reads pg_stat_activity for one
 * database's busy backends (not idle) and tallies their statement (as sent, first 160 characters)
 * and wait event. The shares say where the backends spend their time, without pg_stat_statements
 * (which needs the server's shared_preload_libraries).
 */
export interface PgSampler {
  stop(): Promise<{ samples: number; busy: number; top: { query: string; wait: string; share: number }[] }>;
}

export async function startPgSampler(databaseUrl: string, database: string, intervalMs = 5): Promise<PgSampler> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const tally = new Map<string, { query: string; wait: string; n: number }>();
  let samples = 0;
  let busy = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query(
        `SELECT state, coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait, regexp_replace(left(query, 160), '\\s+', ' ', 'g') AS query
         FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND state NOT IN ('idle')`, [database],
      );
      samples++;
      for (const row of rows) {
        const query = row.state === 'idle in transaction' ? '(idle in transaction)' : row.query;
        const wait = row.state === 'idle in transaction' ? 'client' : row.wait;
        const k = `${wait}|${query}`;
        const entry = tally.get(k) ?? { query, wait, n: 0 };
        entry.n++;
        tally.set(k, entry);
        busy++;
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await client.end();
      const top = [...tally.values()].sort((a, b) => b.n - a.n).slice(0, 15).map((e) => ({ query: e.query, wait: e.wait, share: e.n / Math.max(busy, 1) }));
      return { samples, busy, top };
    },
  };
}

/** The sampler's result as lines: mean busy backends, then the top statements with their share. */
export function samplerLines(r: Awaited<ReturnType<PgSampler['stop']>>): string[] {
  return [
    `PostgreSQL backends busy (not idle): ${fmt(r.busy / Math.max(r.samples, 1), 1)} on average over ${fmt(r.samples)} samples of pg_stat_activity; by statement and wait:`,
    ...r.top.map((t) => `  ${fmt(t.share * 100, 1).padStart(5)} %  ${t.wait.padEnd(24)} ${t.query}`),
  ];
}
