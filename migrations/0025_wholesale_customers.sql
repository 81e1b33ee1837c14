-- Wholesale customer organisations and what they hold (PRODUCT.md §5, issue 12): their package
-- lines (the caps), locations, phone numbers, subscribers with their package history, and the
-- partners' billing reports. A customer is a managed company of the partner (accounts owns it, so
-- compliance screens it like any other) plus this module's row.

-- Others read a company's screening status and whether it is deprovisioned through accounts' view.
CREATE OR REPLACE VIEW company_directory AS
  SELECT id, type, name, partner_id, compliance_status, compliance_checked_at, deprovisioned_at FROM companies;

CREATE TABLE wholesale_customers (
  id uuid PRIMARY KEY,
  partner_id uuid NOT NULL REFERENCES companies (id),
  -- The customer's company (a managed account of the partner; the partner's own when it provisions itself).
  company_id uuid NOT NULL REFERENCES companies (id),
  -- RESTRICT: a template in use is not deleted (the service answers 409 template_in_use first).
  template_id uuid NOT NULL REFERENCES wholesale_templates (id) ON DELETE RESTRICT,
  -- The partner's own reference: a retried create finds the customer instead of making a second.
  external_id text NOT NULL,
  name text NOT NULL,
  primary_email text NOT NULL,
  language text NOT NULL CHECK (language IN ('en', 'de', 'it')),
  address jsonb NOT NULL,
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  headquarters jsonb,
  data_region text NOT NULL,
  -- {country, countryCode, number, source, region}: the default global dial-in of the meeting site.
  dial_in jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('provisioning', 'provisioned', 'provisioned_with_errors', 'error', 'deprovisioning', 'deprovisioned')),
  errors jsonb NOT NULL DEFAULT '[]',
  warnings jsonb NOT NULL DEFAULT '[]',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  provisioned_at timestamptz,
  deprovisioned_at timestamptz,
  CONSTRAINT wholesale_customers_partner_external UNIQUE (partner_id, external_id)
);
CREATE INDEX wholesale_customers_template ON wholesale_customers (template_id);
CREATE INDEX wholesale_customers_company ON wholesale_customers (company_id);

-- One row per package of a customer: the cap (quantity) and how many are assigned. Assigning is
-- one conditional UPDATE (assigned < quantity), so concurrent assignments never pass the cap.
CREATE TABLE wholesale_package_lines (
  customer_id uuid NOT NULL REFERENCES wholesale_customers (id) ON DELETE CASCADE,
  name text NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  assigned integer NOT NULL DEFAULT 0 CHECK (assigned >= 0 AND assigned <= quantity),
  status text NOT NULL CHECK (status IN ('pending', 'provisioning', 'provisioned', 'error')),
  error jsonb,
  PRIMARY KEY (customer_id, name)
);

-- How many of each package a customer had when (add-ons are billed by quantity ordered).
CREATE TABLE wholesale_line_periods (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES wholesale_customers (id) ON DELETE CASCADE,
  name text NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  started_at timestamptz NOT NULL,
  ended_at timestamptz
);
CREATE INDEX wholesale_line_periods_customer ON wholesale_line_periods (customer_id, started_at);

CREATE TABLE wholesale_locations (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES wholesale_customers (id) ON DELETE CASCADE,
  name text NOT NULL,
  address jsonb NOT NULL,
  time_zone text NOT NULL,
  language text NOT NULL CHECK (language IN ('en', 'de', 'it')),
  headquarters boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT wholesale_locations_customer_name UNIQUE (customer_id, name)
);

CREATE TABLE wholesale_subscribers (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES wholesale_customers (id) ON DELETE CASCADE,
  email text NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL,
  package text NOT NULL,
  role text NOT NULL CHECK (role IN ('user', 'admin', 'full_admin')),
  location_id uuid REFERENCES wholesale_locations (id),
  extension text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz
);
-- An e-mail is one subscriber's while it is active (on the whole platform).
CREATE UNIQUE INDEX wholesale_subscribers_email ON wholesale_subscribers (lower(email)) WHERE removed_at IS NULL;
CREATE UNIQUE INDEX wholesale_subscribers_extension ON wholesale_subscribers (customer_id, extension) WHERE removed_at IS NULL AND extension IS NOT NULL;
CREATE INDEX wholesale_subscribers_customer ON wholesale_subscribers (customer_id, id);

-- A location's phone numbers. Assigning is one conditional UPDATE (subscriber_id IS NULL), and a
-- subscriber holds at most one: a number is never assigned twice.
CREATE TABLE wholesale_numbers (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES wholesale_customers (id) ON DELETE CASCADE,
  location_id uuid NOT NULL REFERENCES wholesale_locations (id) ON DELETE CASCADE,
  number text NOT NULL UNIQUE CHECK (number ~ '^\+[1-9][0-9]{6,14}$'),
  subscriber_id uuid UNIQUE REFERENCES wholesale_subscribers (id),
  assigned_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX wholesale_numbers_location ON wholesale_numbers (location_id, number);

-- Which package a subscriber had when: the package-days of the billing reports.
CREATE TABLE wholesale_assignments (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES wholesale_customers (id) ON DELETE CASCADE,
  subscriber_id uuid NOT NULL REFERENCES wholesale_subscribers (id) ON DELETE CASCADE,
  package text NOT NULL,
  started_at timestamptz NOT NULL,
  ended_at timestamptz
);
CREATE INDEX wholesale_assignments_customer ON wholesale_assignments (customer_id, started_at);
CREATE UNIQUE INDEX wholesale_assignments_open ON wholesale_assignments (subscriber_id) WHERE ended_at IS NULL;

CREATE TABLE wholesale_billing_reports (
  id uuid PRIMARY KEY,
  partner_id uuid NOT NULL REFERENCES companies (id),
  requested_by uuid REFERENCES users (id),
  type text NOT NULL CHECK (type IN ('partner', 'customer', 'user')),
  from_date date NOT NULL,
  to_date date NOT NULL CHECK (to_date >= from_date),
  status text NOT NULL CHECK (status IN ('queued', 'generating', 'ready', 'failed')),
  csv text,
  row_count integer,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz
);
CREATE INDEX wholesale_billing_reports_partner ON wholesale_billing_reports (partner_id, id);
