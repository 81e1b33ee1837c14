/**
 * Every notification type, declared once: its group, who receives it (audience), the domain event
 * that causes it, and the portal page it links to. Texts live in the i18n catalogues under
 * `notification.<type>.*` (description, subject, body).
 */
export const GROUPS = ['security', 'ordering', 'financial', 'people', 'company', 'services'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * - affected_user: the user the event is about, whatever their preferences or account type (security);
 * - company_subscribers: eligible users of the company concerned who subscribe to the group;
 * - partner_for_managed: as company_subscribers, but a managed account's notice goes to its partner;
 * - approvers: company admins and technical admins of the company concerned who subscribe to the group.
 */
export type Audience = 'affected_user' | 'company_subscribers' | 'partner_for_managed' | 'approvers';

export interface NotificationType {
  type: string;
  group: Group;
  audience: Audience;
  /** The domain event that causes it. */
  event: string;
  /** Portal path the e-mail and the feed link to. */
  link: (payload: Record<string, unknown>) => string;
}

export const NOTIFICATION_TYPES: readonly NotificationType[] = [
  { type: 'security.password_changed', group: 'security', audience: 'affected_user', event: 'security.password_changed', link: () => '/profile' },
  { type: 'security.api_key_created', group: 'security', audience: 'affected_user', event: 'security.api_key_created', link: () => '/api-keys' },
  { type: 'security.new_login', group: 'security', audience: 'affected_user', event: 'security.login', link: () => '/profile' },
  { type: 'security.email_changed', group: 'security', audience: 'affected_user', event: 'user.email_changed', link: () => '/profile' },
  { type: 'people.user_added', group: 'people', audience: 'company_subscribers', event: 'user.created', link: (p) => `/companies/${p.companyId}` },
  { type: 'people.user_removed', group: 'people', audience: 'company_subscribers', event: 'user.removed', link: (p) => `/companies/${p.companyId}` },
  { type: 'company.profile_changed', group: 'company', audience: 'company_subscribers', event: 'company.updated', link: (p) => `/companies/${p.companyId}` },
  { type: 'company.webhook_disabled', group: 'company', audience: 'company_subscribers', event: 'webhook.disabled', link: () => '/webhooks' },
  { type: 'ordering.connection_requested', group: 'ordering', audience: 'approvers', event: 'connection.requested', link: () => '/approvals' },
  { type: 'ordering.connection_ordered', group: 'ordering', audience: 'company_subscribers', event: 'connection.requested', link: (p) => `/connections/${p.connectionId}` },
  { type: 'ordering.connection_accepted', group: 'ordering', audience: 'company_subscribers', event: 'connection.accepted', link: (p) => `/connections/${p.connectionId}` },
  { type: 'ordering.connection_denied', group: 'ordering', audience: 'company_subscribers', event: 'connection.denied', link: (p) => `/connections/${p.connectionId}` },
  { type: 'ordering.connection_withdrawn', group: 'ordering', audience: 'approvers', event: 'connection.cancelled', link: (p) => `/connections/${p.connectionId}` },
  { type: 'ordering.speed_change_requested', group: 'ordering', audience: 'approvers', event: 'speed_change.requested', link: () => '/approvals' },
  { type: 'ordering.speed_change_accepted', group: 'ordering', audience: 'company_subscribers', event: 'speed_change.accepted', link: (p) => `/connections/${p.connectionId}` },
  { type: 'ordering.speed_change_rejected', group: 'ordering', audience: 'company_subscribers', event: 'speed_change.rejected', link: (p) => `/connections/${p.connectionId}` },
  { type: 'ordering.speed_change_withdrawn', group: 'ordering', audience: 'approvers', event: 'speed_change.withdrawn', link: (p) => `/connections/${p.connectionId}` },
  { type: 'ordering.service_key_used', group: 'ordering', audience: 'company_subscribers', event: 'service_key.used', link: () => '/service-keys' },
  { type: 'services.connection_decommissioned', group: 'services', audience: 'company_subscribers', event: 'connection.decommissioned', link: (p) => `/connections/${p.connectionId}` },
  { type: 'services.connection_decommissioned_by_customer', group: 'services', audience: 'company_subscribers', event: 'connection.decommissioned', link: (p) => `/connections/${p.connectionId}` },
  { type: 'services.connection_live', group: 'services', audience: 'company_subscribers', event: 'connection.live', link: (p) => `/connections/${p.connectionId}` },
  { type: 'services.maintenance_announced', group: 'services', audience: 'partner_for_managed', event: 'maintenance.announced', link: (p) => `/maintenance/${p.maintenanceId}` },
];

export const typesForEvent = (event: string) => NOTIFICATION_TYPES.filter((t) => t.event === event);
export const findType = (type: string) => NOTIFICATION_TYPES.find((t) => t.type === type);
export const NOTIFYING_EVENTS = [...new Set(NOTIFICATION_TYPES.map((t) => t.event))];
