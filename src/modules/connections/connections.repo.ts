import type { Executor } from '../../platform/db/db.ts';
import { fromState, toState, type ConnectionTransition } from './connections.state.ts';

const columns = [
  'id', 'company_id', 'provider_company_id', 'name', 'rate_limit_mbps', 'a_port_id', 'a_vlan', 'b_port_id', 'b_vlan', 'state', 'deny_reason',
  'requested_by', 'requested_at', 'accepted_by', 'accepted_at', 'denied_by', 'denied_at', 'cancelled_by', 'cancelled_at', 'configured_at',
  'live_at', 'decommissioned_by', 'decommissioned_at',
] as const;

export type ConnectionRow = NonNullable<Awaited<ReturnType<typeof findConnection>>>;

export function findConnection(db: Executor, id: string) {
  return db.selectFrom('connections').select(columns).where('id', '=', id).executeTakeFirst();
}

/** The port with a row lock: VLAN allocation on one port happens one order at a time. */
export function lockPort(db: Executor, id: string) {
  return db
    .selectFrom('ports')
    .select(['id', 'company_id', 'speed_mbps', 'provisioning_status', 'marketplace_visibility', 'location_id'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findPortInfo(db: Executor, id: string) {
  return db.selectFrom('ports').select(['id', 'company_id', 'speed_mbps', 'provisioning_status', 'marketplace_visibility', 'location_id']).where('id', '=', id).executeTakeFirst();
}

/** VLANs in use on a port, on either end of connections that are not over. */
export async function vlansInUse(db: Executor, portId: string): Promise<number[]> {
  const open = ['AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE'] as const;
  const [a, b] = await Promise.all([
    db.selectFrom('connections').select('a_vlan as vlan').where('a_port_id', '=', portId).where('state', 'in', open).execute(),
    db.selectFrom('connections').select('b_vlan as vlan').where('b_port_id', '=', portId).where('b_vlan', 'is not', null).where('state', 'in', open).execute(),
  ]);
  return [...a, ...b].map((r) => r.vlan as number);
}

export function insertConnection(
  db: Executor,
  v: { id: string; companyId: string; providerCompanyId: string; name: string; rateLimitMbps: number; aPortId: string; aVlan: number; bPortId: string; requestedBy: string },
) {
  return db
    .insertInto('connections')
    .values({
      id: v.id, company_id: v.companyId, provider_company_id: v.providerCompanyId, name: v.name, rate_limit_mbps: v.rateLimitMbps,
      a_port_id: v.aPortId, a_vlan: v.aVlan, b_port_id: v.bPortId, state: 'AWAITING_APPROVAL', requested_by: v.requestedBy,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

const STAMPS: Record<ConnectionTransition, { at: string; by?: string }> = {
  accept: { at: 'accepted_at', by: 'accepted_by' },
  deny: { at: 'denied_at', by: 'denied_by' },
  cancel: { at: 'cancelled_at', by: 'cancelled_by' },
  configure: { at: 'configured_at' },
  go_live: { at: 'live_at' },
  decommission: { at: 'decommissioned_at', by: 'decommissioned_by' },
};

/** Moves a connection only from its expected state: of two concurrent decisions exactly one wins. */
export function transition(db: Executor, id: string, t: ConnectionTransition, by: string | null, extra: { b_vlan?: number | null; deny_reason?: string } = {}) {
  const stamp = STAMPS[t];
  return db
    .updateTable('connections')
    .set({ state: toState(t), [stamp.at]: new Date(), ...(stamp.by ? { [stamp.by]: by } : {}), ...extra })
    .where('id', '=', id)
    .where('state', '=', fromState(t))
    .returning(columns)
    .executeTakeFirst();
}

export function pendingFor(db: Executor, providerCompanyIds: string[]) {
  return db.selectFrom('connections').select(columns).where('provider_company_id', 'in', providerCompanyIds).where('state', '=', 'AWAITING_APPROVAL').orderBy('id').limit(500).execute();
}

export function countOpenOnPort(db: Executor, portId: string) {
  return db
    .selectFrom('connections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or([eb('a_port_id', '=', portId), eb('b_port_id', '=', portId)]))
    .where('state', 'in', ['AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE'])
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}
