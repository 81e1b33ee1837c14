import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, CompiledQuery, type Transaction } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { Database } from '../../database.ts';

export type DbKind = 'postgres' | 'pglite';
export type Executor = Kysely<Database>;
export type Tx = Transaction<Database>;

/** Whether a query failed on a unique index (that one, when named): PostgreSQL's and PGlite's errors alike. */
export const isUniqueViolation = (error: unknown, constraint?: string) =>
  (error as { code?: string }).code === '23505' && (!constraint || (error as { constraint?: string }).constraint === constraint);

/** The database handle: Kysely over a `pg` pool, against PostgreSQL or in-process PGlite. */
export interface Db {
  kysely: Kysely<Database>;
  kind: DbKind;
  /** Raw SQL through the same pool (migrations, pg-boss on PGlite). */
  query(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  /**
   * Calls `onNotify` for every `NOTIFY` on the channel, from any process, over a connection of
   * its own; resolves once listening. `onLost` says the connection broke: notifications may
   * have been missed, and this listener is over (listen again to resume).
   */
  listen(channel: string, handlers: { onNotify(): void; onLost(): void }): Promise<Listener>;
  close(): Promise<void>;
}

export interface Listener {
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

/**
 * SQL texts that run as named prepared statements, by name. Kysely hands `pg` only the text and the
 * values, so the client below recognises these texts: PostgreSQL then parses and plans them once
 * per connection instead of on every call. Only for a few hot, fixed queries (the auth lookups).
 */
const preparedNames = new Map<string, string>();

export function prepareStatement(name: string, text: string): void {
  const known = preparedNames.get(text);
  if (known !== undefined && known !== name) throw new Error(`statement already prepared as ${known}`);
  preparedNames.set(text, name);
}

/** A statement name derived from the text, so one text always has one name. */
const nameOf = (text: string) => `q_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;

/**
 * Runs a fixed-shape Kysely query as a named prepared statement. For hot paths only, and only for
 * queries whose text does not vary with the input (no `IN` lists of varying length, no prefix
 * `LIKE`: a generic plan cannot use the prefix index).
 */
export async function runPrepared<R>(db: Executor, query: { compile(): CompiledQuery<R> }): Promise<R[]> {
  const compiled = query.compile();
  if (!preparedNames.has(compiled.sql)) prepareStatement(nameOf(compiled.sql), compiled.sql);
  return (await db.executeQuery(compiled)).rows;
}

let pools = 0;

/**
 * A `pg` client that sends the texts registered above with a statement name. The name gets a
 * per-pool suffix: every pool on one PGlite shares its single session, where a second pool's
 * `PREPARE` of the same name would fail ("already exists").
 */
function preparingClient(): typeof pg.Client {
  const suffix = `_${++pools}`;
  return class extends pg.Client {
    override query(config: any, values?: any, callback?: any): any {
      const name = typeof config === 'string' ? preparedNames.get(config) : undefined;
      if (name === undefined) return super.query(config, values, callback);
      return super.query({ name: name + suffix, text: config, values }, callback);
    }
  };
}

export async function openDatabase(options: OpenOptions): Promise<Db> {
  let pool: pg.Pool;
  let pglite: PGlite | undefined;
  let kind: DbKind;
  if (options.databaseUrl) {
    kind = 'postgres';
    pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 20, Client: preparingClient() });
  } else {
    kind = 'pglite';
    if (options.pglite) pglite = options.pglite;
    else {
      if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
      pglite = await PGlite.create(options.dataDir);
    }
    // One connection: PGlite is single-session, so the pool serialises transactions.
    pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, Client: preparingClient() } as pg.PoolConfig);
  }
  pool.on('error', () => {
    /* idle-client errors are reported on the next checkout */
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const ownPglite = pglite && !options.pglite ? pglite : undefined;
  const listeners = new Set<Listener>();
  return {
    kysely,
    kind,
    query: (text, values) => pool.query(text, values as unknown[]),
    async listen(channel, handlers) {
      if (!/^[a-z_]+$/.test(channel)) throw new Error(`bad channel name ${channel}`);
      const listener = pglite ? await listenPglite(pglite, channel, handlers) : await listenPostgres(options.databaseUrl!, channel, handlers);
      const tracked = { close: async () => { listeners.delete(tracked); await listener.close(); } };
      listeners.add(tracked);
      return tracked;
    },
    async close() {
      await Promise.all([...listeners].map((l) => l.close()));
      await kysely.destroy();
      if (ownPglite) await ownPglite.close();
    },
  };
}

async function listenPostgres(url: string, channel: string, handlers: { onNotify(): void; onLost(): void }): Promise<Listener> {
  const client = new pg.Client({ connectionString: url });
  let closing = false;
  let lost = false;
  const lose = () => {
    if (closing || lost) return;
    lost = true;
    handlers.onLost();
    client.end().catch(() => {});
  };
  client.on('error', lose);
  client.on('end', lose);
  client.on('notification', (message) => {
    if (message.channel === channel) handlers.onNotify();
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${channel}`);
  } catch (error) {
    closing = true;
    await client.end().catch(() => {});
    throw error;
  }
  return {
    async close() {
      closing = true;
      await client.end().catch(() => {});
    },
  };
}

/** PGlite is one process and one session: its notifications never get lost. */
async function listenPglite(pglite: PGlite, channel: string, handlers: { onNotify(): void }): Promise<Listener> {
  const unlisten = await pglite.listen(channel, () => handlers.onNotify());
  return { close: () => unlisten().catch(() => {}) };
}

/**
 * Runs raw, already-parameterised SQL on an executor (lets pg-boss write inside our transaction).
 * pg-boss's job inserts have one fixed text per queue, so they run as prepared statements.
 */
export function rawExecutor(executor: Executor) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (!preparedNames.has(text)) prepareStatement(nameOf(text), text);
      const result = await executor.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as any[] };
    },
  };
}
