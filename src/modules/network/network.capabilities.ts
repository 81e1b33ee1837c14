import type { Capability, Names } from '../../platform/access/access.ts';
import { ORDERING_ROLES } from '../accounts/index.ts';

export const networkCapabilities = {
  /** Order, change and cancel ports and connections. */
  'services.order': (actor) => ORDERING_ROLES.includes(actor.role),
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof networkCapabilities> {}
}
