-- Partners: what a partner's managed accounts see of it in the portal and in their e-mails.
CREATE TABLE partner_branding (
  partner_id uuid PRIMARY KEY REFERENCES companies (id),
  display_name text NOT NULL,
  logo_url text,
  primary_color text CHECK (primary_color ~ '^#[0-9a-f]{6}$'),
  support_email text,
  support_url text,
  support_phone text,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
