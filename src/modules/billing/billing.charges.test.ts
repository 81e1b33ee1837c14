import { describe, expect, it } from 'vitest';
import { chargedRuns, daysIn, monthlyCharges, previousMonth, prorate, totalsOf, type ServicePeriod } from './billing.charges.ts';
import type { PriceItem } from './billing.pricebook.ts';

const BOOK: PriceItem[] = [
  { product: 'port', speedMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 45000 },
  { product: 'port', speedMbps: 10000, market: 'DE', currency: 'EUR', monthlyMinor: 120000 },
  { product: 'mcr', speedMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 30000 },
  { product: 'vxc', rateLimitMinMbps: 1, rateLimitMaxMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 20000 },
  { product: 'vxc', rateLimitMinMbps: 1001, rateLimitMaxMbps: 2000, market: 'DE', currency: 'EUR', monthlyMinor: 30000 },
  { product: 'port', speedMbps: 1000, market: 'GB', currency: 'GBP', monthlyMinor: 39000 },
];
const JAN = { year: 2026, month: 1 };
const FEB = { year: 2026, month: 2 };
const at = (iso: string) => new Date(iso);
const service = (over: Partial<ServicePeriod> & Pick<ServicePeriod, 'liveAt'>): ServicePeriod => ({
  product: 'port', serviceId: 's1', serviceName: 'Port', companyId: 'c1', market: 'DE', endedAt: null,
  rates: [{ from: over.liveAt, mbps: 1000 }], ...over,
});

