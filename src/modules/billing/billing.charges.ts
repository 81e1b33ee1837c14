import { findPrice, type PriceItem } from './billing.pricebook.ts';

/**
 * Monthly charges, pure (docs/billing.md, "Charges"). A month is a calendar month in UTC. A service
 * is charged for each UTC day on which it was live at any moment (went live before the day ended
 * and was not decommissioned before it began); a day is 1/(days in the month) of the monthly price.
 * A rate change splits the month at its UTC day: that day and those after are charged at the new
 * rate (with several changes in one day, the last one's). Each run of days at one rate is one line,
 * priced from the book of the service's market, its amount rounded half up to a minor unit.
 */

export interface Month {
  year: number;
  /** 1–12. */
  month: number;
}

/** One service's time live and its rates: `rates[0].from` is when it went live; later ones are applied changes. */
export interface ServicePeriod {
  product: 'port' | 'mcr' | 'vxc';
  serviceId: string;
  serviceName: string;
  companyId: string;
  market: string;
  liveAt: Date;
  endedAt: Date | null;
  rates: { from: Date; mbps: number }[];
}

export interface ChargeLine {
  companyId: string;
  product: ServicePeriod['product'];
  serviceId: string;
  serviceName: string;
  market: string;
  currency: string;
  mbps: number;
  /** Days of the month, inclusive (1-based). */
  firstDay: number;
  lastDay: number;
  days: number;
  daysInMonth: number;
  monthlyMinor: number;
  amountMinor: number;
}

export interface Unpriced {
  serviceId: string;
  product: ServicePeriod['product'];
  market: string;
  mbps: number;
  days: number;
}

const DAY_MS = 86_400_000;

export const monthStart = ({ year, month }: Month): Date => new Date(Date.UTC(year, month - 1, 1));
export const monthEnd = ({ year, month }: Month): Date => new Date(Date.UTC(year, month, 1));
export const daysIn = (m: Month): number => Math.round((monthEnd(m).getTime() - monthStart(m).getTime()) / DAY_MS);
export const monthLabel = ({ year, month }: Month): string => `${year}-${String(month).padStart(2, '0')}`;
export const parseMonth = (label: string): Month => ({ year: Number(label.slice(0, 4)), month: Number(label.slice(5, 7)) });
export const previousMonth = (at: Date): Month => {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
};
export const nextMonth = (m: Month): Month => (m.month === 12 ? { year: m.year + 1, month: 1 } : { year: m.year, month: m.month + 1 });

/** monthly × days / daysInMonth, rounded half up (integers throughout). */
export const prorate = (monthlyMinor: number, days: number, daysInMonth: number): number =>
  Math.floor((2 * monthlyMinor * days + daysInMonth) / (2 * daysInMonth));

/** The rate in force at the end of a day: the last rate that began before the day ended. */
function rateOfDay(rates: ServicePeriod['rates'], dayEnd: number): number {
  let mbps = rates[0].mbps;
  for (const rate of rates) if (rate.from.getTime() < dayEnd) mbps = rate.mbps;
  return mbps;
}

/** The runs of days of the month the service was live, each at one rate. */
export function chargedRuns(month: Month, service: ServicePeriod): { firstDay: number; lastDay: number; mbps: number }[] {
  const start = monthStart(month).getTime();
  const runs: { firstDay: number; lastDay: number; mbps: number }[] = [];
  for (let day = 1; day <= daysIn(month); day++) {
    const dayStart = start + (day - 1) * DAY_MS;
    const dayEnd = dayStart + DAY_MS;
    const live = service.liveAt.getTime() < dayEnd && (service.endedAt === null || service.endedAt.getTime() > dayStart);
    if (!live) continue;
    const mbps = rateOfDay(service.rates, dayEnd);
    const last = runs.at(-1);
    if (last && last.lastDay === day - 1 && last.mbps === mbps) last.lastDay = day;
    else runs.push({ firstDay: day, lastDay: day, mbps });
  }
  return runs;
}

/** The month's charge lines of these services, priced from the book; what the book has no price for is returned apart. */
export function monthlyCharges(month: Month, services: readonly ServicePeriod[], book: readonly PriceItem[]): { lines: ChargeLine[]; unpriced: Unpriced[] } {
  const daysInMonth = daysIn(month);
  const lines: ChargeLine[] = [];
  const unpriced: Unpriced[] = [];
  for (const service of services) {
    for (const run of chargedRuns(month, service)) {
      const days = run.lastDay - run.firstDay + 1;
      const price = findPrice(book, { product: service.product, mbps: run.mbps, market: service.market });
      if (!price) {
        unpriced.push({ serviceId: service.serviceId, product: service.product, market: service.market, mbps: run.mbps, days });
        continue;
      }
      lines.push({
        companyId: service.companyId, product: service.product, serviceId: service.serviceId, serviceName: service.serviceName, market: service.market,
        currency: price.currency, mbps: run.mbps, firstDay: run.firstDay, lastDay: run.lastDay, days, daysInMonth,
        monthlyMinor: price.monthlyMinor, amountMinor: prorate(price.monthlyMinor, days, daysInMonth),
      });
    }
  }
  return { lines, unpriced };
}

/** Sums per currency, in the order the currencies first appear. */
export function totalsOf(lines: readonly { currency: string; amountMinor: number }[]): { currency: string; amountMinor: number }[] {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(line.currency, (totals.get(line.currency) ?? 0) + line.amountMinor);
  return [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}
