// What this user may see and do, read from the capabilities GET /v1/me lists. The server computes
// them (src/*/**.capabilities.ts); the portal derives no rule of its own.
import type { Me, Permission } from './api/models';

const holds = (me: Me, capability: Permission): boolean => me.permissions.includes(capability);

/** Webhooks of the user's company. */
export const canManageWebhooks = (me: Me): boolean => holds(me, 'webhooks.manage');

/** Maintenance announcements. */
export const canAnnounceMaintenance = (me: Me): boolean => holds(me, 'maintenance.announce');

/** The mail log and its dead letters. */
export const canReadMailLog = (me: Me): boolean => holds(me, 'mail_log.manage');

/** A provider: direct customers and partners. */
export const mayProvide = (me: Me): boolean => holds(me, 'marketplace.provide');

/** The approvals inbox of a provider. */
export const canDecideApprovals = (me: Me): boolean => holds(me, 'approvals.decide');

/** Service keys for a provider's ports. */
export const canManageServiceKeys = (me: Me): boolean => holds(me, 'service_keys.manage');

/** Ordering connections from the portal. */
export const canOrderConnections = (me: Me): boolean => holds(me, 'connections.order');

/** Prices (order forms): admins and finance; a managed account only when its partner shows them. */
export const canSeePrices = (me: Me): boolean => holds(me, 'prices.view');

/** Invoices of the paying company: its company admins and finance (never a managed account). */
export const canSeeInvoices = (me: Me): boolean => holds(me, 'invoices.view');
