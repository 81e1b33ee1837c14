import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { ReportStatus, ReportType } from './wholesale.tables.ts';

// The dates as YYYY-MM-DD text: the drivers would turn a `date` into a Date at local midnight.
const COLUMNS = [
  'id', 'partner_id', 'requested_by', 'type', 'status', 'row_count', 'error', 'created_at', 'completed_at',
  sql<string>`to_char(from_date, 'YYYY-MM-DD')`.as('from_date'), sql<string>`to_char(to_date, 'YYYY-MM-DD')`.as('to_date'),
] as const;

export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

export function findReport(db: Executor, id: string) {
  return db.selectFrom('wholesale_billing_reports').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function reportCsv(db: Executor, id: string): Promise<string | null> {
  return (await db.selectFrom('wholesale_billing_reports').select('csv').where('id', '=', id).executeTakeFirst())?.csv ?? null;
}

/** Newest first; `before` is the last id of the previous page. */
export function listReports(db: Executor, v: { partnerId: string | null; before: string | null; limit: number }) {
  let query = db.selectFrom('wholesale_billing_reports').select(COLUMNS);
  if (v.partnerId) query = query.where('partner_id', '=', v.partnerId);
  if (v.before) query = query.where('id', '<', v.before);
  return query.orderBy('id', 'desc').limit(v.limit + 1).execute();
}

export async function insertReport(db: Executor, v: { id: string; partnerId: string; requestedBy: string | null; type: ReportType; from: string; to: string }) {
  await db.insertInto('wholesale_billing_reports').values({
    id: v.id, partner_id: v.partnerId, requested_by: v.requestedBy, type: v.type, from_date: v.from, to_date: v.to, status: 'queued',
  }).execute();
}

/** Moves a report on from one of `from`; false when it is in none of them (done already, or another run has it). */
export async function setStatus(db: Executor, id: string, from: ReportStatus[], v: { status: ReportStatus; csv?: string; rowCount?: number; error?: string }) {
  const done = v.status === 'ready' || v.status === 'failed';
  const result = await db.updateTable('wholesale_billing_reports')
    .set({ status: v.status, csv: v.csv ?? null, row_count: v.rowCount ?? null, error: v.error ?? null, ...(done ? { completed_at: new Date() } : {}) })
    .where('id', '=', id).where('status', 'in', from).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The partner's subscribers' package assignments that overlap [start, end), with their customer. */
export function assignmentsOverlapping(db: Executor, partnerId: string, start: Date, end: Date) {
  return db.selectFrom('wholesale_assignments as a')
    .innerJoin('wholesale_subscribers as s', 's.id', 'a.subscriber_id')
    .innerJoin('wholesale_customers as c', 'c.id', 'a.customer_id')
    .select(['a.subscriber_id', 'a.package', 'a.started_at', 'a.ended_at', 's.email', 's.first_name', 's.last_name', 'c.id as customer_id', 'c.external_id', 'c.name as customer_name', 'c.country'])
    .where('c.partner_id', '=', partnerId).where('a.started_at', '<', end)
    .where((eb) => eb.or([eb('a.ended_at', 'is', null), eb('a.ended_at', '>', start)]))
    .orderBy('a.subscriber_id').orderBy('a.started_at').orderBy('a.id')
    .execute();
}

/** The quantity periods of these package lines (the add-ons) that overlap [start, end), with their customer. */
export function linePeriodsOverlapping(db: Executor, partnerId: string, names: string[], start: Date, end: Date) {
  if (names.length === 0) return Promise.resolve([]);
  return db.selectFrom('wholesale_line_periods as p')
    .innerJoin('wholesale_customers as c', 'c.id', 'p.customer_id')
    .select(['p.name', 'p.quantity', 'p.started_at', 'p.ended_at', 'c.id as customer_id', 'c.external_id', 'c.name as customer_name', 'c.country'])
    .where('c.partner_id', '=', partnerId).where('p.name', 'in', names).where('p.started_at', '<', end)
    .where((eb) => eb.or([eb('p.ended_at', 'is', null), eb('p.ended_at', '>', start)]))
    .orderBy('p.customer_id').orderBy('p.started_at').orderBy('p.id')
    .execute();
}
