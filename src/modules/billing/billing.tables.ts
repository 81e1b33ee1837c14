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


export interface InvoicesTable {
  id: string;
  company_id: string;
  /** `YYYY-MM`. */
  month: string;
  number: string;
  totals: ColumnType<{ currency: string; amountMinor: number }[], string, never>;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface InvoiceLinesTable {
  invoice_id: string;
  position: number;
  account_company_id: string;
  account_name: string;
  account_ref: string | null;
  product: 'port' | 'mcr' | 'vxc';
  service_id: string;
  service_name: string;
  market: string;
  currency: string;
  mbps: number;
  first_day: number;
  last_day: number;
  days: number;
  days_in_month: number;
  monthly_minor: number;
  amount_minor: number;
}

export interface BillingCloseScheduleTable {
  month: string;
  scheduled_at: ColumnType<Date, Date | undefined, never>;
  closed_at: Date | null;
}

export interface BillingTables {
  price_book_items: PriceBookItemsTable;
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  billing_close_schedule: BillingCloseScheduleTable;
}
