-- Wholesale onboarding templates (PRODUCT.md §5, issue 12): what a partner provisions its customers
-- with. One template serves many customers; a partner has many. Customer creation names a template
-- by its provisioning id.

CREATE TABLE wholesale_templates (
  id uuid PRIMARY KEY,
  -- The partner that owns it (the tenant key: another partner never sees it).
  partner_id uuid NOT NULL REFERENCES companies (id),
  name text NOT NULL,
  -- prv_ + 24 url-safe base64 characters (144 random bits): what a partner copies into its integration.
  provisioning_id text NOT NULL UNIQUE CHECK (provisioning_id ~ '^prv_[A-Za-z0-9_-]{24}$'),
  provider_admin_email text NOT NULL,
  -- ISO 3166-1 alpha-2, or null when the partner chose a region only; region is always set (a country's own region).
  country text CHECK (country ~ '^[A-Z]{2}$'),
  region text NOT NULL CHECK (region IN ('AMER', 'APAC', 'ANZ', 'EMEA', 'EURO')),
  default_email_language text NOT NULL CHECK (default_email_language IN ('en', 'de', 'it')),
  -- The wholesale subscription customers are provisioned under (its id or name at the operator).
  subscription text NOT NULL,
  -- A cloud-connected PSTN provider: allowed, not recommended (responses flag it).
  pstn_provider text,
  auth_method text NOT NULL CHECK (auth_method IN ('platform', 'saml')),
  -- The partner's IdP metadata (SAML 2.0 EntityDescriptor), exactly when auth_method is saml.
  saml_metadata text,
  email_settings jsonb NOT NULL DEFAULT '{}',
  calling_settings jsonb NOT NULL DEFAULT '{}',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT wholesale_templates_partner_name UNIQUE (partner_id, name),
  CONSTRAINT wholesale_templates_saml CHECK ((auth_method = 'saml') = (saml_metadata IS NOT NULL))
);
