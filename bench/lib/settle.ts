import type pg from 'pg';
import { machineTicks } from './cpu.ts';

/**
 * Waits until a Portico database is quiet: every event relayed and no job due that is waiting or
 * running (jobs scheduled for later do not count), as Jobs.drain does in-process, but from outside:
 * a bench whose server runs in a child process waits here before its next measurement. Returns the
 * ms waited; throws after `timeoutMs`.
 */
export async function settle(client: pg.Client, signal: AbortSignal, timeoutMs = 180_000): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const { rows: [row] } = await client.query(
      `SELECT (SELECT count(*)::int FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now())
            + (SELECT count(*)::int FROM events WHERE relayed_at IS NULL) AS n`,
    );
    if (row.n === 0) return performance.now() - t0;
    if (performance.now() - t0 > timeoutMs) throw new Error(`jobs still pending after ${timeoutMs / 1000} s (${row.n} jobs and events)`);
    signal.throwIfAborted();
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits (at most `timeoutMs`) until the machine is idle before a measured run: no autovacuum worker
 * in the bench database and the CPUs under 25 % busy over one second. A run that follows a heavy
 * one otherwise measures the vacuum the last one caused. Returns the ms waited.
 */
export async function waitForQuiet(client: pg.Client, database: string, signal: AbortSignal, timeoutMs = 120_000): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const before = machineTicks();
    await new Promise((r) => setTimeout(r, 1000));
    signal.throwIfAborted();
    const after = machineTicks();
    const busy = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    const { rows: [row] } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND datname = $1`, [database],
    );
    if ((busy < 0.25 && row.n === 0) || performance.now() - t0 > timeoutMs) return performance.now() - t0;
  }
}
