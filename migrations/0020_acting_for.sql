-- A partner user acting for one of its managed accounts in the portal: the session remembers whom,
-- and every audit row written meanwhile names the account acted for.
ALTER TABLE sessions ADD COLUMN acting_for uuid REFERENCES companies (id);
ALTER TABLE audit_events ADD COLUMN acting_for_company_id uuid;
