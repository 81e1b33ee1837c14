import { AppError } from '../../platform/errors.ts';
import { isCountry, isCurrency } from './billing.codes.ts';
import type { PricedProduct } from './billing.tables.ts';

/**
 * The price book's rules, pure: what a valid book is (checkPriceBook) and which item prices a
 * service (findPrice). Quotes, the price lookup of the order forms and the monthly charges all
 * price through findPrice, so they cannot disagree.
 */
export interface PriceItem {
  product: PricedProduct;
  speedMbps?: number;
  rateLimitMinMbps?: number;
  rateLimitMaxMbps?: number;
  package?: string;
  market: string;
  currency: string;
  monthlyMinor: number;
}

/** What is priced: a port or MCR by its speed, a VXC by its rate limit, a package by its name. */
export type PriceQuery =
  | { product: 'port' | 'mcr' | 'vxc'; mbps: number; market: string }
  | { product: 'package'; package: string; market: string };

const bad = (code: string, detail: string, field: string) => new AppError('invalid', code, detail, field);

/** The fields each product takes; the others must be absent. */
const SHAPE: Record<PricedProduct, (keyof PriceItem)[]> = {
  port: ['speedMbps'],
  mcr: ['speedMbps'],
  vxc: ['rateLimitMinMbps', 'rateLimitMaxMbps'],
  package: ['package'],
};
const SHAPED: (keyof PriceItem)[] = ['speedMbps', 'rateLimitMinMbps', 'rateLimitMaxMbps', 'package'];

const keyOf = (item: PriceItem): string | null =>
  item.product === 'vxc' ? null : `${item.market}|${item.product}|${item.product === 'package' ? item.package : item.speedMbps}`;

/**
 * Throws a 400 naming the first bad item's field (`items.3.currency`): an unknown market or
 * currency, a field the product does not take or one it needs, a band whose maximum is below its
 * minimum, a second currency in a market, an item priced twice, overlapping VXC bands in a market.
 */
export function checkPriceBook(items: readonly PriceItem[]): void {
  const currencyOf = new Map<string, { currency: string; index: number }>();
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const at = (field: string) => `items.${index}.${field}`;
    if (!isCountry(item.market)) throw bad('unknown_market', `The field ${at('market')} is not an ISO 3166-1 alpha-2 country code ("${item.market}").`, at('market'));
    if (!isCurrency(item.currency)) throw bad('unknown_currency', `The field ${at('currency')} is not an ISO 4217 currency code ("${item.currency}").`, at('currency'));
    for (const field of SHAPED) {
      const wanted = SHAPE[item.product].includes(field);
      if (wanted && item[field] === undefined) throw bad('required', `The field ${at(field)} is required for a ${item.product} price.`, at(field));
      if (!wanted && item[field] !== undefined) throw bad('not_allowed', `The field ${at(field)} does not apply to a ${item.product} price.`, at(field));
    }
    if (item.product === 'vxc' && item.rateLimitMaxMbps! < item.rateLimitMinMbps!) {
      throw bad('band_reversed', `The field ${at('rateLimitMaxMbps')} must not be below rateLimitMinMbps (${item.rateLimitMinMbps}).`, at('rateLimitMaxMbps'));
    }
    const market = currencyOf.get(item.market);
    if (market && market.currency !== item.currency) {
      throw bad('currency_mismatch', `The field ${at('currency')} must be ${market.currency}, the currency of market ${item.market} (items.${market.index}); a market has one currency.`, at('currency'));
    }
    if (!market) currencyOf.set(item.market, { currency: item.currency, index });
    const key = keyOf(item);
    if (key !== null) {
      const first = seen.get(key);
      if (first !== undefined) throw bad('duplicate_item', `The item items.${index} prices the same ${item.product} in ${item.market} as items.${first}.`, `items.${index}`);
      seen.set(key, index);
    }
  });
  // VXC bands: inclusive bounds, so [1, 100] and [100, 500] overlap at 100.
  const bands = items.map((item, index) => ({ item, index })).filter(({ item }) => item.product === 'vxc');
  bands.forEach(({ item, index }) => {
    const other = bands.find(({ item: o, index: j }) => j < index && o.market === item.market && o.rateLimitMinMbps! <= item.rateLimitMaxMbps! && item.rateLimitMinMbps! <= o.rateLimitMaxMbps!);
    if (!other) return;
    const same = other.item.rateLimitMinMbps === item.rateLimitMinMbps && other.item.rateLimitMaxMbps === item.rateLimitMaxMbps;
    if (same) throw bad('duplicate_item', `The item items.${index} prices the same vxc band in ${item.market} as items.${other.index}.`, `items.${index}`);
    throw bad(
      'overlapping_bands',
      `The band of items.${index} (${item.rateLimitMinMbps}–${item.rateLimitMaxMbps} Mbps) overlaps items.${other.index} (${other.item.rateLimitMinMbps}–${other.item.rateLimitMaxMbps} Mbps) in ${item.market}; bounds are inclusive.`,
      `items.${index}.rateLimitMinMbps`,
    );
  });
}

/** The item that prices this: same market and product, and the speed, the band holding the rate (inclusive), or the package. */
export function findPrice(items: readonly PriceItem[], query: PriceQuery): PriceItem | undefined {
  return items.find((item) => {
    if (item.market !== query.market || item.product !== query.product) return false;
    if (query.product === 'package') return item.package === query.package;
    if (query.product === 'vxc') return item.rateLimitMinMbps! <= query.mbps && query.mbps <= item.rateLimitMaxMbps!;
    return item.speedMbps === query.mbps;
  });
}
