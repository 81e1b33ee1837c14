-- Provider profiles and their search terms (prefix search on any word, accent- and case-insensitive).

CREATE TABLE provider_profiles (
  company_id uuid PRIMARY KEY REFERENCES companies (id),
  title text NOT NULL,
  description text NOT NULL,
  services text[] NOT NULL,
  contact_email text NOT NULL,
  website text,
  phone text,
  hq_address jsonb,
  logo_url text,
  updated_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX provider_profiles_services ON provider_profiles USING gin (services);

-- One row per normalised word of the title: "Équinoxe Networks" → equinoxe, networks.
CREATE TABLE provider_search_terms (
  company_id uuid NOT NULL REFERENCES companies (id),
  term text NOT NULL,
  PRIMARY KEY (company_id, term)
);
CREATE INDEX provider_search_terms_prefix ON provider_search_terms (term text_pattern_ops);
