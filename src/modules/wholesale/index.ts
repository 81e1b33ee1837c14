import { defineModule } from '../../platform/module.ts';
import type { WholesaleTables } from './wholesale.tables.ts';
import { wholesaleCapabilities } from './wholesale.capabilities.ts';
import { wholesaleEvents } from './wholesale.events.ts';
import { wholesaleNotices } from './wholesale.notices.ts';
import { createTemplatesService } from './templates.service.ts';
import { templatesRoutes } from './templates.routes.ts';
import { createCustomersService } from './customers.service.ts';
import { customersRoutes } from './customers.routes.ts';
import { createProvisioning } from './customers.provisioning.ts';
import { createLocationsService } from './locations.service.ts';
import { locationsRoutes } from './locations.routes.ts';
import { createSubscribersService } from './subscribers.service.ts';
import { createBulkService } from './subscribers.bulk.service.ts';
import { subscribersRoutes } from './subscribers.routes.ts';
import { createBillingReportsService } from './billing-reports.service.ts';
import { billingReportsRoutes } from './billing-reports.routes.ts';

// This module's tables join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends WholesaleTables {}
}

/** Locations, numbers and subscribers (the bulk upload places its rows through the subscribers service). */
function subscriberServices(ctx: Parameters<typeof createSubscribersService>[0]) {
  const wholesaleSubscribers = createSubscribersService(ctx);
  return { wholesaleLocations: createLocationsService(ctx), wholesaleSubscribers, wholesaleBulk: createBulkService(ctx, wholesaleSubscribers) };
}

/**
 * Wholesale provisioning (PRODUCT.md §5, issue 12): onboarding templates, customer organisations
 * provisioned by partners, packages and their caps, subscribers, locations and numbers, dial-in,
 * data region, billing reports.
 */
export const wholesaleModule = defineModule({
  name: 'wholesale',
  capabilities: wholesaleCapabilities,
  events: wholesaleEvents,
  notices: wholesaleNotices,
  services: (ctx) => ({ wholesaleTemplates: createTemplatesService(ctx), wholesaleCustomers: createCustomersService(ctx), wholesaleProvisioning: createProvisioning(ctx), ...subscriberServices(ctx), wholesaleBillingReports: createBillingReportsService(ctx) }),
  routes: (_ctx, services) => [templatesRoutes(services), customersRoutes(services), locationsRoutes(services), subscribersRoutes(services), billingReportsRoutes(services)],
  jobs: (_ctx, services) => [...services.wholesaleProvisioning.jobs, ...services.wholesaleBillingReports.jobs],
});

export type WholesaleServices = ReturnType<NonNullable<typeof wholesaleModule.services>>;

export { DEFAULT_CATALOGUE, findPackage, type Catalogue, type CataloguePackage } from './packages.catalogue.ts';
export { checkPackageList, checkPackageUpdate, checkSubscriberPackage, organisationPackage, type PackageLine, type PackageProblem } from './packages.policy.ts';
export { countryRegion, defaultDialIn, REGION_DEFAULTS, type DialIn, type Region } from './dialin.ts';
export { seedTemplate } from './wholesale.seed.ts';
