-- VXCs (virtual cross connects) between a customer's port/MCR (A-end) and a provider's port (B-end).

CREATE TABLE connections (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  provider_company_id uuid NOT NULL REFERENCES companies (id),
  name text NOT NULL,
  rate_limit_mbps integer NOT NULL CHECK (rate_limit_mbps > 0),
  a_port_id uuid NOT NULL REFERENCES ports (id),
  a_vlan integer NOT NULL CHECK (a_vlan = -1 OR a_vlan BETWEEN 2 AND 4093),
  b_port_id uuid NOT NULL REFERENCES ports (id),
  b_vlan integer CHECK (b_vlan IS NULL OR b_vlan = -1 OR b_vlan BETWEEN 2 AND 4093),
  state text NOT NULL CHECK (state IN ('AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE', 'DENIED', 'CANCELLED', 'DECOMMISSIONED')),
  deny_reason text,
  requested_by uuid REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  accepted_by uuid REFERENCES users (id),
  accepted_at timestamptz,
  denied_by uuid REFERENCES users (id),
  denied_at timestamptz,
  cancelled_by uuid REFERENCES users (id),
  cancelled_at timestamptz,
  configured_at timestamptz,
  live_at timestamptz,
  decommissioned_by uuid REFERENCES users (id),
  decommissioned_at timestamptz
);
CREATE INDEX connections_company ON connections (company_id, id);
CREATE INDEX connections_provider_pending ON connections (provider_company_id, id) WHERE state = 'AWAITING_APPROVAL';
-- A VLAN is taken on a port while its connection is not over.
CREATE UNIQUE INDEX connections_a_vlan ON connections (a_port_id, a_vlan) WHERE state NOT IN ('DENIED', 'CANCELLED', 'DECOMMISSIONED');
CREATE UNIQUE INDEX connections_b_vlan ON connections (b_port_id, b_vlan) WHERE b_vlan IS NOT NULL AND state NOT IN ('DENIED', 'CANCELLED', 'DECOMMISSIONED');
