import type { ColumnType } from 'kysely';
import type { ConnectionState } from './connections.state.ts';

export interface ConnectionsTable {
  id: string;
  company_id: string;
  provider_company_id: string;
  name: string;
  rate_limit_mbps: number;
  a_port_id: string;
  a_vlan: number;
  b_port_id: string;
  b_vlan: number | null;
  state: ConnectionState;
  deny_reason: string | null;
  requested_by: string | null;
  requested_at: ColumnType<Date, Date | undefined, never>;
  accepted_by: string | null;
  accepted_at: Date | null;
  denied_by: string | null;
  denied_at: Date | null;
  cancelled_by: string | null;
  cancelled_at: Date | null;
  configured_at: Date | null;
  live_at: Date | null;
  decommissioned_by: string | null;
  decommissioned_at: Date | null;
  service_key_id: string | null;
  pre_approved: ColumnType<boolean, boolean | undefined, never>;
  /** Whether the order went through the partner's approval queue (null: it did not) and how it ended. */
  partner_hold: 'pending' | 'approved' | 'rejected' | 'withdrawn' | null;
  partner_decided_by: string | null;
  partner_decided_at: Date | null;
}

export type SpeedChangeState = 'AWAITING_PARTNER' | 'AWAITING_APPROVAL' | 'APPLIED' | 'REJECTED' | 'CANCELLED';

export interface SpeedChangesTable {
  id: string;
  connection_id: string;
  from_mbps: number;
  to_mbps: number;
  state: SpeedChangeState;
  reason: string | null;
  requested_by: string | null;
  requested_at: ColumnType<Date, Date | undefined, never>;
  decided_by: string | null;
  decided_at: Date | null;
}

export interface ConnectionsTables {
  connections: ConnectionsTable;
  speed_changes: SpeedChangesTable;
}

/** A port on either end of a connection that is not over (migrations/0013_owner_views.sql). */
export interface OpenConnectionPortsView {
  port_id: string;
  connection_id: string;
}

/** The views connections publishes for other modules' SQL. */
export interface ConnectionsViews {
  open_connection_ports: OpenConnectionPortsView;
}
