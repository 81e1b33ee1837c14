import { runPrepared, type Executor } from '../../platform/db/db.ts';

const columns = [
  'k.id', 'k.key', 'k.company_id', 'k.port_id', 'k.single_use', 'k.max_speed_mbps', 'k.vlan', 'k.valid_from', 'k.valid_to', 'k.active',
  'k.pre_approved', 'k.description', 'k.last_used_at', 'k.used_count', 'k.spent_at', 'k.created_at',
] as const;

/** A key with its port's name, location and state (what the provider and the ordering customer see). */
const withPort = (db: Executor) =>
  db.selectFrom('service_keys as k').innerJoin('port_directory as p', 'p.id', 'k.port_id').innerJoin('company_directory as c', 'c.id', 'k.company_id')
    .select([
      ...columns, 'p.name as port_name', 'p.location_id', 'p.location_country', 'p.speed_mbps as port_speed_mbps', 'p.provisioning_status as port_status',
      'p.marketplace_visibility as port_visibility', 'c.name as company_name', 'c.type as company_type', 'c.partner_id as company_partner_id',
    ]);

export type ServiceKeyRow = NonNullable<Awaited<ReturnType<typeof findKeyById>>>;

export const findKeyById = (db: Executor, id: string) => withPort(db).where('k.id', '=', id).executeTakeFirst();
/** Ordering looks keys up by value on every keyed order: prepared. */
export const findKeyByKey = async (db: Executor, key: string) => (await runPrepared(db, withPort(db).where('k.key', '=', key)))[0];

export function listKeys(db: Executor, filter: { companyIds: string[] | null; portId?: string; after: string | null; limit: number }) {
  let query = withPort(db);
  if (filter.companyIds) query = query.where('k.company_id', 'in', filter.companyIds);
  if (filter.portId) query = query.where('k.port_id', '=', filter.portId);
  if (filter.after) query = query.where('k.id', '>', filter.after);
  return query.orderBy('k.id').limit(filter.limit + 1).execute();
}

export async function insertKey(
  db: Executor,
  v: {
    id: string; key: string; companyId: string; portId: string; singleUse: boolean; maxSpeedMbps: number; vlan: number | null; validFrom: Date | null;
    validTo: Date | null; active: boolean; preApproved: boolean; description: string | null; createdBy: string; createdAt?: Date;
  },
) {
  await db.insertInto('service_keys').values({
    id: v.id, key: v.key, company_id: v.companyId, port_id: v.portId, single_use: v.singleUse, max_speed_mbps: v.maxSpeedMbps, vlan: v.vlan,
    valid_from: v.validFrom, valid_to: v.validTo, active: v.active, pre_approved: v.preApproved, description: v.description, created_by: v.createdBy,
    ...(v.createdAt ? { created_at: v.createdAt } : {}),
  }).execute();
  return (await findKeyById(db, v.id))!;
}

export async function updateKey(db: Executor, id: string, changes: { active?: boolean; description?: string | null; valid_to?: Date | null }) {
  await db.updateTable('service_keys').set(changes).where('id', '=', id).execute();
  return (await findKeyById(db, id))!;
}

/**
 * Spends a single-use key. The row lock and the `spent_at IS NULL` guard make two concurrent orders
 * with one key produce exactly one connection: the second finds it spent.
 */
export function spendSingleUse(db: Executor, id: string) {
  return db
    .updateTable('service_keys')
    .set({ spent_at: new Date(), last_used_at: new Date(), used_count: 1 })
    .where('id', '=', id)
    .where('single_use', '=', true)
    .where('spent_at', 'is', null)
    .where('active', '=', true)
    .returning('id')
    .executeTakeFirst();
}

/**
 * Gives a spent single-use key back (its request was withdrawn or denied before it went live). Runs
 * only in the transaction that won that move, so it happens once; the guard makes a repeat a no-op.
 */
export function restoreSingleUse(db: Executor, id: string) {
  return db
    .updateTable('service_keys')
    .set({ spent_at: null })
    .where('id', '=', id)
    .where('single_use', '=', true)
    .where('spent_at', 'is not', null)
    .returning('id')
    .executeTakeFirst();
}

/** Records a use of a multi-use key (from the used event, so orders never queue on the key's row). */
export function recordUse(db: Executor, id: string, at: Date) {
  return db
    .updateTable('service_keys')
    .set((eb) => ({ used_count: eb('used_count', '+', 1), last_used_at: eb.fn('greatest', [eb.fn.coalesce('last_used_at', eb.val(at)), eb.val(at)]) }))
    .where('id', '=', id)
    .where('single_use', '=', false)
    .execute();
}
