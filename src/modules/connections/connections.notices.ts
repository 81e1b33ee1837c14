import type { Executor } from '../../platform/db/db.ts';
import { defineNotice, type Audience, type Group, type Notice, type NoticeSubject } from '../../platform/notify/notices.ts';
import { connectionsQueries } from './connections.queries.ts';

/** A VLAN as the texts take it: the number, `untagged` (-1), or empty while none is set; translated when rendered. */
const vlanParam = (vlan: number | null) => (vlan === null ? '' : vlan === -1 ? 'untagged' : String(vlan));

/** Which side of the connection a notice is about: the customer (A end) or the provider (B end). */
type Side = 'customer' | 'provider';

/** The connection (and its speed change, if any) as the texts name it, for the company on `side`. */
async function aboutConnection(db: Executor, side: Side, connectionId: string, speedChangeId?: string): Promise<NoticeSubject[]> {
  const c = await connectionsQueries.summary(db, connectionId);
  if (!c) return [];
  const change = speedChangeId ? await connectionsQueries.speedChange(db, speedChangeId) : undefined;
  return [{
    companyId: side === 'provider' ? c.provider_company_id : c.company_id,
    params: {
      connectionId: c.id, connectionName: c.name, customerName: c.customer_name, providerName: c.provider_name, rateLimitMbps: String(c.rate_limit_mbps),
      requesterName: c.requester_first_name ? `${c.requester_first_name} ${c.requester_last_name ?? ''}` : '',
      aPortName: c.a_port_name, aLocation: c.a_location_name, vlan: vlanParam(c.a_vlan), portName: c.b_port_name, bLocation: c.b_location_name,
      bVlan: vlanParam(c.b_vlan), reason: (change ? change.reason : c.deny_reason) ?? '',
      fromMbps: String(change?.from_mbps ?? ''), toMbps: String(change?.to_mbps ?? ''),
    },
  }];
}

type ConnectionEvent = 'connection.requested' | 'connection.accepted' | 'connection.denied' | 'connection.cancelled' | 'connection.decommissioned' | 'connection.live' | 'service_key.used';
type SpeedChangeEvent = 'speed_change.requested' | 'speed_change.accepted' | 'speed_change.rejected' | 'speed_change.withdrawn';

const toConnection = (p: { connectionId: string }) => `/connections/${p.connectionId}`;

/** A notice about a connection, told to one side of it. */
const connectionNotice = (type: string, group: Group, audience: Audience, event: ConnectionEvent, side: Side, link = toConnection): Notice =>
  defineNotice<ConnectionEvent>({ type, group, audience, event, link, load: (db, e) => aboutConnection(db, side, e.payload.connectionId) });

/** A notice about a speed change of a connection, told to one side of it. */
const speedChangeNotice = (type: string, audience: Audience, event: SpeedChangeEvent, side: Side, link = toConnection): Notice =>
  defineNotice<SpeedChangeEvent>({
    type, group: 'ordering', audience, event, link,
    load: (db, e) => aboutConnection(db, side, e.payload.connectionId, e.payload.speedChangeId),
  });

/** Connections' notices: orders, decisions, speed changes and a VXC's life. */
export const connectionsNotices = [
  connectionNotice('ordering.connection_requested', 'ordering', 'approvers', 'connection.requested', 'provider', () => '/approvals'),
  connectionNotice('ordering.connection_ordered', 'ordering', 'company_subscribers', 'connection.requested', 'customer'),
  connectionNotice('ordering.connection_accepted', 'ordering', 'company_subscribers', 'connection.accepted', 'customer'),
  connectionNotice('ordering.connection_denied', 'ordering', 'company_subscribers', 'connection.denied', 'customer'),
  connectionNotice('ordering.connection_withdrawn', 'ordering', 'approvers', 'connection.cancelled', 'provider'),
  // A request the platform cancelled (its provider was deprovisioned): the customer did not, so it is told.
  defineNotice<ConnectionEvent>({
    type: 'ordering.connection_cancelled', group: 'ordering', audience: 'company_subscribers', event: 'connection.cancelled', link: toConnection,
    load: async (db, e) => (e.actor_user_id ? [] : aboutConnection(db, 'customer', e.payload.connectionId)),
  }),
  speedChangeNotice('ordering.speed_change_requested', 'approvers', 'speed_change.requested', 'provider', () => '/approvals'),
  speedChangeNotice('ordering.speed_change_accepted', 'company_subscribers', 'speed_change.accepted', 'customer'),
  speedChangeNotice('ordering.speed_change_rejected', 'company_subscribers', 'speed_change.rejected', 'customer'),
  speedChangeNotice('ordering.speed_change_withdrawn', 'approvers', 'speed_change.withdrawn', 'provider'),
  connectionNotice('ordering.service_key_used', 'ordering', 'company_subscribers', 'service_key.used', 'provider', () => '/service-keys'),
  connectionNotice('services.connection_decommissioned', 'services', 'company_subscribers', 'connection.decommissioned', 'customer'),
  connectionNotice('services.connection_decommissioned_by_customer', 'services', 'company_subscribers', 'connection.decommissioned', 'provider'),
  connectionNotice('services.connection_live', 'services', 'company_subscribers', 'connection.live', 'customer'),
];
