import { createAccess } from './platform/access/access.ts';
import { accountsCapabilities } from './modules/accounts/accounts.capabilities.ts';
import { networkCapabilities } from './modules/network/network.capabilities.ts';
import { marketplaceCapabilities } from './modules/marketplace/marketplace.capabilities.ts';
import { connectionsCapabilities } from './modules/connections/connections.capabilities.ts';
import { notificationsCapabilities } from './modules/notifications/notifications.capabilities.ts';

/** Every module's capabilities, merged: the one `access.can` / `access.require` of the server. */
export const capabilities = {
  ...accountsCapabilities,
  ...networkCapabilities,
  ...marketplaceCapabilities,
  ...connectionsCapabilities,
  ...notificationsCapabilities,
};

export type CapabilityName = keyof typeof capabilities;

export const access = createAccess<CapabilityName>(capabilities);

/** What a route declares: a capability the actor's role must hold, or only a login, or nothing. */
export type RouteAccess = CapabilityName | 'authenticated' | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    capability?: RouteAccess;
  }
}
