import type { Capability } from '../../platform/access/access.ts';
import { ORDERING_ROLES } from '../accounts/accounts.policy.ts';

export const networkCapabilities = {
  /** Order, change and cancel ports and connections. */
  'services.order': (actor) => ORDERING_ROLES.includes(actor.role),
} satisfies Record<string, Capability>;
