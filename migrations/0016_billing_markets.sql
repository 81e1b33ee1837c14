-- Partners: billing markets (PRODUCT.md §4). A partner or direct customer enables ordering per
-- country (ISO 3166-1 alpha-2); a managed account orders where its partner has a market.
-- Disabling deletes the row (the audit log keeps who enabled and disabled it, and when).
CREATE TABLE billing_markets (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  enabled_by uuid REFERENCES users (id),
  enabled_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT billing_markets_company_country UNIQUE (company_id, country)
);
