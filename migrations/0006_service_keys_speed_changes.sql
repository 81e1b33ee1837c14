-- Service keys (a provider's controlled access to one of its ports) and VXC speed changes.

CREATE TABLE service_keys (
  id uuid PRIMARY KEY,
  key text NOT NULL UNIQUE,
  company_id uuid NOT NULL REFERENCES companies (id),
  port_id uuid NOT NULL REFERENCES ports (id),
  single_use boolean NOT NULL,
  max_speed_mbps integer NOT NULL CHECK (max_speed_mbps > 0),
  vlan integer CHECK (vlan IS NULL OR vlan = -1 OR vlan BETWEEN 2 AND 4093),
  valid_from timestamptz,
  valid_to timestamptz,
  active boolean NOT NULL,
  pre_approved boolean NOT NULL,
  description text,
  last_used_at timestamptz,
  used_count integer NOT NULL DEFAULT 0,
  spent_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (NOT single_use OR vlan IS NOT NULL),
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX service_keys_company ON service_keys (company_id, id);
CREATE INDEX service_keys_port ON service_keys (port_id, id);

ALTER TABLE connections ADD COLUMN service_key_id uuid REFERENCES service_keys (id);
ALTER TABLE connections ADD COLUMN pre_approved boolean NOT NULL DEFAULT false;
CREATE INDEX connections_provider ON connections (provider_company_id, id);

CREATE TABLE speed_changes (
  id uuid PRIMARY KEY,
  connection_id uuid NOT NULL REFERENCES connections (id),
  from_mbps integer NOT NULL CHECK (from_mbps > 0),
  to_mbps integer NOT NULL CHECK (to_mbps > 0),
  state text NOT NULL CHECK (state IN ('AWAITING_APPROVAL', 'APPLIED', 'REJECTED', 'CANCELLED')),
  reason text,
  requested_by uuid REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz
);
CREATE INDEX speed_changes_connection ON speed_changes (connection_id, id);
-- One pending request per connection: concurrent requests cannot both be waiting.
CREATE UNIQUE INDEX speed_changes_one_pending ON speed_changes (connection_id) WHERE state = 'AWAITING_APPROVAL';
