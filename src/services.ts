import type { AppContext } from './platform/context.ts';
import { createAuthService } from './modules/accounts/auth.service.ts';
import { createCompaniesService } from './modules/accounts/companies.service.ts';
import { createUsersService } from './modules/accounts/users.service.ts';
import { createNetworkService } from './modules/network/network.service.ts';
import { createSimulatedController } from './modules/network/network.controller.ts';
import { createPortsService } from './modules/network/ports.service.ts';
import { createMarketplaceService } from './modules/marketplace/marketplace.service.ts';
import { createServiceKeysService } from './modules/marketplace/service-keys.service.ts';
import { createSpeedChangesService } from './modules/connections/speed-changes.service.ts';
import { createConnectionsService } from './modules/connections/connections.service.ts';
import { connectionsDirectory } from './modules/connections/connections.directory.ts';
import { createNotificationsService } from './modules/notifications/notifications.service.ts';
import { createEmailService } from './modules/notifications/email.service.ts';
import { createWebhooksService } from './modules/notifications/webhooks.service.ts';
import { createMaintenanceService } from './modules/notifications/maintenance.service.ts';

/** Every module's services, built once per process. */
export function createServices(ctx: AppContext) {
  const networkController = createSimulatedController(ctx);
  const serviceKeys = createServiceKeysService(ctx);
  return {
    networkController,
    ports: createPortsService(ctx, networkController, { openConnections: connectionsDirectory.openOnPort }),
    marketplace: createMarketplaceService(ctx),
    serviceKeys,
    connections: createConnectionsService(ctx, networkController, serviceKeys),
    speedChanges: createSpeedChangesService(ctx, serviceKeys),
    auth: createAuthService(ctx),
    companies: createCompaniesService(ctx),
    users: createUsersService(ctx),
    network: createNetworkService(ctx),
    notifications: createNotificationsService(ctx),
    email: createEmailService(ctx, ctx.mail),
    webhooks: createWebhooksService(ctx),
    maintenance: createMaintenanceService(ctx),
  };
}

export type Services = ReturnType<typeof createServices>;
