import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { CompiledQuery } from 'kysely';
import type { Db } from './db.ts';

function migrationsDir(): string {
  // Works from src/ (tsx, vitest) and from dist/src/ (built): migrations/ sits at the repo root.
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = here.includes('/dist/src/') ? join(here, '../../../..') : join(here, '../../..');
  return join(root, 'migrations');
}

export interface MigrationResult {
  applied: string[];
}

/** Applies the ordered, forward-only SQL files in migrations/ that have not run yet. */
export async function migrate(db: Db, onApplied?: (name: string) => void): Promise<MigrationResult> {
  const dir = migrationsDir();
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  // An advisory lock so that several processes starting at once migrate one after another.
  await db.kysely.connection().execute(async (conn) => {
    const run = (text: string, values: unknown[] = []) => conn.executeQuery(CompiledQuery.raw(text, values));
    await run('SELECT pg_advisory_lock(7263001)');
    try {
      const done = new Set(((await run('SELECT name FROM schema_migrations')).rows as { name: string }[]).map((r) => r.name));
      for (const file of files) {
        if (done.has(file)) continue;
        const text = readFileSync(join(dir, file), 'utf8');
        await run('BEGIN');
        try {
          for (const statement of splitStatements(text)) await run(statement);
          await run('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
          await run('COMMIT');
        } catch (error) {
          await run('ROLLBACK');
          throw new Error(`Migration ${file} failed: ${(error as Error).message}`, { cause: error });
        }
        applied.push(file);
        onApplied?.(file);
      }
    } finally {
      await run('SELECT pg_advisory_unlock(7263001)');
    }
  });
  return { applied };
}

/** Splits a migration on `;` at line ends, outside dollar-quoted bodies. */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('--') && !inDollar) continue;
    const dollars = line.match(/\$\$/g)?.length ?? 0;
    if (dollars % 2 === 1) inDollar = !inDollar;
    current += line + '\n';
    if (!inDollar && line.trimEnd().endsWith(';')) {
      if (current.trim()) out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
