import type { PriceItem } from '../modules/billing/index.ts';

/** The demo price book's markets: every demo location's country, with its currency and a rate from EUR list prices. */
const MARKETS: { market: string; currency: string; perEuro: number; minorDigits: number }[] = [
  ...['DE', 'NL', 'FR', 'IT', 'ES', 'IE'].map((market) => ({ market, currency: 'EUR', perEuro: 1, minorDigits: 2 })),
  { market: 'GB', currency: 'GBP', perEuro: 0.86, minorDigits: 2 },
  { market: 'CH', currency: 'CHF', perEuro: 0.95, minorDigits: 2 },
  { market: 'SE', currency: 'SEK', perEuro: 11.5, minorDigits: 2 },
  { market: 'US', currency: 'USD', perEuro: 1.08, minorDigits: 2 },
  { market: 'CA', currency: 'CAD', perEuro: 1.47, minorDigits: 2 },
  { market: 'BR', currency: 'BRL', perEuro: 5.4, minorDigits: 2 },
  { market: 'SG', currency: 'SGD', perEuro: 1.45, minorDigits: 2 },
  { market: 'JP', currency: 'JPY', perEuro: 160, minorDigits: 0 },
  { market: 'HK', currency: 'HKD', perEuro: 8.4, minorDigits: 2 },
  { market: 'AU', currency: 'AUD', perEuro: 1.65, minorDigits: 2 },
  { market: 'NZ', currency: 'NZD', perEuro: 1.8, minorDigits: 2 },
];

/** Monthly list prices in whole euros. */
const PORTS: [number, number][] = [[1000, 450], [10000, 1200], [100000, 5500]];
const MCRS: [number, number][] = [[1000, 300], [2500, 450], [5000, 700], [10000, 1100]];
const VXC_BANDS: [number, number, number][] = [[1, 100, 50], [101, 500, 120], [501, 1000, 200], [1001, 2000, 300], [2001, 5000, 550], [5001, 10000, 900], [10001, 100000, 2500]];
const PACKAGES: [string, number][] = [['common_area_calling', 3], ['meetings', 8], ['voice', 10], ['calling', 15], ['suite', 25], ['attendant_console', 4], ['calling_plan', 6]];

/** The default price book the demo loads: whole units of each market's currency. */
export const DEMO_PRICE_BOOK: PriceItem[] = MARKETS.flatMap(({ market, currency, perEuro, minorDigits }) => {
  const minor = (euros: number) => Math.round(euros * perEuro) * 10 ** minorDigits;
  return [
    ...PORTS.map(([speedMbps, euros]): PriceItem => ({ product: 'port', speedMbps, market, currency, monthlyMinor: minor(euros) })),
    ...MCRS.map(([speedMbps, euros]): PriceItem => ({ product: 'mcr', speedMbps, market, currency, monthlyMinor: minor(euros) })),
    ...VXC_BANDS.map(([rateLimitMinMbps, rateLimitMaxMbps, euros]): PriceItem => ({ product: 'vxc', rateLimitMinMbps, rateLimitMaxMbps, market, currency, monthlyMinor: minor(euros) })),
    ...PACKAGES.map(([name, euros]): PriceItem => ({ product: 'package', package: name, market, currency, monthlyMinor: minor(euros) })),
  ];
});
