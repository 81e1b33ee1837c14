import { Type } from '@sinclair/typebox';
import { AsStored, Name, Nullable, StringEnum, StringEnumOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { LanguageSchema } from '../accounts/index.ts';
import { GROUPS, noticeTypes, type Audience } from './notifications.catalogue.ts';
import type { EmailStatus, MaintenanceEventsTable, WebhookDeliveryStatus } from './notifications.tables.ts';

const GroupSchema = StringEnum(GROUPS, { title: 'NotificationGroup' });
const AudienceSchema = StringEnumOf<Audience>(
  { affected_user: true, company_subscribers: true, partner_for_managed: true, approvers: true, compliance_officers: true, integrations: true },
  { title: 'Audience', description: 'Who receives it: the user concerned, the company’s subscribers, a managed account’s partner, the approvers, the operator’s compliance officers, or only the company’s webhooks (integrations)' },
);
const MaintenanceKindSchema = StringEnumOf<MaintenanceEventsTable['kind']>({ maintenance: true, outage: true }, { title: 'MaintenanceKind' });

const GroupFlags = Type.Object(
  {
    security: Type.Boolean({ description: 'Always true: security notices cannot be turned off' }),
    ordering: Type.Boolean(),
    financial: Type.Boolean(),
    people: Type.Boolean(),
    company: Type.Boolean(),
    services: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const PreferencesSchema = Type.Object(
  {
    groups: GroupFlags,
    canSubscribe: Type.Boolean({ description: 'False for roles that may not subscribe (finance, read_only, compliance officers)' }),
    reason: Nullable(Type.String()),
  },
  { title: 'NotificationPreferences' },
);

export const PreferencesBody = Type.Object({ groups: GroupFlags }, { additionalProperties: false });

let typed: ReturnType<typeof buildTypedSchemas> | undefined;

/**
 * The schemas that list the notification types. Built when the routes are registered (once): the
 * types are the modules' registered notices, known only after every module has loaded.
 */
export const typedSchemas = () => (typed ??= buildTypedSchemas());

function buildTypedSchemas() {
  const NotificationTypeNameSchema = StringEnum(noticeTypes().map((t) => t.type), { title: 'NotificationTypeName' });
  const NotificationTypeSchema = Type.Object(
    { type: NotificationTypeNameSchema, group: GroupSchema, audience: AudienceSchema, description: Type.String() },
    { title: 'NotificationType' },
  );

  const CatalogueSchema = Type.Object(
    {
      items: Type.Array(NotificationTypeSchema),
      groups: Type.Array(Type.Object({ group: GroupSchema, name: Type.String(), description: Type.String() })),
      nextCursor: Type.Null(),
    },
    { title: 'NotificationCatalogue' },
  );

  const FeedItemSchema = Type.Object(
    {
      id: Uuid, type: NotificationTypeNameSchema, group: AsStored(GroupSchema), title: Type.String(), body: Type.String(), link: Nullable(Type.String()),
      readAt: Nullable(Timestamp), createdAt: Timestamp,
    },
    { title: 'Notification' },
  );

  const FeedSchema = Type.Object(
    { items: Type.Array(FeedItemSchema), nextCursor: Nullable(Type.String()), unreadCount: Type.Integer() },
    { title: 'NotificationFeed' },
  );
  return { CatalogueSchema, FeedItemSchema, FeedSchema };
}

export const FeedQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    unread: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const EventTypes = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50, description: 'Notification types, or "*" for all' });

export const CreateWebhookBody = Type.Object(
  { url: Type.String({ minLength: 8, maxLength: 2000 }), eventTypes: EventTypes, description: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

export const UpdateWebhookBody = Type.Object(
  {
    url: Type.Optional(Type.String({ minLength: 8, maxLength: 2000 })),
    eventTypes: Type.Optional(EventTypes),
    description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const WebhookSchema = Type.Object(
  {
    id: Uuid, companyId: Uuid, url: Type.String(), eventTypes: Type.Array(Type.String()), description: Nullable(Type.String()),
    active: Type.Boolean(), consecutiveFailures: Type.Integer(), disabledAt: Nullable(Timestamp), createdAt: Timestamp,
  },
  { title: 'Webhook' },
);

export const CreatedWebhookSchema = Type.Object(
  { ...WebhookSchema.properties, secret: Type.String({ description: 'Shown once: verify signatures with it' }) },
  { title: 'CreatedWebhook' },
);

export const WebhookDeliverySchema = Type.Object(
  {
    id: Uuid, eventId: Nullable(Uuid), eventType: Type.String(),
    status: StringEnumOf<WebhookDeliveryStatus>({ pending: true, delivered: true, failed: true }, { title: 'WebhookDeliveryStatus' }), attempts: Type.Integer(),
    lastStatusCode: Nullable(Type.Integer()), lastError: Nullable(Type.String()), createdAt: Timestamp, deliveredAt: Nullable(Timestamp),
  },
  { title: 'WebhookDelivery' },
);

export const MaintenanceBody = Type.Object(
  {
    kind: Type.Optional(MaintenanceKindSchema),
    title: Name(200),
    description: Type.String({ minLength: 1, maxLength: 5000 }),
    startsAt: Type.String({ format: 'date-time' }),
    endsAt: Type.String({ format: 'date-time' }),
    locationIds: Type.Optional(Type.Array(Uuid, { maxItems: 200 })),
    portIds: Type.Optional(Type.Array(Uuid, { maxItems: 1000 })),
  },
  { additionalProperties: false },
);

export const MaintenanceSchema = Type.Object(
  {
    id: Uuid, kind: MaintenanceKindSchema, title: Type.String(), description: Type.String(), startsAt: Timestamp, endsAt: Timestamp,
    locationIds: Type.Array(Uuid), portIds: Type.Array(Uuid), createdAt: Timestamp,
  },
  { title: 'MaintenanceEvent' },
);

const EmailStatusSchema = StringEnumOf<EmailStatus>({ pending: true, sent: true, stored: true, dead: true }, { title: 'EmailStatus' });

export const EmailListItemSchema = Type.Object(
  {
    id: Uuid, companyId: Nullable(Uuid), userId: Nullable(Uuid), type: Type.String(), to: Type.String(), language: AsStored(LanguageSchema),
    subject: Nullable(Type.String()), status: EmailStatusSchema, attempts: Type.Integer(), lastError: Nullable(Type.String()),
    createdAt: Timestamp, sentAt: Nullable(Timestamp), deadAt: Nullable(Timestamp),
  },
  { title: 'EmailDelivery' },
);

export const EmailSchema = Type.Object(
  { ...EmailListItemSchema.properties, subject: Type.String(), html: Type.String(), text: Type.String() },
  { title: 'Email' },
);

export const EmailListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    status: Type.Optional(EmailStatusSchema),
    to: Type.Optional(Type.String({ maxLength: 254 })),
  },
  { additionalProperties: false },
);
