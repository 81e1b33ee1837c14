-- Billing: monthly invoices, one per paying company and month (direct customers and partners; a
-- managed account's charges are lines on its partner's invoice), made by the monthly close job.
CREATE SEQUENCE invoice_numbers;

CREATE TABLE invoices (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  number text NOT NULL UNIQUE,
  -- [{currency, amountMinor}], one per currency of the lines.
  totals jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Closing a month twice makes one invoice per company.
  UNIQUE (company_id, month)
);
CREATE INDEX invoices_month ON invoices (month, id);

CREATE TABLE invoice_lines (
  invoice_id uuid NOT NULL REFERENCES invoices (id),
  position integer NOT NULL,
  -- The company that held the service: the payer itself or one of its managed accounts.
  account_company_id uuid NOT NULL REFERENCES companies (id),
  account_name text NOT NULL,
  account_ref text,
  product text NOT NULL CHECK (product IN ('port', 'mcr', 'vxc')),
  service_id uuid NOT NULL,
  service_name text NOT NULL,
  market text NOT NULL,
  currency text NOT NULL,
  mbps integer NOT NULL,
  first_day integer NOT NULL CHECK (first_day BETWEEN 1 AND 31),
  last_day integer NOT NULL CHECK (last_day BETWEEN first_day AND 31),
  days integer NOT NULL,
  days_in_month integer NOT NULL,
  monthly_minor bigint NOT NULL,
  amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
  PRIMARY KEY (invoice_id, position)
);

-- The months whose close job is scheduled: one job per month, however often workers start.
CREATE TABLE billing_close_schedule (
  month text PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  scheduled_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz
);
