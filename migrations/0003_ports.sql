-- Ports and cloud routers (MCRs): ordered by a company at a location, provisioned by the network controller.

CREATE TABLE ports (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  location_id uuid NOT NULL REFERENCES locations (id),
  kind text NOT NULL CHECK (kind IN ('port', 'mcr')),
  name text NOT NULL,
  speed_mbps integer NOT NULL CHECK (speed_mbps > 0),
  marketplace_visibility text NOT NULL CHECK (marketplace_visibility IN ('public', 'private')),
  provisioning_status text NOT NULL CHECK (provisioning_status IN ('DEPLOYABLE', 'CONFIGURED', 'LIVE', 'CANCELLED', 'DECOMMISSIONED')),
  ordered_by uuid REFERENCES users (id),
  ordered_at timestamptz NOT NULL DEFAULT now(),
  configured_at timestamptz,
  live_at timestamptz,
  cancelled_by uuid REFERENCES users (id),
  cancelled_at timestamptz,
  decommissioned_by uuid REFERENCES users (id),
  decommissioned_at timestamptz
);
CREATE INDEX ports_company ON ports (company_id, id);
CREATE INDEX ports_location ON ports (location_id) WHERE provisioning_status NOT IN ('CANCELLED', 'DECOMMISSIONED');