describe('monthly charges', () => {
  it('months in UTC: 31 days in January, 28 in February 2026, 29 in February 2028; the month before', () => {
    expect(daysIn(JAN)).toBe(31);
    expect(daysIn(FEB)).toBe(28);
    expect(daysIn({ year: 2028, month: 2 })).toBe(29);
    expect(previousMonth(at('2026-01-01T00:30:00Z'))).toEqual({ year: 2025, month: 12 });
    expect(previousMonth(at('2026-03-15T00:00:00Z'))).toEqual({ year: 2026, month: 2 });
  });

  it('rounds half up to a minor unit', () => {
    expect(prorate(20000, 10, 31)).toBe(6452); // 6451.61
    expect(prorate(45000, 17, 31)).toBe(24677); // 24677.42
    expect(prorate(31, 1, 62)).toBe(1); // 0.5 → 1
    expect(prorate(45000, 31, 31)).toBe(45000);
  });

  it('a port held the whole month is charged its monthly price; one from before the month too', () => {
    const { lines } = monthlyCharges(JAN, [service({ liveAt: at('2025-11-03T10:00:00Z') })], BOOK);
    expect(lines).toEqual([expect.objectContaining({ firstDay: 1, lastDay: 31, days: 31, daysInMonth: 31, mbps: 1000, monthlyMinor: 45000, amountMinor: 45000, currency: 'EUR' })]);
  });

  it('a port that went live mid-month: from its UTC day on (live at 12:00 on the 15th: 17 days)', () => {
    const { lines } = monthlyCharges(JAN, [service({ liveAt: at('2026-01-15T12:00:00Z') })], BOOK);
    expect(lines).toEqual([expect.objectContaining({ firstDay: 15, lastDay: 31, days: 17, amountMinor: 24677 })]); // 45000 × 17 / 31
  });

  it('a decommission: up to and including its UTC day (a 10G port ended at 09:00 on the 20th: 20 days); ended at midnight: not that day', () => {
    const ended = service({ liveAt: at('2025-06-01T00:00:00Z'), endedAt: at('2026-01-20T09:00:00Z'), rates: [{ from: at('2025-06-01T00:00:00Z'), mbps: 10000 }] });
    expect(monthlyCharges(JAN, [ended], BOOK).lines).toEqual([expect.objectContaining({ firstDay: 1, lastDay: 20, days: 20, monthlyMinor: 120000, amountMinor: 77419 })]); // 77419.35
    const atMidnight = { ...ended, endedAt: at('2026-01-20T00:00:00Z') };
    expect(monthlyCharges(JAN, [atMidnight], BOOK).lines).toEqual([expect.objectContaining({ lastDay: 19, days: 19, amountMinor: 73548 })]); // 73548.39
    // Live and ended on the same day: one day.
    const oneDay = service({ liveAt: at('2026-02-10T08:00:00Z'), endedAt: at('2026-02-10T17:00:00Z') });
    expect(monthlyCharges(FEB, [oneDay], BOOK).lines).toEqual([expect.objectContaining({ firstDay: 10, lastDay: 10, days: 1, amountMinor: 1607 })]); // 45000 / 28 = 1607.14
    // Ended before the month: nothing.
    expect(monthlyCharges(FEB, [{ ...ended }], BOOK).lines).toEqual([]);
  });

  it('a mid-month speed change splits the month at its UTC day: the new rate from that day on', () => {
    const vxc: ServicePeriod = {
      product: 'vxc', serviceId: 'v1', serviceName: 'VXC', companyId: 'c1', market: 'DE', liveAt: at('2025-12-01T00:00:00Z'), endedAt: null,
      rates: [{ from: at('2025-12-01T00:00:00Z'), mbps: 1000 }, { from: at('2026-01-11T14:00:00Z'), mbps: 2000 }],
    };
    const { lines } = monthlyCharges(JAN, [vxc], BOOK);
    expect(lines.map(({ firstDay, lastDay, days, mbps, monthlyMinor, amountMinor }) => ({ firstDay, lastDay, days, mbps, monthlyMinor, amountMinor }))).toEqual([
      { firstDay: 1, lastDay: 10, days: 10, mbps: 1000, monthlyMinor: 20000, amountMinor: 6452 }, // 20000 × 10 / 31 = 6451.61
      { firstDay: 11, lastDay: 31, days: 21, mbps: 2000, monthlyMinor: 30000, amountMinor: 20323 }, // 30000 × 21 / 31 = 20322.58
    ]);
    expect(totalsOf(lines)).toEqual([{ currency: 'EUR', amountMinor: 26775 }]);
  });

  it('a change within one band keeps one price but still splits the line; two changes in a day: the last one counts', () => {
    const vxc: ServicePeriod = {
      product: 'vxc', serviceId: 'v2', serviceName: 'VXC', companyId: 'c1', market: 'DE', liveAt: at('2026-02-01T00:00:00Z'), endedAt: at('2026-02-21T06:00:00Z'),
      rates: [
        { from: at('2026-02-01T00:00:00Z'), mbps: 500 },
        { from: at('2026-02-08T09:00:00Z'), mbps: 2000 },
        { from: at('2026-02-08T18:00:00Z'), mbps: 800 },
      ],
    };
    expect(chargedRuns(FEB, vxc)).toEqual([{ firstDay: 1, lastDay: 7, mbps: 500 }, { firstDay: 8, lastDay: 21, mbps: 800 }]);
    const { lines } = monthlyCharges(FEB, [vxc], BOOK);
    expect(lines.map((l) => l.amountMinor)).toEqual([5000, 10000]); // 20000 × 7 / 28, 20000 × 14 / 28
  });

  it('each market its own book and currency; a service the book does not price is set apart', () => {
    const services = [
      service({ serviceId: 'gb', market: 'GB', liveAt: at('2025-01-01T00:00:00Z') }),
      service({ serviceId: 'mcr', product: 'mcr', liveAt: at('2025-01-01T00:00:00Z') }),
      service({ serviceId: 'fr', market: 'FR', liveAt: at('2025-01-01T00:00:00Z') }),
    ];
    const { lines, unpriced } = monthlyCharges(FEB, services, BOOK);
    expect(lines.map((l) => [l.serviceId, l.currency, l.amountMinor])).toEqual([['gb', 'GBP', 39000], ['mcr', 'EUR', 30000]]);
    expect(unpriced).toEqual([{ serviceId: 'fr', product: 'port', market: 'FR', mbps: 1000, days: 28 }]);
    expect(totalsOf(lines)).toEqual([{ currency: 'GBP', amountMinor: 39000 }, { currency: 'EUR', amountMinor: 30000 }]);
  });
});
