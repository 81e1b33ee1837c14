-- Restricted / denied-party lists for compliance screening (PRODUCT.md §6). Each import is one
-- version of one list (the CSL, the DPL, OFAC's SDN); importing a new version replaces the active
-- one in one transaction, and the record of every import stays.

CREATE TABLE screening_lists (
  id uuid PRIMARY KEY,
  -- The list: its format names it (csl: the Consolidated Screening List; dpl; sdn: OFAC's SDN set).
  list text NOT NULL CHECK (list IN ('csl', 'dpl', 'sdn')),
  -- Where it came from: a file name or a URL.
  version text NOT NULL,
  -- SHA-256 of the bytes imported (the files' in order, for a set).
  checksum text NOT NULL,
  entries integer NOT NULL CHECK (entries >= 0),
  bad_rows integer NOT NULL CHECK (bad_rows >= 0),
  -- The first bad rows, with their line numbers and why (the whole count is bad_rows).
  bad_row_sample jsonb NOT NULL DEFAULT '[]',
  imported_by uuid REFERENCES users (id),
  imported_at timestamptz NOT NULL DEFAULT now(),
  active boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX screening_lists_one_active ON screening_lists (list) WHERE active;

CREATE TABLE screening_entries (
  list_id uuid NOT NULL REFERENCES screening_lists (id) ON DELETE CASCADE,
  entry_id text NOT NULL,
  source text NOT NULL,
  name text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  entity_type text CHECK (entity_type IN ('individual', 'entity', 'vessel', 'aircraft')),
  addresses text[] NOT NULL DEFAULT '{}',
  countries text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (list_id, entry_id)
);
