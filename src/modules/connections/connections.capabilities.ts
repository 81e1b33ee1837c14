import type { Capability, Names } from '../../platform/access/access.ts';
import { ADMIN_ROLES, ORDERING_ROLES } from '../accounts/index.ts';
import { isProvider } from '../marketplace/index.ts';

export const connectionsCapabilities = {
  /**
   * What the portal offers: ordering connections for one's own company. The operator's staff order
   * on a customer's behalf through the API, which checks `services.order`.
   */
  'connections.order': (actor) => ORDERING_ROLES.includes(actor.role) && actor.companyType !== 'operator',
  /** Accept or deny connections and speed changes at the target, the provider. */
  'approvals.decide': (actor, target) => ADMIN_ROLES.includes(actor.role) && isProvider(target),
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof connectionsCapabilities> {}
}
