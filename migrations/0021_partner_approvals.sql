-- The partner's service approval queue (PRODUCT.md §4, `approvalQueue`): a managed account's new
-- orders, speed changes and terminations wait for its partner's approvers before they go on to the
-- provider or the network.

CREATE TABLE partner_approvals (
  id uuid PRIMARY KEY,
  partner_id uuid NOT NULL REFERENCES companies (id),
  -- The managed account that asked.
  company_id uuid NOT NULL REFERENCES companies (id),
  kind text NOT NULL CHECK (kind IN ('connection', 'speed_change', 'termination')),
  -- What waits: the connection (connection, termination) or the speed change; owned by the connections module.
  subject_id uuid NOT NULL,
  connection_id uuid NOT NULL,
  -- What the queue shows without reading another module's tables (name, rate, ports, locations, provider).
  summary jsonb NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected', 'withdrawn')),
  reason text,
  requested_by uuid REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz
);
-- One open request per thing: a second termination of the same connection is refused.
CREATE UNIQUE INDEX partner_approvals_one_pending ON partner_approvals (kind, subject_id) WHERE state = 'pending';
CREATE INDEX partner_approvals_partner ON partner_approvals (partner_id, id);

-- Connections: AWAITING_PARTNER (held in the queue), REJECTED (the partner said no; the provider never saw it).
ALTER TABLE connections DROP CONSTRAINT connections_state_check;
ALTER TABLE connections ADD CONSTRAINT connections_state_check
  CHECK (state IN ('AWAITING_PARTNER', 'AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE', 'DENIED', 'REJECTED', 'CANCELLED', 'DECOMMISSIONED'));
-- Whether the order went through the queue (null: it did not) and how the partner decided.
ALTER TABLE connections ADD COLUMN partner_hold text CHECK (partner_hold IN ('pending', 'approved', 'rejected', 'withdrawn'));
ALTER TABLE connections ADD COLUMN partner_decided_by uuid REFERENCES users (id);
ALTER TABLE connections ADD COLUMN partner_decided_at timestamptz;

-- Speed changes: AWAITING_PARTNER before the raise goes to the provider (or a decrease applies).
ALTER TABLE speed_changes DROP CONSTRAINT speed_changes_state_check;
ALTER TABLE speed_changes ADD CONSTRAINT speed_changes_state_check CHECK (state IN ('AWAITING_PARTNER', 'AWAITING_APPROVAL', 'APPLIED', 'REJECTED', 'CANCELLED'));
DROP INDEX speed_changes_one_pending;
CREATE UNIQUE INDEX speed_changes_one_pending ON speed_changes (connection_id) WHERE state IN ('AWAITING_PARTNER', 'AWAITING_APPROVAL');

-- A connection held or rejected by the partner still counts as open while held (its VLANs are reserved).
CREATE OR REPLACE VIEW open_connection_ports AS
  SELECT a_port_id AS port_id, id AS connection_id FROM connections WHERE state NOT IN ('DENIED', 'REJECTED', 'CANCELLED', 'DECOMMISSIONED')
  UNION ALL
  SELECT b_port_id AS port_id, id AS connection_id FROM connections WHERE state NOT IN ('DENIED', 'REJECTED', 'CANCELLED', 'DECOMMISSIONED');

-- A rejected order frees its VLANs like a denied one.
DROP INDEX connections_a_vlan;
CREATE UNIQUE INDEX connections_a_vlan ON connections (a_port_id, a_vlan) WHERE state NOT IN ('DENIED', 'REJECTED', 'CANCELLED', 'DECOMMISSIONED');
DROP INDEX connections_b_vlan;
CREATE UNIQUE INDEX connections_b_vlan ON connections (b_port_id, b_vlan) WHERE b_vlan IS NOT NULL AND state NOT IN ('DENIED', 'REJECTED', 'CANCELLED', 'DECOMMISSIONED');
