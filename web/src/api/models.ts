// Short names for the API's schemas, all generated from /openapi.json (schema.d.ts): nothing here
// is written by hand but the value lists, and those are checked against the generated enums.
import type { Schemas } from './client';

export type { Page } from './client';

export type Role = Schemas['Role'];
export type Language = Schemas['Language'];
export type CompanyType = Schemas['CompanyType'];
export type User = Schemas['User'];
export type Address = Schemas['BillingAddress'];
export type Company = Schemas['Company'];
export type Me = Schemas['Me'];
export type ApiKey = Schemas['ApiKey'];
export type CreatedApiKey = Schemas['CreatedApiKey'];
export type AuditEvent = Schemas['AuditEvent'];
export type Location = Schemas['Location'];

export type NotificationGroup = Schemas['NotificationGroup'];
export type NotificationType = Schemas['NotificationType'];
// openapi-fetch's answer types leave out members typed `null` (these lists' `nextCursor: null`).
export type NotificationCatalogue = Omit<Schemas['NotificationCatalogue'], 'nextCursor'>;
export type NotificationGroupInfo = NotificationCatalogue['groups'][number];
export type NotificationPreferences = Schemas['NotificationPreferences'];
export type GroupChoices = NotificationPreferences['groups'];
export type Notification = Schemas['Notification'];
export type NotificationFeed = Schemas['NotificationFeed'];
export type Webhook = Schemas['Webhook'];
export type CreatedWebhook = Schemas['CreatedWebhook'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type MaintenanceKind = Schemas['MaintenanceKind'];
export type MaintenanceEvent = Schemas['MaintenanceEvent'];
export type EmailStatus = Schemas['EmailStatus'];
export type EmailSummary = Schemas['EmailDelivery'];
export type EmailDetail = Schemas['Email'];

export type Port = Schemas['Port'];
export type Provider = Schemas['Provider'];
export type ProviderProfile = Schemas['ProviderProfile'];
export type ServiceCategory = Schemas['ServiceCategory'];
export type ConnectionState = Schemas['ConnectionState'];
export type Connection = Schemas['Connection'];
export type ConnectionSummary = Schemas['ConnectionSummary'];
export type SpeedChange = Schemas['SpeedChange'];
export type Approval = Schemas['Approvals']['items'][number];
export type Approvals = Omit<Schemas['Approvals'], 'nextCursor'>;
export type ServiceKey = Schemas['ServiceKey'];
export type ServiceKeyPreview = Schemas['ServiceKeyPreview'];
export type Price = Schemas['Price'];
export type Invoice = Schemas['Invoice'];
export type InvoiceSummary = Schemas['InvoiceSummary'];

/** The members of a generated enum in the order the portal shows them; a member missing here does not type-check. */
const listOf = <T extends string>(members: Record<T, true>) => Object.keys(members) as T[];

export const roles = listOf<Role>({ company_admin: true, technical_admin: true, technical_contact: true, finance: true, read_only: true, compliance_officer: true });
export const notificationGroups = listOf<NotificationGroup>({ security: true, ordering: true, financial: true, people: true, company: true, services: true });
export const reviewStatuses = listOf<ScreeningReviewStatus>({ open: true, approved: true, rejected: true });
export const emailStatuses = listOf<EmailStatus>({ stored: true, sent: true, pending: true, dead: true });
export const serviceCategories = listOf<ServiceCategory>({
  cloud: true, internet: true, security: true, storage: true, compute: true, voice: true, 'content-delivery': true, 'data-centre': true, 'managed-services': true, iot: true,
});
export const connectionStates = listOf<ConnectionState>({
  AWAITING_PARTNER: true, AWAITING_APPROVAL: true, DEPLOYABLE: true, CONFIGURED: true, LIVE: true, DENIED: true, REJECTED: true, CANCELLED: true, DECOMMISSIONED: true,
});

/** A capability GET /v1/me may list in `permissions` (an enum of the server's capabilities). */
export type Permission = Me['permissions'][number];

export type PartnerApproval = Schemas['PartnerApproval'];
export type PendingPartnerApprovals = Schemas['PendingPartnerApprovals'];
export type ScreeningListImport = Schemas['ScreeningListImport'];
export type ScreeningRescreen = Schemas['ScreeningRescreen'];
export type ScreeningReview = Schemas['ScreeningReview'];
export type ScreeningReviewStatus = ScreeningReview['status'];
export type ScreeningMatch = Schemas['ScreeningMatch'];
export type CompanyCompliance = Schemas['CompanyCompliance'];
export type ComplianceStatus = CompanyCompliance['history'][number]['status'];
export type Look = Schemas['Look'];
export type SupportEntry = Schemas['SupportEntry'];
export type SupportDetails = Schemas['SupportDetails'];
export type ManagedSettings = Schemas['ManagedSettings'];
export type PartnerDefaults = Schemas['PartnerDefaults'];
export type PartnerBranding = Schemas['PartnerBranding'];
export type BillingMarket = Schemas['BillingMarket'];
