import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Executor } from '../../platform/db/db.ts';
import { access } from '../../platform/access/access.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { networkQueries } from '../network/index.ts';
import * as repo from './billing.repo.ts';
import { checkPriceBook, findPrice, type PriceItem } from './billing.pricebook.ts';
import type { PriceBookInput, QuoteInput } from './billing.schemas.ts';

/** What is priced at a location: a port or MCR by speed, a VXC by rate limit (at its A-end's location). */
export type ServiceAtLocation = QuoteInput;

/** How many items of each product, and in how many markets: what the audit row of a replacement records. */
export function bookCounts(items: readonly PriceItem[]) {
  const byProduct = { port: 0, mcr: 0, vxc: 0, package: 0 };
  for (const item of items) byProduct[item.product]++;
  return { items: items.length, markets: new Set(items.map((i) => i.market)).size, byProduct };
}

/** The book's items as written, a package name trimmed. */
const normalise = (item: PriceBookInput['items'][number]): PriceItem => (item.package === undefined ? item : { ...item, package: item.package.trim() });

export function createBillingService(app: AppContext) {
  const { db } = app;

  async function getPriceBook(actor: Actor) {
    access.require(actor, 'price_book.view');
    const [items, updatedAt] = await Promise.all([repo.priceBook(db.kysely), repo.priceBookUpdatedAt(db.kysely)]);
    return { items, updatedAt: updatedAt?.toISOString() ?? null };
  }

  /** Replaces the whole book in one transaction (one replacement at a time), with an audit row of the counts before and after. */
  async function replacePriceBook(actor: Actor, input: PriceBookInput) {
    access.require(actor, 'price_book.edit');
    const items = input.items.map(normalise);
    checkPriceBook(items);
    return db.kysely.transaction().execute(async (trx) => {
      await repo.lockPriceBook(trx);
      const before = await repo.priceBook(trx);
      await repo.replacePriceBook(trx, items.map((item) => ({ ...item, id: uuidv7() })), actor.userId);
      await writeAudit(trx, actor, {
        action: 'price_book.replaced', companyId: actor.companyId, targetType: 'price_book', targetId: null,
        before: bookCounts(before), after: bookCounts(items),
      });
      return { items, updatedAt: (await repo.priceBookUpdatedAt(trx))?.toISOString() ?? null };
    });
  }

  /**
   * The one price lookup (quotes, the order forms' prices): the location's country is the market,
   * the book's item for the product and speed (or the band holding the rate limit) is the price.
   * 400 for an unknown location or a missing speed; 422 `no_price` when the market has no price for it.
   */
  async function priceAt(executor: Executor, input: ServiceAtLocation) {
    const byRate = input.product === 'vxc';
    const [field, other] = byRate ? (['rateLimitMbps', 'speedMbps'] as const) : (['speedMbps', 'rateLimitMbps'] as const);
    const mbps = input[field];
    if (mbps === undefined) throw invalid('required', `The field ${field} is required for a ${input.product}.`, field);
    if (input[other] !== undefined) throw invalid('not_allowed', `The field ${other} does not apply to a ${input.product}.`, other);
    const location = await networkQueries.location(executor, input.locationId);
    if (!location) throw invalid('unknown_location', 'The field locationId names no location.', 'locationId');
    const market = location.country;
    const item = findPrice(await repo.priceBook(executor, market), { product: input.product, mbps, market });
    if (!item) {
      throw new AppError('invalid', 'no_price', `The price book has no ${input.product} price for ${mbps} Mbps in market ${market} (${location.name}).`, field, { market }, 422);
    }
    return { product: input.product, [field]: mbps, locationId: location.id, market, currency: item.currency, monthlyMinor: item.monthlyMinor } as {
      product: QuoteInput['product']; speedMbps?: number; rateLimitMbps?: number; locationId: string; market: string; currency: string; monthlyMinor: number;
    };
  }

  /** A price estimate: direct customers and partners (quotes.create; a managed account: 403 managed_setting quotingTool). */
  async function quote(actor: Actor, input: QuoteInput) {
    access.require(actor, 'quotes.create');
    return priceAt(db.kysely, input);
  }

  /** The same price for whoever may see prices (prices.view: a managed account when its partner shows them): the order forms. */
  async function price(actor: Actor, input: ServiceAtLocation) {
    access.require(actor, 'prices.view');
    return priceAt(db.kysely, input);
  }

  return { getPriceBook, replacePriceBook, quote, price };
}

export type BillingService = ReturnType<typeof createBillingService>;
