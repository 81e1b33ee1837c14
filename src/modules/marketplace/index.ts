import { defineModule } from '../../platform/module.ts';
import type { MarketplaceTables } from './marketplace.tables.ts';
import { createMarketplaceService } from './marketplace.service.ts';
import { createServiceKeysService, SERVICE_KEY_USED_JOB } from './service-keys.service.ts';
import { marketplaceRoutes } from './marketplace.routes.ts';
import { serviceKeysRoutes } from './service-keys.routes.ts';
import { marketplaceCapabilities } from './marketplace.capabilities.ts';
import { marketplaceEvents } from './marketplace.events.ts';

// This module's tables join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends MarketplaceTables {}
}

/** Provider profiles, the public marketplace and service keys. */
export const marketplaceModule = defineModule({
  name: 'marketplace',
  events: marketplaceEvents,
  capabilities: marketplaceCapabilities,
  services: (ctx) => ({
    marketplace: createMarketplaceService(ctx),
    serviceKeys: createServiceKeysService(ctx),
  }),
  routes: (_ctx, services) => [marketplaceRoutes(services), serviceKeysRoutes(services)],
  jobs: (_ctx, services) => [{ name: SERVICE_KEY_USED_JOB, events: ['service_key.used'], handler: services.serviceKeys.recordUse }],
});

export type MarketplaceServices = ReturnType<NonNullable<typeof marketplaceModule.services>>;

// What other modules use of marketplace.
export type { ClaimedKey, ServiceKeysService } from './service-keys.service.ts';
export { isProvider } from './marketplace.capabilities.ts';

// For the demo data (src/demo): profiles and service keys made by this module's rules (connections' seed records a key's use).
export { hasServiceKeys, seedProfile, seedServiceKey, seedServiceKeyUse } from './marketplace.seed.ts';
