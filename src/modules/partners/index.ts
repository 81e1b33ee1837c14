import { defineModule } from '../../platform/module.ts';
import type { PartnersTables } from './partners.tables.ts';
import { partnersCapabilities } from './partners.capabilities.ts';
import { createPartnersService } from './partners.service.ts';
import { partnersRoutes } from './partners.routes.ts';
import { createSupportService } from './support.service.ts';
import { supportRoutes } from './support.routes.ts';

// This module's tables join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends PartnersTables {}
}

/** Partners and their managed accounts' settings, branding and billing markets (the approval queue follows). */
export const partnersModule = defineModule({
  name: 'partners',
  capabilities: partnersCapabilities,
  services: (ctx) => ({ partners: createPartnersService(ctx), support: createSupportService(ctx) }),
  routes: (_ctx, services) => [partnersRoutes(services), supportRoutes(services)],
  actorSettings: (_ctx, services) => services.partners.actorSettings,
});

export type PartnersServices = ReturnType<NonNullable<typeof partnersModule.services>>;

// What other modules use of partners.
export { partnersQueries } from './partners.queries.ts';
export type { ManagedSettings } from './partners.settings.ts';
export type { Look } from './partners.look.ts';
export { billingMarketNotEnabled } from './partners.queries.ts';
export { seedBillingMarkets, seedBranding, seedManagedSettings } from './partners.seed.ts';
