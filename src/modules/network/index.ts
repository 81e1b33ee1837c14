import { defineModule } from '../../platform/module.ts';
import type { NetworkTables, NetworkViews } from './network.tables.ts';
import { createSimulatedController } from './network.controller.ts';
import { createNetworkService } from './network.service.ts';
import { createPortsService } from './ports.service.ts';
import { networkRoutes, portsRoutes } from './network.routes.ts';
import { networkCapabilities } from './network.capabilities.ts';
import { networkEvents } from './network.events.ts';

// This module's tables and the views it publishes join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends NetworkTables, NetworkViews {}
}

/** Locations, ports and the network controller that provisions them. */
export const networkModule = defineModule({
  name: 'network',
  events: networkEvents,
  capabilities: networkCapabilities,
  services: (ctx) => {
    const networkController = createSimulatedController(ctx);
    return {
      networkController,
      network: createNetworkService(ctx),
      ports: createPortsService(ctx, networkController),
    };
  },
  routes: (_ctx, services) => [networkRoutes(services), portsRoutes(services)],
  jobs: (_ctx, services) => services.networkController.jobs,
});

export type NetworkServices = ReturnType<NonNullable<typeof networkModule.services>>;

// What other modules use of network.
export { portOwner, networkQueries, type PortInfo } from './network.queries.ts';
export { companiesWithServiceAt, existingLocationIds, existingPortIds, locationNames } from './network.audience.ts';
export { networkActor, type NetworkController, type StepReport } from './network.controller.ts';

// For connections' seed: the next provisioning step of a seeded connection still being provisioned.
export { nextStep, simulatedStep } from './network.controller.ts';

// For the demo data (src/demo): locations, and ports with the history the network would have written.
export { seedLocations, seedPort, type SeedLocation, type SeedPort } from './network.seed.ts';
