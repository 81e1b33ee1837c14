-- Partners: the feature settings of managed accounts (PRODUCT.md §4). A partner's defaults apply to
-- every managed account of it; an account's own row overrides them field by field (NULL = inherit).
-- A NULL default is the spec's (partners.settings.ts: SPEC_DEFAULTS).

CREATE TABLE partner_defaults (
  partner_id uuid PRIMARY KEY REFERENCES companies (id),
  dashboard boolean,
  -- NULL: on exactly when the operator supports the account (the spec's default).
  support_chat boolean,
  company_profile boolean,
  show_prices boolean,
  supported_by text CHECK (supported_by IN ('partner', 'operator')),
  approval_queue boolean,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE managed_settings (
  company_id uuid PRIMARY KEY REFERENCES companies (id),
  partner_id uuid NOT NULL REFERENCES companies (id),
  dashboard boolean,
  support_chat boolean,
  company_profile boolean,
  show_prices boolean,
  supported_by text CHECK (supported_by IN ('partner', 'operator')),
  approval_queue boolean,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX managed_settings_partner ON managed_settings (partner_id);
