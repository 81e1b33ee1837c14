import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface NotificationPreferencesTable {
  user_id: string;
  company_id: string;
  ordering: boolean;
  financial: boolean;
  people: boolean;
  company: boolean;
  services: boolean;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface NotificationsTable {
  id: string;
  company_id: string;
  user_id: string;
  event_id: string;
  about_company_id: string;
  type: string;
  group: string;
  params: ColumnType<Record<string, unknown>, string, string>;
  link: string | null;
  read_at: Date | null;
  created_at: CreatedAt;
}

export type EmailStatus = 'pending' | 'sent' | 'stored' | 'dead';

export interface EmailDeliveriesTable {
  id: string;
  company_id: string | null;
  user_id: string | null;
  notification_id: string | null;
  idempotency_key: string;
  type: string;
  to_address: string;
  language: string;
  params: ColumnType<Record<string, unknown>, string, string>;
  link: string | null;
  subject: string | null;
  html: string | null;
  text_body: string | null;
  /** Display name of the sender (its address is always MAIL_FROM's) and Reply-To, when the sender chose them (migrations/0027). */
  from_name: string | null;
  reply_to: string | null;
  status: EmailStatus;
  attempts: Generated<number>;
  last_error: string | null;
  message_id: string | null;
  created_at: CreatedAt;
  sent_at: Date | null;
  dead_at: Date | null;
}

export interface WebhooksTable {
  id: string;
  company_id: string;
  url: string;
  event_types: string[];
  description: string | null;
  secret: string;
  active: Generated<boolean>;
  consecutive_failures: Generated<number>;
  disabled_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
  deleted_at: Date | null;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  company_id: string;
  event_id: string | null;
  event_type: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  status: WebhookDeliveryStatus;
  attempts: Generated<number>;
  last_status_code: number | null;
  last_error: string | null;
  created_at: CreatedAt;
  delivered_at: Date | null;
}

export interface MaintenanceEventsTable {
  id: string;
  kind: 'maintenance' | 'outage';
  title: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  location_ids: string[];
  port_ids: string[];
  created_by: string | null;
  created_at: CreatedAt;
}

export interface NotificationsTables {
  notification_preferences: NotificationPreferencesTable;
  notifications: NotificationsTable;
  email_deliveries: EmailDeliveriesTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  maintenance_events: MaintenanceEventsTable;
}
