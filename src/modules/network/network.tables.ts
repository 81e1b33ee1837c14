import type { ColumnType } from 'kysely';
import type { PortStatus } from './ports.state.ts';

export interface LocationsTable {
  id: string;
  name: string;
  market: string;
  country: string;
  region: string;
  latitude: number;
  longitude: number;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface NetworkTables {
  locations: LocationsTable;
  ports: PortsTable;
}

export interface PortsTable {
  id: string;
  company_id: string;
  location_id: string;
  kind: 'port' | 'mcr';
  name: string;
  speed_mbps: number;
  marketplace_visibility: 'public' | 'private';
  provisioning_status: PortStatus;
  ordered_by: string | null;
  ordered_at: ColumnType<Date, Date | undefined, never>;
  configured_at: Date | null;
  live_at: Date | null;
  cancelled_by: string | null;
  cancelled_at: Date | null;
  decommissioned_by: string | null;
  decommissioned_at: Date | null;
}

/** A port with its location, what other modules may read of ports (migrations/0013_owner_views.sql). */
export interface PortDirectoryView {
  id: string;
  company_id: string;
  kind: 'port' | 'mcr';
  name: string;
  speed_mbps: number;
  marketplace_visibility: 'public' | 'private';
  provisioning_status: PortStatus;
  location_id: string;
  location_name: string;
  location_country: string;
  location_latitude: number;
  location_longitude: number;
}

/** The views network publishes for other modules' SQL. */
export interface NetworkViews {
  port_directory: PortDirectoryView;
}
