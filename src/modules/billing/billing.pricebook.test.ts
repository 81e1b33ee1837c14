import { describe, expect, it } from 'vitest';
import { checkPriceBook, findPrice, type PriceItem } from './billing.pricebook.ts';

const book: PriceItem[] = [
  { product: 'port', speedMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 45000 },
  { product: 'mcr', speedMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 30000 },
  { product: 'vxc', rateLimitMinMbps: 1, rateLimitMaxMbps: 100, market: 'DE', currency: 'EUR', monthlyMinor: 5000 },
  { product: 'vxc', rateLimitMinMbps: 101, rateLimitMaxMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 20000 },
  { product: 'vxc', rateLimitMinMbps: 1, rateLimitMaxMbps: 1000, market: 'GB', currency: 'GBP', monthlyMinor: 17000 },
  { product: 'package', package: 'suite', market: 'DE', currency: 'EUR', monthlyMinor: 2500 },
];

describe('the price book’s rules', () => {
  it('a valid book passes: the same band in two markets, and each market its own currency', () => {
    expect(() => checkPriceBook(book)).not.toThrow();
    expect(() => checkPriceBook([])).not.toThrow();
  });

  it('finds the price by product, speed or band (inclusive) and market', () => {
    expect(findPrice(book, { product: 'port', mbps: 1000, market: 'DE' })?.monthlyMinor).toBe(45000);
    expect(findPrice(book, { product: 'mcr', mbps: 1000, market: 'DE' })?.monthlyMinor).toBe(30000);
    expect(findPrice(book, { product: 'port', mbps: 10000, market: 'DE' })).toBeUndefined();
    expect(findPrice(book, { product: 'vxc', mbps: 100, market: 'DE' })?.monthlyMinor).toBe(5000);
    expect(findPrice(book, { product: 'vxc', mbps: 101, market: 'DE' })?.monthlyMinor).toBe(20000);
    expect(findPrice(book, { product: 'vxc', mbps: 1001, market: 'DE' })).toBeUndefined();
    expect(findPrice(book, { product: 'vxc', mbps: 100, market: 'GB' })?.currency).toBe('GBP');
    expect(findPrice(book, { product: 'port', mbps: 1000, market: 'FR' })).toBeUndefined();
    expect(findPrice(book, { product: 'package', package: 'suite', market: 'DE' })?.monthlyMinor).toBe(2500);
  });

  it('bands that touch at one bound overlap; bands side by side do not', () => {
    const band = (min: number, max: number): PriceItem => ({ product: 'vxc', rateLimitMinMbps: min, rateLimitMaxMbps: max, market: 'DE', currency: 'EUR', monthlyMinor: 1 });
    expect(() => checkPriceBook([band(1, 100), band(101, 200)])).not.toThrow();
    expect(() => checkPriceBook([band(1, 100), band(100, 200)])).toThrow(expect.objectContaining({ code: 'overlapping_bands', field: 'items.1.rateLimitMinMbps' }));
    expect(() => checkPriceBook([band(50, 60), band(1, 100)])).toThrow(expect.objectContaining({ code: 'overlapping_bands', field: 'items.1.rateLimitMinMbps' }));
    expect(() => checkPriceBook([band(5, 5)])).not.toThrow();
  });
});
