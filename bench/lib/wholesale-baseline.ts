import pg from 'pg';
import { uuidv7 } from '../../src/platform/ids.ts';
import { progressBar, summarise, type CountedLoadResult } from './counted-load.ts';

/**
 * The wholesale bench's baseline: subscribers inserted with plain `pg`, by `clients` concurrent
 * clients (one connection each, a named prepared statement), each row in a transaction of its own:
 * one statement that inserts the subscriber's row into wholesale_subscribers and its open package
 * period into wholesale_assignments, the two rows Portico's create leaves per subscriber. No
 * customer lock, no cap (the package line's `assigned` is not counted up), no checks, no audit row,
 * no event, no HTTP.
 */
export interface BaselineRow {
  customerId: string;
  email: string;
  firstName: string;
  lastName: string;
  package: string;
}

const INSERT = `WITH s AS (
    INSERT INTO wholesale_subscribers (id, customer_id, email, first_name, last_name, package, role, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, 'user', now(), now())
    RETURNING id, customer_id, package, created_at)
  INSERT INTO wholesale_assignments (id, customer_id, subscriber_id, package, started_at)
  SELECT $7, customer_id, id, package, created_at FROM s`;

export async function runInsertBaseline(options: {
  databaseUrl: string; clients: number; total: number; row(i: number): BaselineRow; signal: AbortSignal; progress?: string;
  /** Called when the last row is in, before the connections close (their backends' CPU is read from /proc while they live). */
  beforeClose?(): void;
}): Promise<CountedLoadResult> {
  const clients = await Promise.all(Array.from({ length: options.clients }, async () => {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    return client;
  }));
  const latencies: number[] = [];
  const examples: string[] = [];
  let ok = 0;
  let errors = 0;
  let next = 0;
  const bar = progressBar(options.progress, options.total);
  const work = async (client: pg.Client) => {
    for (let i = next++; i < options.total; i = next++) {
      if (options.signal.aborted) return;
      const r = options.row(i);
      const values = [uuidv7(), r.customerId, r.email, r.firstName, r.lastName, r.package, uuidv7()];
      const t0 = performance.now();
      try {
        await client.query({ name: 'bench_insert_subscriber', text: INSERT, values });
        latencies.push(performance.now() - t0);
        ok++;
      } catch (error) {
        errors++;
        if (examples.length < 5) examples.push(`INSERT: ${(error as Error).message}`);
      }
      bar.tick();
    }
  };
  const t0 = performance.now();
  try {
    await Promise.all(clients.map(work));
    const wallMs = performance.now() - t0;
    options.beforeClose?.();
    options.signal.throwIfAborted();
    return summarise(latencies, { total: options.total, ok, statuses: ok ? { inserted: ok } : {}, errors, examples, wallMs });
  } finally {
    bar.stop();
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
  }
}
