-- Foundation: companies, users, sessions, API keys, audit log, idempotency keys,
-- login throttling, the domain-event outbox and locations.

CREATE TABLE companies (
  id uuid PRIMARY KEY,
  type text NOT NULL CHECK (type IN ('operator', 'partner', 'direct', 'managed')),
  name text NOT NULL,
  partner_id uuid REFERENCES companies (id),
  account_ref text,
  billing_address jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT managed_has_partner CHECK ((type = 'managed') = (partner_id IS NOT NULL))
);
-- Exactly one operator.
CREATE UNIQUE INDEX companies_single_operator ON companies ((true)) WHERE type = 'operator';
CREATE INDEX companies_partner_id ON companies (partner_id);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  email text NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only', 'compliance_officer')),
  language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'de', 'it')),
  password_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz
);
CREATE UNIQUE INDEX users_email_active ON users (lower(email)) WHERE removed_at IS NULL;
CREATE INDEX users_company_id ON users (company_id, id);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  company_id uuid NOT NULL REFERENCES companies (id),
  token_hash text NOT NULL UNIQUE,
  csrf_token text NOT NULL,
  ip text,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user_id ON sessions (user_id);

CREATE TABLE api_keys (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  company_id uuid NOT NULL REFERENCES companies (id),
  name text NOT NULL,
  prefix text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  role text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_user_id ON api_keys (user_id, id);

CREATE TABLE audit_events (
  id uuid PRIMARY KEY,
  company_id uuid REFERENCES companies (id),
  actor_user_id uuid REFERENCES users (id),
  actor_company_id uuid REFERENCES companies (id),
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text,
  before jsonb,
  after jsonb,
  request_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_company ON audit_events (company_id, id DESC);

CREATE TABLE idempotency_keys (
  owner text NOT NULL,
  key text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  request_hash text NOT NULL,
  status_code integer,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner, key)
);

CREATE TABLE login_failures (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_email ON login_failures (email, created_at);
CREATE INDEX login_failures_ip ON login_failures (ip, created_at);

-- The outbox: every domain event, written in the transaction that caused it.
CREATE TABLE events (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  company_id uuid REFERENCES companies (id),
  actor_user_id uuid REFERENCES users (id),
  payload jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_type ON events (type, id);

-- Which handler has already applied which event: makes handlers safe to run twice.
CREATE TABLE handled_events (
  handler text NOT NULL,
  event_id uuid NOT NULL REFERENCES events (id),
  handled_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (handler, event_id)
);

CREATE TABLE locations (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  market text NOT NULL,
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  region text NOT NULL,
  latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  created_at timestamptz NOT NULL DEFAULT now()
);
