import type { Executor } from '../../platform/db/db.ts';
import type { EmailLanguage, WholesaleAddress } from './wholesale.tables.ts';

const LOCATION_COLUMNS = ['id', 'customer_id', 'name', 'address', 'time_zone', 'language', 'headquarters', 'created_at'] as const;
const NUMBER_COLUMNS = ['id', 'customer_id', 'location_id', 'number', 'subscriber_id', 'assigned_at', 'created_at'] as const;

export type LocationRow = NonNullable<Awaited<ReturnType<typeof findLocation>>>;
export type NumberRow = NonNullable<Awaited<ReturnType<typeof findNumber>>>;

export function findLocation(db: Executor, id: string) {
  return db.selectFrom('wholesale_locations').select(LOCATION_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findLocationByName(db: Executor, customerId: string, name: string) {
  return db.selectFrom('wholesale_locations').select(LOCATION_COLUMNS).where('customer_id', '=', customerId).where('name', '=', name).executeTakeFirst();
}

/** The new location, or undefined when the customer has one of that name already. */
export function insertLocation(db: Executor, v: { id: string; customerId: string; name: string; address: WholesaleAddress; timeZone: string; language: EmailLanguage }) {
  return db.insertInto('wholesale_locations').values({
    id: v.id, customer_id: v.customerId, name: v.name, address: JSON.stringify(v.address), time_zone: v.timeZone, language: v.language,
  }).onConflict((oc) => oc.columns(['customer_id', 'name']).doNothing()).returning(LOCATION_COLUMNS).executeTakeFirst();
}

export function listLocations(db: Executor, customerId: string) {
  return db.selectFrom('wholesale_locations').select(LOCATION_COLUMNS).where('customer_id', '=', customerId).orderBy('id').execute();
}

export function numbersOfLocations(db: Executor, locationIds: string[]) {
  if (locationIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('wholesale_numbers').select(NUMBER_COLUMNS).where('location_id', 'in', locationIds).orderBy('number').execute();
}

/** Which of these numbers are on the platform already (any customer's). */
export async function takenNumbers(db: Executor, numbers: string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await db.selectFrom('wholesale_numbers').select('number').where('number', 'in', numbers).execute();
  return new Set(rows.map((r) => r.number));
}

/** Adds numbers to a location: how many were added (fewer when another request added one meanwhile). */
export async function insertNumbers(db: Executor, v: { ids: string[]; customerId: string; locationId: string; numbers: string[] }) {
  if (v.numbers.length === 0) return 0;
  const rows = await db.insertInto('wholesale_numbers')
    .values(v.numbers.map((number, i) => ({ id: v.ids[i]!, customer_id: v.customerId, location_id: v.locationId, number })))
    .onConflict((oc) => oc.column('number').doNothing()).returning('id').execute();
  return rows.length;
}

export function findNumber(db: Executor, number: string) {
  return db.selectFrom('wholesale_numbers').select(NUMBER_COLUMNS).where('number', '=', number).executeTakeFirst();
}

export function numberOfSubscriber(db: Executor, subscriberId: string) {
  return db.selectFrom('wholesale_numbers').select(NUMBER_COLUMNS).where('subscriber_id', '=', subscriberId).executeTakeFirst();
}

export function numbersOfSubscribers(db: Executor, subscriberIds: string[]) {
  if (subscriberIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('wholesale_numbers').select(NUMBER_COLUMNS).where('subscriber_id', 'in', subscriberIds).execute();
}

/**
 * Assigns a free number: one conditional UPDATE (subscriber_id IS NULL), so of concurrent
 * assignments exactly one wins. False when it is assigned already.
 */
export async function assignNumber(db: Executor, numberId: string, subscriberId: string, at: Date): Promise<boolean> {
  const row = await db.updateTable('wholesale_numbers').set({ subscriber_id: subscriberId, assigned_at: at })
    .where('id', '=', numberId).where('subscriber_id', 'is', null).returning('id').executeTakeFirst();
  return row !== undefined;
}

/** Frees the subscriber's number (if any). */
export async function releaseNumber(db: Executor, subscriberId: string) {
  await db.updateTable('wholesale_numbers').set({ subscriber_id: null, assigned_at: null }).where('subscriber_id', '=', subscriberId).execute();
}
