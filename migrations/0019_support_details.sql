-- Partners: a company's technical support details (whom the operator's support contacts about its services).
CREATE TABLE support_details (
  company_id uuid PRIMARY KEY REFERENCES companies (id),
  noc_email text,
  noc_phone text,
  escalation text,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
