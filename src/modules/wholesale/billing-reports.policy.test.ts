import { describe, expect, it } from 'vitest';
import { chargedDays, dayNumber, isCalendarDay, isoDay, usageRows, type Holding } from './billing-reports.policy.ts';

const day = (iso: string) => dayNumber(iso);
const held = (start: string, end: string | null) => ({ start: new Date(start), end: end ? new Date(end) : null });
const days = (chain: ReturnType<typeof held>[], from: string, to: string) =>
  chargedDays(chain, day(from), day(to)).map((c) => [isoDay(c.first), isoDay(c.last)]);

describe('billing report days', () => {
  it('knows calendar days', () => {
    expect(['2026-02-28', '2024-02-29', '2026-12-31'].map(isCalendarDay)).toEqual([true, true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '26-01-01', ''].map(isCalendarDay)).toEqual([false, false, false, false, false]);
  });

  it('counts a day held at any moment; an end at midnight does not count the day it begins', () => {
    expect(days([held('2026-03-10T23:59:00Z', '2026-03-12T00:00:00Z')], '2026-03-01', '2026-03-31')).toEqual([['2026-03-10', '2026-03-11']]);
    expect(days([held('2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z')], '2026-03-01', '2026-03-31')).toEqual([['2026-03-10', '2026-03-10']]);
    expect(days([held('2026-02-01T00:00:00Z', null)], '2026-03-01', '2026-03-05')).toEqual([['2026-03-01', '2026-03-05']]);
    expect(days([held('2026-04-01T00:00:00Z', null)], '2026-03-01', '2026-03-31')).toEqual([]);
  });

  it('gives the day of a change to the new package, and drops one held only within that day', () => {
    const chain = [held('2026-03-01T00:00:00Z', '2026-03-10T09:00:00Z'), held('2026-03-10T09:00:00Z', '2026-03-10T15:00:00Z'), held('2026-03-10T15:00:00Z', null)];
    expect(days(chain, '2026-03-01', '2026-03-31')).toEqual([['2026-03-01', '2026-03-09'], ['2026-03-10', '2026-03-31']]);
  });

  it('prorates by month across a year end, and one subscriber back on a package is one row', () => {
    const base = { customerId: 'c', externalId: 'x', customerName: 'C', market: 'DE', subscriberId: 's', email: 'a@b.c', subscriberName: 'A', kind: 'base' as const, quantity: 1 };
    const holdings: Holding[] = [
      { ...base, package: 'meetings', ...held('2025-12-20T00:00:00Z', '2026-01-05T00:00:00Z') },
      { ...base, package: 'suite', ...held('2026-01-05T00:00:00Z', '2026-01-10T00:00:00Z') },
      { ...base, package: 'meetings', ...held('2026-01-10T00:00:00Z', null) },
    ];
    const book = [{ product: 'package' as const, package: 'meetings', market: 'DE', currency: 'EUR', monthlyMinor: 3100 }];
    const rows = usageRows(holdings, book, day('2025-12-01'), day('2026-01-31'));
    // meetings: 20–31 Dec (12 d: 3100×12/31 = 1200), 1–4 Jan and 10–31 Jan (26 d: 2600); suite has no price.
    expect(rows.map((r) => [r.holding.package, isoDay(r.first), isoDay(r.last), r.days, r.amountMinor])).toEqual([
      ['meetings', '2025-12-20', '2026-01-31', 38, 1200 + 400 + 2200],
      ['suite', '2026-01-05', '2026-01-09', 5, null],
    ]);
  });
});
