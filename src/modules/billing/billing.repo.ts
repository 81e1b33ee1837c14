import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { PriceItem } from './billing.pricebook.ts';
import type { ChargeLine } from './billing.charges.ts';
import type { PriceBookItemsTable } from './billing.tables.ts';

const ITEM_COLUMNS = ['product', 'market', 'currency', 'speed_mbps', 'rate_limit_min_mbps', 'rate_limit_max_mbps', 'package', 'monthly_minor'] as const;
type ItemRow = Pick<PriceBookItemsTable, (typeof ITEM_COLUMNS)[number]>;

const toItem = (row: ItemRow): PriceItem => ({
  product: row.product,
  ...(row.speed_mbps !== null ? { speedMbps: row.speed_mbps } : {}),
  ...(row.rate_limit_min_mbps !== null ? { rateLimitMinMbps: row.rate_limit_min_mbps } : {}),
  ...(row.rate_limit_max_mbps !== null ? { rateLimitMaxMbps: row.rate_limit_max_mbps } : {}),
  ...(row.package !== null ? { package: row.package } : {}),
  market: row.market,
  currency: row.currency,
  monthlyMinor: Number(row.monthly_minor),
});

/** The whole book, in the order it was written. */
export async function priceBook(db: Executor, market?: string): Promise<PriceItem[]> {
  let query = db.selectFrom('price_book_items').select(ITEM_COLUMNS);
  if (market) query = query.where('market', '=', market);
  return (await query.orderBy('position').execute()).map(toItem);
}

export async function priceBookUpdatedAt(db: Executor): Promise<Date | null> {
  const row = await db.selectFrom('price_book_items').select((eb) => eb.fn.max('updated_at').as('at')).executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

/** Serialises replacements of the book (one at a time; readers are not blocked). */
export async function lockPriceBook(db: Executor): Promise<void> {
  await sql`LOCK TABLE price_book_items IN SHARE ROW EXCLUSIVE MODE`.execute(db);
}

/** Replaces every item (call under lockPriceBook, in the caller's transaction); returns how many were removed. */
export async function replacePriceBook(db: Executor, items: (PriceItem & { id: string })[], by: string | null): Promise<number> {
  const removed = await db.deleteFrom('price_book_items').executeTakeFirst();
  if (items.length > 0) {
    await db.insertInto('price_book_items').values(items.map((item, position) => ({
      id: item.id, position, product: item.product, market: item.market, currency: item.currency,
      speed_mbps: item.speedMbps ?? null, rate_limit_min_mbps: item.rateLimitMinMbps ?? null, rate_limit_max_mbps: item.rateLimitMaxMbps ?? null,
      package: item.package ?? null, monthly_minor: item.monthlyMinor, updated_by: by,
    }))).execute();
  }
  return Number(removed.numDeletedRows);
}

// Invoices.

/** A charge line as an invoice keeps it: its position, and the account whose service it is. */
export type NewInvoiceLine = Omit<ChargeLine, 'companyId'> & { position: number; accountCompanyId: string; accountName: string; accountRef: string | null };

/** A company's invoice of a month, numbered `INV-YYYYMM-000042`; undefined when it already has one (the month was closed). */
export function insertInvoice(db: Executor, invoice: { id: string; companyId: string; month: string; totals: { currency: string; amountMinor: number }[] }) {
  return db.insertInto('invoices')
    .values({
      id: invoice.id, company_id: invoice.companyId, month: invoice.month, totals: JSON.stringify(invoice.totals),
      number: sql<string>`'INV-' || ${invoice.month.replace('-', '')} || '-' || lpad(nextval('invoice_numbers')::text, 6, '0')`,
    })
    .onConflict((oc) => oc.columns(['company_id', 'month']).doNothing())
    .returning(['id', 'number'])
    .executeTakeFirst();
}

export async function insertInvoiceLines(db: Executor, invoiceId: string, lines: NewInvoiceLine[]): Promise<void> {
  if (lines.length === 0) return;
  await db.insertInto('invoice_lines').values(lines.map((l) => ({
    invoice_id: invoiceId, position: l.position, account_company_id: l.accountCompanyId, account_name: l.accountName, account_ref: l.accountRef,
    product: l.product, service_id: l.serviceId, service_name: l.serviceName, market: l.market, currency: l.currency, mbps: l.mbps,
    first_day: l.firstDay, last_day: l.lastDay, days: l.days, days_in_month: l.daysInMonth, monthly_minor: l.monthlyMinor, amount_minor: l.amountMinor,
  }))).execute();
}

const INVOICE_COLUMNS = ['id', 'company_id', 'month', 'number', 'totals', 'created_at'] as const;

/** Invoices newest first (by id, which is time-ordered); `companyId` null = every company's (the operator). */
export function listInvoices(db: Executor, options: { companyId: string | null; month?: string; before: string | null; limit: number }) {
  let query = db.selectFrom('invoices').select(INVOICE_COLUMNS);
  if (options.companyId) query = query.where('company_id', '=', options.companyId);
  if (options.month) query = query.where('month', '=', options.month);
  if (options.before) query = query.where('id', '<', options.before);
  return query.orderBy('id', 'desc').limit(options.limit + 1).execute();
}

export function findInvoice(db: Executor, id: string) {
  return db.selectFrom('invoices').select(INVOICE_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export type InvoiceRow = NonNullable<Awaited<ReturnType<typeof findInvoice>>>;

export function invoiceLines(db: Executor, invoiceId: string) {
  return db.selectFrom('invoice_lines').selectAll().where('invoice_id', '=', invoiceId).orderBy('position').execute();
}

export type InvoiceLineRow = Awaited<ReturnType<typeof invoiceLines>>[number];

/** Claims a month's close (true once per month, whichever worker asks first). */
export async function claimClose(db: Executor, month: string): Promise<boolean> {
  const row = await db.insertInto('billing_close_schedule').values({ month }).onConflict((oc) => oc.column('month').doNothing()).returning('month').executeTakeFirst();
  return row !== undefined;
}

export async function markClosed(db: Executor, month: string): Promise<void> {
  await db.insertInto('billing_close_schedule').values({ month, closed_at: new Date() })
    .onConflict((oc) => oc.column('month').doUpdateSet({ closed_at: new Date() })).execute();
}
