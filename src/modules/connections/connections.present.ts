import type { ConnectionRow } from './connections.repo.ts';
import type { SpeedChangeRow } from './speed-changes.repo.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

function approvalOf(row: ConnectionRow) {
  const state = row.partner_hold === 'pending' ? 'awaiting_partner' : row.partner_hold === 'rejected' ? 'partner_rejected'
    : row.pre_approved && row.accepted_at ? 'pre_approved' : row.accepted_at ? 'accepted' : row.denied_at ? 'denied' : row.state === 'AWAITING_APPROVAL' ? 'pending' : 'withdrawn';
  const decidedAt = row.partner_hold === 'rejected' ? row.partner_decided_at : row.accepted_at ?? row.denied_at;
  return { state, reason: row.deny_reason, decidedAt: iso(decidedAt) };
}

/** Every transition so far with who and when (a pre-approved order starts at DEPLOYABLE). */
function historyOf(row: ConnectionRow) {
  const history: { state: string; at: string; by: string | null }[] = [];
  const push = (state: string, at: Date | null, by: string | null = null) => at && history.push({ state, at: at.toISOString(), by });
  const held = row.partner_hold !== null;
  // Through the partner's queue: asked (AWAITING_PARTNER), then put to the provider when the partner approved.
  if (held) push('AWAITING_PARTNER', row.requested_at, row.requested_by);
  const putToProvider = held ? (row.partner_hold === 'approved' ? row.partner_decided_at : null) : row.requested_at;
  const putBy = held ? row.partner_decided_by : row.requested_by;
  if (row.pre_approved) push('DEPLOYABLE', row.accepted_at, putBy);
  else {
    push('AWAITING_APPROVAL', putToProvider, putBy);
    push('DEPLOYABLE', row.accepted_at, row.accepted_by);
  }
  if (row.partner_hold === 'rejected') push('REJECTED', row.partner_decided_at, row.partner_decided_by);
  push('DENIED', row.denied_at, row.denied_by);
  push('CANCELLED', row.cancelled_at, row.cancelled_by);
  push('CONFIGURED', row.configured_at);
  push('LIVE', row.live_at);
  push('DECOMMISSIONED', row.decommissioned_at, row.decommissioned_by);
  return history;
}

export function presentConnection(row: ConnectionRow) {
  return {
    id: row.id, name: row.name, state: row.state, rateLimitMbps: row.rate_limit_mbps, companyId: row.company_id, companyName: row.customer_name,
    providerCompanyId: row.provider_company_id, providerName: row.provider_name, createdAt: row.requested_at.toISOString(),
    aEnd: { portId: row.a_port_id, vlan: row.a_vlan, portName: row.a_port_name, locationId: row.a_location_id },
    bEnd: { portId: row.b_port_id, vlan: row.b_vlan, portName: row.b_port_name, locationId: row.b_location_id },
    serviceKeyId: row.service_key_id,
    pendingSpeedChange: row.pending_speed_change_id
      ? { id: row.pending_speed_change_id, rateLimitMbps: row.pending_speed_mbps!, requestedAt: row.pending_speed_requested_at!.toISOString() }
      : null,
    approval: approvalOf(row),
    history: historyOf(row),
  };
}

export const presentSpeedChange = (row: SpeedChangeRow) => ({
  id: row.id, connectionId: row.connection_id, fromMbps: row.from_mbps, toMbps: row.to_mbps, state: row.state, reason: row.reason,
  requestedAt: row.requested_at.toISOString(), requestedBy: row.requested_by, decidedAt: iso(row.decided_at), decidedBy: row.decided_by,
});

/** What the partner's approval queue shows of a request about this connection (toMbps: a speed change's new rate). */
export const approvalSummary = (row: ConnectionRow, toMbps: number | null = null) => ({
  connectionName: row.name, providerName: row.provider_name, aPortName: row.a_port_name, bPortName: row.b_port_name, rateLimitMbps: row.rate_limit_mbps, toMbps,
});
