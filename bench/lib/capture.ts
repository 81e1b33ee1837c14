import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type CompiledQuery } from 'kysely';
import type { Database } from '../../src/database.ts';

/**
 * The last statement Portico's code sends, captured by running it on a Kysely with a dummy driver
 * (every query answers no rows): a baseline or an EXPLAIN then runs exactly that text, and follows
 * it when the code changes.
 */
export async function captureQuery(run: (db: Kysely<Database>) => Promise<unknown>): Promise<CompiledQuery> {
  let captured: CompiledQuery | undefined;
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      captured = event.query;
    },
  });
  await run(db);
  await db.destroy();
  if (!captured) throw new Error('no query was sent');
  return captured;
}
