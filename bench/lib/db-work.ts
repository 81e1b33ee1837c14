import { readFileSync } from 'node:fs';
import type pg from 'pg';

/**
 * What a run cost besides CPU time: the read and write system calls of a process (/proc/<pid>/io;
 * each round trip to PostgreSQL costs the client a write and a read), and a database's commits and
 * rows written (pg_stat_database, which a backend flushes about once a second, and at its exit:
 * read it a second or so after the run).
 */
export function processSyscalls(pid: number): { reads: number; writes: number } {
  const io = Object.fromEntries(readFileSync(`/proc/${pid}/io`, 'utf8').trim().split('\n').map((l) => l.split(': ')).map(([k, v]) => [k, Number(v)]));
  return { reads: io.syscr ?? 0, writes: io.syscw ?? 0 };
}

export interface DbWork {
  commits: number;
  rowsWritten: number;
}

export async function dbWork(client: pg.Client): Promise<DbWork> {
  const { rows: [row] } = await client.query(
    `SELECT xact_commit::int8 AS commits, (tup_inserted + tup_updated + tup_deleted)::int8 AS written FROM pg_stat_database WHERE datname = current_database()`,
  );
  return { commits: Number(row.commits), rowsWritten: Number(row.written) };
}

/** The work since `before` (this client's own readings, one commit each, left in). */
export async function dbWorkSince(client: pg.Client, before: DbWork): Promise<DbWork> {
  await new Promise((r) => setTimeout(r, 1200)); // pg_stat_database is flushed about once a second
  const after = await dbWork(client);
  return { commits: after.commits - before.commits, rowsWritten: after.rowsWritten - before.rowsWritten };
}
