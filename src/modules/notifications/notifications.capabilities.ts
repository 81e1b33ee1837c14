import type { Capability, Names } from '../../platform/access/access.ts';
import { ADMIN_ROLES, ORDERING_ROLES } from '../accounts/index.ts';

const operatorAdmin: Capability = (actor) => actor.companyType === 'operator' && ADMIN_ROLES.includes(actor.role);

export const notificationsCapabilities = {
  'notifications.subscribe': (actor) => ORDERING_ROLES.includes(actor.role),
  'webhooks.manage': (actor) => ADMIN_ROLES.includes(actor.role),
  'maintenance.announce': operatorAdmin,
  /** The mail log and retrying dead letters. */
  'mail_log.manage': operatorAdmin,
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof notificationsCapabilities> {}
}
