import { defineModule } from '../../platform/module.ts';
import type { PartnersTables } from './partners.tables.ts';
import { partnersCapabilities } from './partners.capabilities.ts';
import { createPartnersService } from './partners.service.ts';
import { partnersRoutes } from './partners.routes.ts';

// This module's tables join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends PartnersTables {}
}

/** Partners and their managed accounts' settings, branding and billing markets (the approval queue follows). */
export const partnersModule = defineModule({
  name: 'partners',
  capabilities: partnersCapabilities,
  services: (ctx) => ({ partners: createPartnersService(ctx) }),
  routes: (_ctx, services) => [partnersRoutes(services)],
  actorSettings: (_ctx, services) => services.partners.actorSettings,
});

export type PartnersServices = ReturnType<NonNullable<typeof partnersModule.services>>;

// What other modules use of partners.
export { partnersQueries } from './partners.queries.ts';
export type { ManagedSettings } from './partners.settings.ts';
export { billingMarketNotEnabled } from './partners.queries.ts';
export { seedBillingMarkets } from './partners.seed.ts';
