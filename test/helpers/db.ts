import pg from 'pg';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';

/**
 * A fresh database per test file. With DATABASE_URL set: a new PostgreSQL database cloned from the
 * migrated template that test/global-setup.ts made; otherwise nothing here (each test gets its own
 * in-memory PGlite).
 */
export const TEMPLATE_DB = 'portico_test_template';

export function adminUrl(): string | null {
  return process.env.DATABASE_URL || null;
}

export function urlFor(database: string): string {
  const url = new URL(adminUrl()!);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl()! });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string | null;
  /** Without DATABASE_URL: an in-memory PGlite loaded from the migrated template. */
  pglite?: PGlite;
  drop(): Promise<void>;
}

export async function createTestDatabase(options: { pglite?: boolean } = {}): Promise<TestDatabase> {
  if (!adminUrl()) {
    if (!options.pglite) return { url: null, drop: async () => {} };
    const template = inject('pgliteTemplate');
    const pglite = template
      ? await PGlite.create({ loadDataDir: new Blob([readFileSync(template)]) })
      : await PGlite.create('memory://');
    return { url: null, pglite, drop: () => pglite.close() };
  }
  const name = `portico_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
  return {
    url: urlFor(name),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}
