import type { ColumnType } from 'kysely';

export type PricedProduct = 'port' | 'mcr' | 'vxc' | 'package';

/** One priced item of the operator's price book (migrations/0017_price_book.sql). */
export interface PriceBookItemsTable {
  id: string;
  position: number;
  product: PricedProduct;
  /** ISO 3166-1 alpha-2: the billing market (a location's country). */
  market: string;
  /** ISO 4217; every item of a market has the same. */
  currency: string;
  speed_mbps: number | null;
  rate_limit_min_mbps: number | null;
  rate_limit_max_mbps: number | null;
  package: string | null;
  monthly_minor: number;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date | undefined>;
}

export interface BillingTables {
  price_book_items: PriceBookItemsTable;
}
