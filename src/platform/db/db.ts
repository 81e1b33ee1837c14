import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, CompiledQuery, type Transaction } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { Database } from '../../database.ts';

export type DbKind = 'postgres' | 'pglite';
export type Executor = Kysely<Database>;
export type Tx = Transaction<Database>;

/** The database handle: Kysely over a `pg` pool, against PostgreSQL or in-process PGlite. */
export interface Db {
  kysely: Kysely<Database>;
  kind: DbKind;
  /** Raw SQL through the same pool (migrations, pg-boss on PGlite). */
  query(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl: string | null;
  /** PGlite data directory; `memory://` for a throw-away database. */
  dataDir: string;
  poolSize?: number;
  /** An existing PGlite (tests), owned by the caller. */
  pglite?: PGlite;
}

// int8 (counts, sums) as numbers: our counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openDatabase(options: OpenOptions): Promise<Db> {
  let pool: pg.Pool;
  let pglite: PGlite | undefined;
  let kind: DbKind;
  if (options.databaseUrl) {
    kind = 'postgres';
    pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 20 });
  } else {
    kind = 'pglite';
    if (options.pglite) pglite = options.pglite;
    else {
      if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
      pglite = await PGlite.create(options.dataDir);
    }
    // One connection: PGlite is single-session, so the pool serialises transactions.
    pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
  }
  pool.on('error', () => {
    /* idle-client errors are reported on the next checkout */
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const ownPglite = pglite && !options.pglite ? pglite : undefined;
  return {
    kysely,
    kind,
    query: (text, values) => pool.query(text, values as unknown[]),
    async close() {
      await kysely.destroy();
      if (ownPglite) await ownPglite.close();
    },
  };
}

/** Runs raw, already-parameterised SQL on an executor (lets pg-boss write inside our transaction). */
export function rawExecutor(executor: Executor) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const result = await executor.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as any[] };
    },
  };
}
