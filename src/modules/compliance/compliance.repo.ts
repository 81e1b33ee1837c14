import { sql } from 'kysely';
import type { Executor, Tx } from '../../platform/db/db.ts';
import type { BadRow, ListEntry, ListFormat } from './lists.parse.ts';

const LIST_COLUMNS = ['id', 'list', 'version', 'checksum', 'entries', 'bad_rows', 'bad_row_sample', 'imported_by', 'imported_at', 'active'] as const;

/** One import at a time per list: the next waits for this transaction to end. */
export async function lockList(trx: Tx, list: ListFormat): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended('screening:list:' || ${list}::text, 0))`.execute(trx);
}

export function insertList(
  trx: Tx,
  v: { id: string; list: ListFormat; version: string; checksum: string; entries: number; badRows: number; badRowSample: BadRow[]; importedBy: string | null },
) {
  return trx.insertInto('screening_lists').values({
    id: v.id, list: v.list, version: v.version, checksum: v.checksum, entries: v.entries, bad_rows: v.badRows,
    bad_row_sample: JSON.stringify(v.badRowSample), imported_by: v.importedBy,
  }).returning(LIST_COLUMNS).executeTakeFirstOrThrow();
}

/** The entries of a list version, in batches (a batch's parameters stay far below PostgreSQL's 65,535). */
export async function insertEntries(trx: Tx, listId: string, entries: ListEntry[], onBatch?: (done: number) => void): Promise<void> {
  const BATCH = 1000;
  for (let i = 0; i < entries.length; i += BATCH) {
    await trx.insertInto('screening_entries').values(entries.slice(i, i + BATCH).map((e) => ({
      list_id: listId, entry_id: e.entryId, source: e.source, name: e.name, aliases: e.aliases, entity_type: e.entityType,
      addresses: e.addresses, countries: e.countries,
    }))).execute();
    onBatch?.(Math.min(i + BATCH, entries.length));
  }
}

/** Makes this version the list's active one; the previous versions' entries go (their records stay). */
export async function activate(trx: Tx, list: ListFormat, listId: string): Promise<{ replaced: string | null }> {
  const previous = await trx.updateTable('screening_lists').set({ active: false }).where('list', '=', list).where('active', '=', true).returning('id').executeTakeFirst();
  await trx.updateTable('screening_lists').set({ active: true }).where('id', '=', listId).execute();
  await trx.deleteFrom('screening_entries')
    .where('list_id', 'in', trx.selectFrom('screening_lists').select('id').where('list', '=', list).where('id', '<>', listId))
    .execute();
  return { replaced: previous?.id ?? null };
}

/** Every import, newest first. */
export const listImports = (db: Executor) => db.selectFrom('screening_lists').select(LIST_COLUMNS).orderBy('imported_at', 'desc').orderBy('id', 'desc').execute();

export const entryCount = async (db: Executor, listId: string) =>
  Number((await db.selectFrom('screening_entries').select((eb) => eb.fn.countAll<string>().as('n')).where('list_id', '=', listId).executeTakeFirstOrThrow()).n);

/** The active version of each list (what screening uses now). */
export const activeListIds = (db: Executor) =>
  db.selectFrom('screening_lists').select('id').where('active', '=', true).orderBy('id').execute().then((rows) => rows.map((r) => r.id));

/** Every entry of the active versions. */
export const activeEntries = (db: Executor) =>
  db.selectFrom('screening_entries as e').innerJoin('screening_lists as l', 'l.id', 'e.list_id').where('l.active', '=', true)
    .select(['e.entry_id', 'e.source', 'e.name', 'e.aliases', 'e.entity_type', 'e.addresses', 'e.countries']).execute();
