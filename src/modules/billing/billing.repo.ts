import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { PriceItem } from './billing.pricebook.ts';
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
