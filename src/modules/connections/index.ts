import { defineModule } from '../../platform/module.ts';
import { connectionsNotices } from './connections.notices.ts';
import type { NetworkServices } from '../network/index.ts';
import type { MarketplaceServices } from '../marketplace/index.ts';
import type { PartnersServices } from '../partners/index.ts';
import type { ConnectionsTables, ConnectionsViews } from './connections.tables.ts';
import { createConnectionsService } from './connections.service.ts';
import { createSpeedChangesService } from './speed-changes.service.ts';
import { connectionsRoutes } from './connections.routes.ts';
import { connectionsCapabilities } from './connections.capabilities.ts';
import { connectionsEvents } from './connections.events.ts';

// This module's tables and the views it publishes join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends ConnectionsTables, ConnectionsViews {}
}

/** Connections between two ports and their speed changes. */
export const connectionsModule = defineModule({
  name: 'connections',
  events: connectionsEvents,
  capabilities: connectionsCapabilities,
  notices: connectionsNotices,
  services: (ctx, deps: Pick<NetworkServices, 'networkController'> & Pick<MarketplaceServices, 'serviceKeys'> & Pick<PartnersServices, 'partnerApprovals'>) => ({
    connections: createConnectionsService(ctx, deps.networkController, deps.serviceKeys, deps.partnerApprovals),
    speedChanges: createSpeedChangesService(ctx, deps.serviceKeys, deps.partnerApprovals),
  }),
  routes: (_ctx, services) => [connectionsRoutes(services)],
});

export type ConnectionsServices = ReturnType<NonNullable<typeof connectionsModule.services>>;

// What other modules use of connections.
export { connectionsQueries } from './connections.queries.ts';

// For the demo data (src/demo): connections with a believable history, made by this module's rules.
export { hasConnections, lowestFreeVlanOn, seedConnection, type SeedConnection } from './connections.seed.ts';
export type { ConnectionState } from './connections.state.ts';
