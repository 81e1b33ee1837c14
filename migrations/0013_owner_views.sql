-- Views a module publishes for the others to read (docs/architecture.md: a module's SQL names only
-- its own tables and views). Each exposes the columns other modules read today, nothing private
-- (no password hashes, no key hashes). They are plain views: PostgreSQL inlines them, so the
-- readers' plans and indexes are those of the underlying tables.

-- accounts: what others show or check of a company (names, tenancy).
CREATE VIEW company_directory AS
  SELECT id, type, name, partner_id FROM companies;

-- accounts: who a user is, for names in e-mails and histories.
CREATE VIEW user_directory AS
  SELECT id, company_id, first_name, last_name FROM users;

-- network: a port with its location. A LEFT JOIN (every port has a location), so readers of port
-- columns only do not read locations at all (PostgreSQL removes the join).
CREATE VIEW port_directory AS
  SELECT p.id, p.company_id, p.kind, p.name, p.speed_mbps, p.marketplace_visibility, p.provisioning_status, p.location_id,
    l.name AS location_name, l.country AS location_country, l.latitude AS location_latitude, l.longitude AS location_longitude
  FROM ports p LEFT JOIN locations l ON l.id = p.location_id;

-- connections: the ports (either end) of connections that are not over, the port-in-use check.
-- The state test is that of the partial VLAN indexes, so a port's rows are found through them.
CREATE VIEW open_connection_ports AS
  SELECT a_port_id AS port_id, id AS connection_id FROM connections WHERE state NOT IN ('DENIED', 'CANCELLED', 'DECOMMISSIONED')
  UNION ALL
  SELECT b_port_id AS port_id, id AS connection_id FROM connections WHERE state NOT IN ('DENIED', 'CANCELLED', 'DECOMMISSIONED');
