import { defineModule } from '../../platform/module.ts';
import type { BillingTables } from './billing.tables.ts';
import { billingCapabilities } from './billing.capabilities.ts';
import { createBillingService } from './billing.service.ts';
import { billingRoutes, invoicesRoutes } from './billing.routes.ts';
import { billingEvents } from './billing.events.ts';
import { billingNotices } from './billing.notices.ts';
import { CLOSE_MONTH_JOB, createInvoicesService } from './invoices.service.ts';

// This module's tables join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends BillingTables {}
}

/** Prices (the operator's price book, quotes, the order forms' prices), monthly charges and invoices. */
export const billingModule = defineModule({
  name: 'billing',
  capabilities: billingCapabilities,
  events: billingEvents,
  notices: billingNotices,
  services: (ctx) => ({ billing: createBillingService(ctx), invoices: createInvoicesService(ctx) }),
  routes: (_ctx, services) => [billingRoutes(services), invoicesRoutes(services)],
  jobs: (_ctx, services) => [{ name: CLOSE_MONTH_JOB, handler: services.invoices.closeMonthJob, retryLimit: 5, retryDelaySeconds: 60 }],
});

export type BillingServices = ReturnType<NonNullable<typeof billingModule.services>>;

// For the demo data (src/demo): the default price book and last month's invoices.
export { seedClosedMonth, seedPriceBook } from './billing.seed.ts';
export type { PriceItem } from './billing.pricebook.ts';

// For the CLI (portico close-month).
export { parseMonth, previousMonth } from './billing.charges.ts';

// For wholesale's billing reports: package prices from the book, prorated and printed as invoices do.
export { packagePrices } from './billing.queries.ts';
export { findPrice } from './billing.pricebook.ts';
export { daysIn, monthLabel, prorate, type Month } from './billing.charges.ts';
export { formatMinor } from './billing.codes.ts';
