-- Compliance checks of customers (PRODUCT.md §6): every check recorded, at most one open review
-- per company, contact attempts, and the status history. The current status is on the company
-- (accounts stores it; compliance decides it through accounts' public face).

-- Null: not screened (the operator itself). Every other company starts pending.
ALTER TABLE companies
  ADD COLUMN compliance_status text CHECK (compliance_status IN ('pending', 'clear', 'potential_match', 'approved', 'rejected')),
  ADD COLUMN compliance_checked_at timestamptz,
  ADD COLUMN deprovisioned_at timestamptz;
UPDATE companies SET compliance_status = 'pending' WHERE type <> 'operator';

CREATE TABLE screening_checks (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  -- Why it ran: created, name_changed, address_changed, list_updated (a new list version), sweep.
  reason text NOT NULL,
  -- What was screened: {name, country, address}.
  subject jsonb NOT NULL,
  -- clear or potential_match (what the engine found, before any review).
  result text NOT NULL CHECK (result IN ('clear', 'potential_match')),
  -- The matches with their explanations, best first.
  matches jsonb NOT NULL DEFAULT '[]',
  -- The list versions used (screening_lists ids).
  lists uuid[] NOT NULL DEFAULT '{}',
  checked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screening_checks_company ON screening_checks (company_id, checked_at DESC);

CREATE TABLE screening_reviews (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  -- open (waits for an officer), approved (no problem), rejected (a listed party).
  status text NOT NULL CHECK (status IN ('open', 'approved', 'rejected')),
  -- The customer as screened and the entries matched (with scores and explanations); later checks add to them.
  subject jsonb NOT NULL,
  matches jsonb NOT NULL,
  -- What later checks found while it was open: [{at, kind: new_match|match_gone, listEntryId, name, score?}].
  updates jsonb NOT NULL DEFAULT '[]',
  opened_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  decision_note text,
  -- Set once, when the deprovisioning job has removed the customer.
  deprovisioned_at timestamptz,
  deprovision_reason text CHECK (deprovision_reason IN ('non_compliant_30_days', 'partner_not_reached'))
);
CREATE UNIQUE INDEX screening_reviews_one_open ON screening_reviews (company_id) WHERE status = 'open';
CREATE INDEX screening_reviews_queue ON screening_reviews (status, opened_at);

CREATE TABLE screening_contact_attempts (
  id uuid PRIMARY KEY,
  review_id uuid NOT NULL REFERENCES screening_reviews (id),
  channel text NOT NULL CHECK (channel IN ('email', 'phone', 'portal', 'letter', 'other')),
  -- reached: the partner (or the customer's admin) answered; not_reached: nobody did.
  outcome text NOT NULL CHECK (outcome IN ('reached', 'not_reached')),
  note text NOT NULL,
  by_user uuid REFERENCES users (id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screening_contact_attempts_review ON screening_contact_attempts (review_id, at);

-- Every status a company had, and why (a check, a decision, a deprovisioning).
CREATE TABLE screening_status_history (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  status text NOT NULL CHECK (status IN ('pending', 'clear', 'potential_match', 'approved', 'rejected', 'deprovisioned')),
  reason text NOT NULL,
  check_id uuid REFERENCES screening_checks (id),
  review_id uuid REFERENCES screening_reviews (id),
  by_user uuid REFERENCES users (id),
  note text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screening_status_history_company ON screening_status_history (company_id, at);

-- Re-screening after an import: its progress, for the operator's lists page.
CREATE TABLE screening_rescreens (
  id uuid PRIMARY KEY,
  list_id uuid NOT NULL REFERENCES screening_lists (id),
  total integer NOT NULL CHECK (total >= 0),
  done integer NOT NULL DEFAULT 0 CHECK (done >= 0),
  potential_matches integer NOT NULL DEFAULT 0,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
