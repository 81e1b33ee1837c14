import { defineModule } from '../../platform/module.ts';
import type { BillingTables } from './billing.tables.ts';
import { billingCapabilities } from './billing.capabilities.ts';
import { createBillingService } from './billing.service.ts';
import { billingRoutes } from './billing.routes.ts';

// This module's tables join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends BillingTables {}
}

/** Prices: the operator's price book, quotes and the price lookup of the order forms. */
export const billingModule = defineModule({
  name: 'billing',
  capabilities: billingCapabilities,
  services: (ctx) => ({ billing: createBillingService(ctx) }),
  routes: (_ctx, services) => [billingRoutes(services)],
});

export type BillingServices = ReturnType<NonNullable<typeof billingModule.services>>;

// For the demo data (src/demo): the default price book.
export { seedPriceBook } from './billing.seed.ts';
export type { PriceItem } from './billing.pricebook.ts';
