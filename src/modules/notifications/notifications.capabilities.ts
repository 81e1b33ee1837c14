import type { Capability } from '../../platform/access/access.ts';
import { ADMIN_ROLES, ORDERING_ROLES } from '../accounts/accounts.policy.ts';

const operatorAdmin: Capability = (actor) => actor.companyType === 'operator' && ADMIN_ROLES.includes(actor.role);

export const notificationsCapabilities = {
  'notifications.subscribe': (actor) => ORDERING_ROLES.includes(actor.role),
  'webhooks.manage': (actor) => ADMIN_ROLES.includes(actor.role),
  'maintenance.announce': operatorAdmin,
  /** The mail log and retrying dead letters. */
  'mail_log.manage': operatorAdmin,
} satisfies Record<string, Capability>;
