import type { Executor } from '../../platform/db/db.ts';
import * as repo from './billing.repo.ts';
import type { PriceItem } from './billing.pricebook.ts';

/** The book's package prices (every market): what wholesale's billing reports price package-days with. */
export async function packagePrices(db: Executor): Promise<PriceItem[]> {
  return (await repo.priceBook(db)).filter((item) => item.product === 'package');
}
