// Shapes of the Portico v1 API (see /openapi.json).

export type Role =
  | 'company_admin'
  | 'technical_admin'
  | 'technical_contact'
  | 'finance'
  | 'read_only'
  | 'compliance_officer';

export const roles: readonly Role[] = [
  'company_admin',
  'technical_admin',
  'technical_contact',
  'finance',
  'read_only',
  'compliance_officer',
];

export type CompanyType = 'operator' | 'partner' | 'direct' | 'managed';

export type Permission =
  | 'company.view'
  | 'company.edit'
  | 'users.manage'
  | 'companies.view_tree'
  | 'companies.create'
  | 'audit.view'
  | 'api_keys.manage'
  | 'services.order'
  | 'prices.view'
  | 'approvals.decide'
  | 'notifications.subscribe'
  | 'compliance.review'
  | 'connections.order'
  | 'marketplace.provide'
  | 'service_keys.manage'
  | 'webhooks.manage'
  | 'maintenance.announce'
  | 'mail_log.manage';

export interface User {
  id: string;
  companyId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  language: string;
  createdAt: string;
}

export interface Address {
  addressLine1: string;
  addressLine2?: string | null;
  city: string;
  stateOrProvince?: string | null;
  zipOrPostalCode?: string | null;
  country: string;
}

export interface Company {
  id: string;
  name: string;
  type: CompanyType;
  partnerId: string | null;
  accountRef: string | null;
  billingAddress: Address | null;
  createdAt: string;
  updatedAt: string;
}

export interface Me {
  user: User;
  company: Company;
  role: Role;
  /** The capabilities the user holds in their own company. */
  permissions: Permission[];
  /** The roles an API key of this user may carry. */
  apiKeyRoles: Role[];
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  key: string;
}

export interface AuditEvent {
  id: string;
  createdAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  companyId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface Location {
  id: string;
  name: string;
  market: string;
  country: string;
  region: string;
  latitude: number;
  longitude: number;
}

// ---- notifications ----

export const notificationGroups = ['security', 'ordering', 'financial', 'people', 'company', 'services'] as const;
export type NotificationGroup = (typeof notificationGroups)[number];

export interface NotificationType {
  type: string;
  group: string;
  audience: string;
  description: string;
}

export interface NotificationGroupInfo {
  group: string;
  name: string;
  description: string;
}

export interface NotificationCatalogue {
  items: NotificationType[];
  groups: NotificationGroupInfo[];
  nextCursor: null;
}

export type GroupChoices = Record<NotificationGroup, boolean>;

export interface NotificationPreferences {
  groups: GroupChoices;
  canSubscribe: boolean;
  reason: string | null;
}

export interface Notification {
  id: string;
  type: string;
  group: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationFeed extends Page<Notification> {
  unreadCount: number;
}

// ---- webhooks ----

export interface Webhook {
  id: string;
  companyId: string;
  url: string;
  eventTypes: string[];
  description: string | null;
  active: boolean;
  consecutiveFailures: number;
  disabledAt: string | null;
  createdAt: string;
}

export interface CreatedWebhook extends Webhook {
  secret: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDelivery {
  id: string;
  eventId: string | null;
  eventType: string;
  status: DeliveryStatus | string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

// ---- maintenance ----

export type MaintenanceKind = 'maintenance' | 'outage';

export interface MaintenanceEvent {
  id: string;
  kind: MaintenanceKind | string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  locationIds: string[];
  portIds: string[];
  createdAt: string;
}

// ---- operator mail log ----

export const emailStatuses = ['stored', 'sent', 'pending', 'dead'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

export interface EmailSummary {
  id: string;
  companyId: string | null;
  userId: string | null;
  type: string;
  to: string;
  language: string;
  subject: string;
  status: EmailStatus | string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  deadAt: string | null;
}

export interface EmailDetail extends EmailSummary {
  html: string;
  text: string;
}
