import { sql } from 'kysely';
import { runPrepared, type Executor } from '../../platform/db/db.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { SubscriberRole } from './wholesale.tables.ts';

const COLUMNS = ['id', 'customer_id', 'email', 'first_name', 'last_name', 'package', 'role', 'location_id', 'extension', 'created_at', 'updated_at', 'removed_at'] as const;

export type SubscriberRow = NonNullable<Awaited<ReturnType<typeof findSubscriber>>>;

/** An active subscriber; `forUpdate` locks it for the rest of the transaction. */
export function findSubscriber(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.selectFrom('wholesale_subscribers').select(COLUMNS).where('id', '=', id).where('removed_at', 'is', null);
  return runPrepared(db, options.forUpdate ? query.forUpdate() : query).then((rows) => rows[0]);
}

/** A subscriber, also a removed one (a notice of its removal names it). */
export function findSubscriberEver(db: Executor, id: string) {
  return db.selectFrom('wholesale_subscribers').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export interface NewSubscriber {
  id: string;
  customerId: string;
  email: string;
  firstName: string;
  lastName: string;
  package: string;
  role: SubscriberRole;
  locationId: string | null;
  extension: string | null;
  at: Date;
}

/**
 * Takes one of the customer's package from its cap and, only if there was one, writes the
 * subscriber and opens its package period: one statement (a data-modifying CTE) for what were
 * three round trips on the hot path. Undefined when the cap is reached: nothing is written.
 * Throws the unique violation wholesale_subscribers_email (or _extension) when the e-mail
 * (extension) is an active subscriber's.
 */
export async function takeOneAndInsert(db: Executor, v: NewSubscriber): Promise<SubscriberRow | undefined> {
  const query = sql<SubscriberRow>`
    WITH took AS (
      UPDATE wholesale_package_lines SET assigned = assigned + 1
       WHERE customer_id = ${v.customerId}::uuid AND name = ${v.package}::text AND assigned < quantity
      RETURNING customer_id
    ), added AS (
      INSERT INTO wholesale_subscribers (id, customer_id, email, first_name, last_name, package, role, location_id, extension, created_at, updated_at)
      SELECT ${v.id}::uuid, customer_id, ${v.email}::text, ${v.firstName}::text, ${v.lastName}::text, ${v.package}::text, ${v.role}::text,
             ${v.locationId}::uuid, ${v.extension}::text, ${v.at}::timestamptz, ${v.at}::timestamptz
        FROM took
      RETURNING ${sql.join(COLUMNS.map((c) => sql.ref(c)))}
    ), period AS (
      INSERT INTO wholesale_assignments (id, customer_id, subscriber_id, package, started_at)
      SELECT ${uuidv7()}::uuid, customer_id, id, package, created_at FROM added
    )
    SELECT * FROM added`;
  const [row] = await runPrepared(db, { compile: () => query.compile(db) });
  return row;
}

export function updateSubscriber(db: Executor, id: string, v: { package: string; role: SubscriberRole; locationId: string | null; extension: string | null; at: Date }) {
  return db.updateTable('wholesale_subscribers').set({ package: v.package, role: v.role, location_id: v.locationId, extension: v.extension, updated_at: v.at })
    .where('id', '=', id).returning(COLUMNS).executeTakeFirstOrThrow();
}

export function markRemoved(db: Executor, id: string, at: Date) {
  return db.updateTable('wholesale_subscribers').set({ removed_at: at, updated_at: at }).where('id', '=', id).where('removed_at', 'is', null).execute();
}

/** A customer's active subscribers, oldest first, `limit + 1` rows after the cursor's id. */
export function listSubscribers(db: Executor, v: { customerId: string; after: string | null; limit: number }) {
  let query = db.selectFrom('wholesale_subscribers').select(COLUMNS).where('customer_id', '=', v.customerId).where('removed_at', 'is', null);
  if (v.after) query = query.where('id', '>', v.after);
  return query.orderBy('id').limit(v.limit + 1).execute();
}

/** Which of these e-mails are active subscribers' (lower case). */
export async function emailsInUse(db: Executor, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const lower = emails.map((e) => e.toLowerCase());
  // = ANY($1): one prepared text for any number of e-mails.
  const rows = await runPrepared(db, db.selectFrom('wholesale_subscribers').select((eb) => eb.fn<string>('lower', ['email']).as('email'))
    .where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn.any(eb.val(lower)))).where('removed_at', 'is', null));
  return new Set(rows.map((r) => r.email));
}

/** Which of these extensions the customer's active subscribers hold. */
export async function extensionsInUse(db: Executor, customerId: string, extensions: string[]): Promise<Set<string>> {
  if (extensions.length === 0) return new Set();
  const rows = await db.selectFrom('wholesale_subscribers').select('extension').where('customer_id', '=', customerId)
    .where('extension', 'in', extensions).where('removed_at', 'is', null).execute();
  return new Set(rows.map((r) => r.extension!));
}

/** Opens the subscriber's package period (the package-days of billing reports). */
export async function openAssignment(db: Executor, v: { customerId: string; subscriberId: string; package: string; at: Date }) {
  await runPrepared(db, db.insertInto('wholesale_assignments').values({ id: uuidv7(), customer_id: v.customerId, subscriber_id: v.subscriberId, package: v.package, started_at: v.at }));
}

export async function closeAssignment(db: Executor, subscriberId: string, at: Date) {
  await db.updateTable('wholesale_assignments').set({ ended_at: at }).where('subscriber_id', '=', subscriberId).where('ended_at', 'is', null).execute();
}
