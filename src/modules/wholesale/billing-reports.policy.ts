import { daysIn, findPrice, formatMinor, type Month, type PriceItem } from '../billing/index.ts';
import type { ReportType } from './wholesale.tables.ts';

/**
 * Billing reports, pure (docs/wholesale.md, "Billing reports"). A subscriber's package counts for each
 * UTC day of the range on which it was held at any moment; on a day its package changed, the day is
 * the new package's (the one in force at the day's end, as invoices treat rate changes). An add-on
 * counts its quantity for each day (quantity-days), by the same rule. A package-day is 1/(days in
 * the month) of the package's monthly price in the customer's market (its billing country), rounded
 * half up per month and row like invoices; customer and partner reports add up the user report's
 * rows, so the three reconcile to the minor unit.
 */

export const MAX_REPORT_DAYS = 366;
const DAY_MS = 86_400_000;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A day number (days since 1970-01-01 UTC) from YYYY-MM-DD, and back. */
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Whether `iso` is a real calendar day (2026-02-30 is not). */
export const isCalendarDay = (iso: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(iso) && Number.isFinite(dayNumber(iso)) && isoDay(dayNumber(iso)) === iso;

/** What one report row counts: a subscriber's package, or an add-on line at one quantity. */
export interface Holding {
  customerId: string;
  externalId: string;
  customerName: string;
  /** The customer's billing country: the market of its prices. */
  market: string;
  subscriberId: string | null;
  email: string | null;
  subscriberName: string | null;
  package: string;
  kind: 'base' | 'addon';
  quantity: number;
  start: Date;
  end: Date | null;
}

/**
 * The days of [fromDay, toDay] each holding of one chain (a subscriber's packages, or an add-on line's
 * quantities, ordered by start) is charged for: live at any moment of the day, and the day of a change
 * belongs to the next holding.
 */
export function chargedDays<H extends Pick<Holding, 'start' | 'end'>>(chain: readonly H[], fromDay: number, toDay: number): { holding: H; first: number; last: number }[] {
  const charged: { holding: H; first: number; last: number }[] = [];
  chain.forEach((holding, i) => {
    const next = chain[i + 1];
    const first = Math.max(fromDay, Math.floor(holding.start.getTime() / DAY_MS));
    let last = Math.min(toDay, holding.end === null ? toDay : Math.ceil(holding.end.getTime() / DAY_MS) - 1);
    if (next) last = Math.min(last, Math.floor(next.start.getTime() / DAY_MS) - 1);
    if (first <= last) charged.push({ holding, first, last });
  });
  return charged;
}

/** A run of days split by calendar month: each month's days. */
function byMonth(first: number, last: number): { month: Month; days: number }[] {
  const parts: { month: Month; days: number }[] = [];
  let day = first;
  while (day <= last) {
    const date = new Date(day * DAY_MS);
    const month = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
    const monthLast = day + daysIn(month) - date.getUTCDate();
    const until = Math.min(last, monthLast);
    parts.push({ month, days: until - day + 1 });
    day = until + 1;
  }
  return parts;
}

/** monthly × quantity × days / days in the month, half up, per month (as invoices prorate). */
const prorated = (monthlyMinor: number, quantity: number, first: number, last: number): number =>
  byMonth(first, last).reduce((sum, { month, days }) => {
    const dim = daysIn(month);
    return sum + Math.floor((2 * monthlyMinor * quantity * days + dim) / (2 * dim));
  }, 0);

/** One line of the user report, before it is printed. */
export interface UsageRow {
  holding: Holding;
  first: number;
  last: number;
  days: number;
  packageDays: number;
  price: PriceItem | undefined;
  amountMinor: number | null;
}

/** Groups holdings into their chains: by subscriber, or by customer and add-on. */
function chains(holdings: readonly Holding[]): Holding[][] {
  const groups = new Map<string, Holding[]>();
  for (const h of holdings) {
    const key = h.subscriberId ?? `${h.customerId}|${h.package}`;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  return [...groups.values()].map((chain) => chain.sort((a, b) => a.start.getTime() - b.start.getTime()));
}

/** The user report's rows: one per subscriber and package (per add-on line and quantity), priced. */
export function usageRows(holdings: readonly Holding[], book: readonly PriceItem[], fromDay: number, toDay: number): UsageRow[] {
  const rows = new Map<string, UsageRow>();
  for (const chain of chains(holdings)) {
    for (const { holding, first, last } of chargedDays(chain, fromDay, toDay)) {
      const key = `${holding.customerId}|${holding.subscriberId ?? ''}|${holding.package}|${holding.quantity}`;
      const price = findPrice(book, { product: 'package', package: holding.package, market: holding.market });
      const amount = price ? prorated(price.monthlyMinor, holding.quantity, first, last) : null;
      const days = last - first + 1;
      const row = rows.get(key);
      if (!row) {
        rows.set(key, { holding, first, last, days, packageDays: days * holding.quantity, price, amountMinor: amount });
        continue;
      }
      row.first = Math.min(row.first, first);
      row.last = Math.max(row.last, last);
      row.days += days;
      row.packageDays += days * holding.quantity;
      row.amountMinor = row.amountMinor === null || amount === null ? null : row.amountMinor + amount;
    }
  }
  const order = (r: UsageRow) => [r.holding.customerName, r.holding.externalId, r.holding.kind === 'base' ? '0' : '1', r.holding.email ?? '', r.holding.package, String(r.holding.quantity).padStart(6, '0')].join('\u0000');
  return [...rows.values()].sort((a, b) => compare(order(a), order(b)));
}

const money = (minor: number | null, price: PriceItem | undefined) => (minor === null || !price ? null : formatMinor(minor, price.currency));

export const REPORT_HEADERS: Record<ReportType, string[]> = {
  user: ['customer_external_id', 'customer_name', 'subscriber_email', 'subscriber_name', 'package', 'kind', 'quantity', 'first_day', 'last_day', 'package_days', 'market', 'currency', 'amount'],
  customer: ['customer_external_id', 'customer_name', 'package', 'kind', 'subscribers', 'package_days', 'market', 'currency', 'amount'],
  partner: ['package', 'kind', 'customers', 'subscribers', 'package_days', 'currency', 'amount'],
};

type Cell = string | number | null;

/** Adds up user rows by a key into one printed row each (amounts null when any part has no price). */
function sums(rows: readonly UsageRow[], keyOf: (r: UsageRow) => string, print: (first: UsageRow, totals: { customers: number; subscribers: number; packageDays: number; amountMinor: number | null }) => Cell[]): Cell[][] {
  const groups = new Map<string, UsageRow[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return [...groups.values()].map((group) => print(group[0]!, {
    customers: new Set(group.map((r) => r.holding.customerId)).size,
    subscribers: new Set(group.map((r) => r.holding.subscriberId).filter((id) => id !== null)).size,
    packageDays: group.reduce((sum, r) => sum + r.packageDays, 0),
    amountMinor: group.some((r) => r.amountMinor === null) ? null : group.reduce((sum, r) => sum + r.amountMinor!, 0),
  }));
}

/** The report's CSV rows (without the header) for its type. */
export function reportRows(type: ReportType, rows: readonly UsageRow[]): Cell[][] {
  if (type === 'user') {
    return rows.map((r) => [
      r.holding.externalId, r.holding.customerName, r.holding.email, r.holding.subscriberName, r.holding.package, r.holding.kind, r.holding.quantity,
      isoDay(r.first), isoDay(r.last), r.packageDays, r.holding.market, r.price?.currency ?? null, money(r.amountMinor, r.price),
    ]);
  }
  if (type === 'customer') {
    return sums(rows, (r) => `${r.holding.customerId}|${r.holding.package}`, (r, t) => [
      r.holding.externalId, r.holding.customerName, r.holding.package, r.holding.kind, r.holding.kind === 'base' ? t.subscribers : null, t.packageDays, r.holding.market,
      r.price?.currency ?? null, money(t.amountMinor, r.price),
    ]);
  }
  const rank = (r: UsageRow) => `${r.holding.kind === 'base' ? 0 : 1}${r.holding.package}`;
  const sorted = [...rows].sort((a, b) => compare(rank(a), rank(b)));
  return sums(sorted, (r) => `${r.holding.package}|${r.price?.currency ?? ''}`, (r, t) => [
    r.holding.package, r.holding.kind, t.customers, r.holding.kind === 'base' ? t.subscribers : null, t.packageDays, r.price?.currency ?? null, money(t.amountMinor, r.price),
  ]);
}
