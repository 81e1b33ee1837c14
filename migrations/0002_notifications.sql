-- Notifications: preferences, the in-app feed, e-mail deliveries, webhooks, maintenance events.

CREATE TABLE notification_preferences (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  company_id uuid NOT NULL REFERENCES companies (id),
  ordering boolean NOT NULL,
  financial boolean NOT NULL,
  people boolean NOT NULL,
  company boolean NOT NULL,
  services boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The in-app feed: one row per (event, recipient, type, company the notice is about).
CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  user_id uuid NOT NULL REFERENCES users (id),
  event_id uuid NOT NULL REFERENCES events (id),
  about_company_id uuid NOT NULL REFERENCES companies (id),
  type text NOT NULL,
  "group" text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}',
  link text,
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (event_id, user_id, type, about_company_id)
);
CREATE INDEX notifications_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;

-- One row per (notification, recipient) e-mail; the idempotency key doubles as the Message-ID.
-- The message is rendered when sent (from type, language and params) and kept for the preview.
CREATE TABLE email_deliveries (
  id uuid PRIMARY KEY,
  company_id uuid REFERENCES companies (id),
  user_id uuid REFERENCES users (id),
  notification_id uuid REFERENCES notifications (id),
  idempotency_key text NOT NULL UNIQUE,
  type text NOT NULL,
  to_address text NOT NULL,
  language text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}',
  link text,
  subject text,
  html text,
  text_body text,
  status text NOT NULL CHECK (status IN ('pending', 'sent', 'stored', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  message_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  dead_at timestamptz
);
CREATE INDEX email_deliveries_status ON email_deliveries (status, id DESC);

CREATE TABLE webhooks (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  url text NOT NULL,
  event_types text[] NOT NULL,
  description text,
  -- Needed in clear to sign deliveries (HMAC); shown to the company once, at creation.
  secret text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  consecutive_failures integer NOT NULL DEFAULT 0,
  disabled_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX webhooks_company ON webhooks (company_id) WHERE deleted_at IS NULL;

CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY,
  webhook_id uuid NOT NULL REFERENCES webhooks (id),
  company_id uuid NOT NULL REFERENCES companies (id),
  event_id uuid REFERENCES events (id),
  event_type text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_status_code integer,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id DESC);

CREATE TABLE maintenance_events (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('maintenance', 'outage')),
  title text NOT NULL,
  description text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  location_ids uuid[] NOT NULL DEFAULT '{}',
  port_ids uuid[] NOT NULL DEFAULT '{}',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
