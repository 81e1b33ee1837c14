import { sql } from 'kysely';
import { runPrepared, type Executor } from '../../platform/db/db.ts';
import { fromState, toState, type ConnectionState, type ConnectionTransition } from './connections.state.ts';

const OPEN: ConnectionState[] = ['AWAITING_PARTNER', 'AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE'];

const columns = [
  'c.id', 'c.company_id', 'c.provider_company_id', 'c.name', 'c.rate_limit_mbps', 'c.a_port_id', 'c.a_vlan', 'c.b_port_id', 'c.b_vlan', 'c.state',
  'c.deny_reason', 'c.service_key_id', 'c.pre_approved', 'c.requested_by', 'c.requested_at', 'c.accepted_by', 'c.accepted_at', 'c.denied_by',
  'c.denied_at', 'c.cancelled_by', 'c.cancelled_at', 'c.configured_at', 'c.live_at', 'c.decommissioned_by', 'c.decommissioned_at',
  'c.partner_hold', 'c.partner_decided_by', 'c.partner_decided_at',
] as const;

/** The provider sees a connection once it was put to it: not while the partner's queue holds it, nor when the partner said no. */
const putToProvider = sql<boolean>`(c.partner_hold IS NULL OR c.partner_hold = 'approved')`;

/** A connection with the names of its ends and companies, and its pending speed change if any. */
const withNames = (db: Executor) =>
  db
    .selectFrom('connections as c')
    .innerJoin('port_directory as a', 'a.id', 'c.a_port_id')
    .innerJoin('port_directory as b', 'b.id', 'c.b_port_id')
    .innerJoin('company_directory as customer', 'customer.id', 'c.company_id')
    .innerJoin('company_directory as provider', 'provider.id', 'c.provider_company_id')
    .leftJoin('speed_changes as sc', (join) => join.onRef('sc.connection_id', '=', 'c.id').on('sc.state', '=', 'AWAITING_APPROVAL'))
    .select([
      ...columns, 'a.name as a_port_name', 'a.location_id as a_location_id', 'a.speed_mbps as a_speed_mbps', 'b.name as b_port_name',
      'b.location_id as b_location_id', 'b.speed_mbps as b_speed_mbps', 'customer.name as customer_name', 'provider.name as provider_name',
      'sc.id as pending_speed_change_id', 'sc.to_mbps as pending_speed_mbps', 'sc.requested_at as pending_speed_requested_at',
    ]);

export type ConnectionRow = NonNullable<Awaited<ReturnType<typeof findConnection>>>;
type Unprefixed = (typeof columns)[number] extends `c.${infer C}` ? C : never;

export const findConnection = (db: Executor, id: string) => withNames(db).where('c.id', '=', id).executeTakeFirst();

/** Connections of these customers and/or providers (null = any), newest first. */
export function listConnections(
  db: Executor,
  f: { customerIds: string[] | null; providerIds: string[] | null; side?: 'customer' | 'provider'; state?: ConnectionState; before: string | null; limit: number },
) {
  let query = withNames(db);
  query = query.where((eb) => {
    const asCustomer = f.customerIds === null ? eb.lit(true) : eb('c.company_id', 'in', f.customerIds);
    const asProvider = eb.and([f.providerIds === null ? eb.lit(true) : eb('c.provider_company_id', 'in', f.providerIds), putToProvider]);
    if (f.side === 'customer') return asCustomer;
    if (f.side === 'provider') return asProvider;
    return eb.or([asCustomer, asProvider]);
  });
  if (f.state) query = query.where('c.state', '=', f.state);
  if (f.before) query = query.where('c.id', '<', f.before);
  return query.orderBy('c.id', 'desc').limit(f.limit + 1).execute();
}

/** Counts by state, and the rate limits of LIVE connections by the location of the A-end (customer) or B-end (provider). */
export async function summarise(db: Executor, f: { companyIds: string[] | null; side: 'customer' | 'provider' }) {
  const owner = f.side === 'customer' ? 'c.company_id' : 'c.provider_company_id';
  const end = f.side === 'customer' ? 'c.a_port_id' : 'c.b_port_id';
  const scoped = <Q extends { where: (...args: any[]) => Q }>(q: Q): Q => {
    const mine = f.companyIds ? q.where(owner, 'in', f.companyIds) : q;
    return f.side === 'provider' ? mine.where(putToProvider) : mine;
  };
  const [states, locations] = await Promise.all([
    scoped(db.selectFrom('connections as c').select(['c.state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('c.state')).execute(),
    scoped(db.selectFrom('connections as c').innerJoin('port_directory as p', 'p.id', end)
      .select(['p.location_id as id', 'p.location_name as name', (eb) => eb.fn.sum<number>('c.rate_limit_mbps').as('mbps'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('c.state', '=', 'LIVE').groupBy(['p.location_id', 'p.location_name']).orderBy('mbps', 'desc')).execute(),
  ]);
  return { states, locations };
}

/** VLANs in use on each port, on either end of connections that are not over (one prepared statement per order). */
export async function vlansInUse(db: Executor, portIds: string[]): Promise<Map<string, number[]>> {
  const rows = await runPrepared(db, db
    .selectFrom('connections')
    .select(['b_port_id as port_id', 'b_vlan as vlan'])
    .where((eb) => eb('b_port_id', '=', eb.fn.any(eb.val(portIds))))
    .where('b_vlan', 'is not', null)
    .where('state', 'in', OPEN)
    .unionAll((eb) => eb.selectFrom('connections').select(['a_port_id as port_id', 'a_vlan as vlan'])
      .where((w) => w('a_port_id', '=', w.fn.any(w.val(portIds)))).where('state', 'in', OPEN)));
  const used = new Map<string, number[]>(portIds.map((id) => [id, []]));
  for (const row of rows) used.get(row.port_id)!.push(row.vlan as number);
  return used;
}

/** What the order already knows of the ends, so the new row need not be read back with its joins (without it, it is). */
export interface OrderEnds {
  a: { name: string; location_id: string; speed_mbps: number; company_name: string };
  b: { name: string; location_id: string; speed_mbps: number; company_name: string };
}

export async function insertConnection(
  db: Executor,
  v: {
    id: string; companyId: string; providerCompanyId: string; name: string; rateLimitMbps: number; aPortId: string; aVlan: number; bPortId: string;
    bVlan: number | null; requestedBy: string; serviceKeyId: string | null; preApproved: boolean;
    /** The partner's approval queue holds it (AWAITING_PARTNER) before it goes to the provider. */
    heldForPartner?: boolean;
    /** Absent = now. */
    requestedAt?: Date;
  },
  ends?: OrderEnds,
): Promise<ConnectionRow> {
  const now = v.requestedAt ?? new Date();
  const [row] = await runPrepared(db, db
    .insertInto('connections')
    .values({
      id: v.id, company_id: v.companyId, provider_company_id: v.providerCompanyId, name: v.name, rate_limit_mbps: v.rateLimitMbps,
      a_port_id: v.aPortId, a_vlan: v.aVlan, b_port_id: v.bPortId, b_vlan: v.bVlan, requested_by: v.requestedBy, requested_at: now,
      service_key_id: v.serviceKeyId, pre_approved: v.preApproved,
      // A pre-approved service key is the provider's acceptance given in advance (once the partner's queue let it through).
      ...(v.heldForPartner
        ? { state: 'AWAITING_PARTNER' as const, partner_hold: 'pending' as const }
        : { state: v.preApproved ? toState('accept') : 'AWAITING_APPROVAL', accepted_at: v.preApproved ? now : null }),
    })
    .returning(columns.map((c) => c.slice(2) as Unprefixed)));
  if (!ends) return (await findConnection(db, v.id))!;
  return {
    ...row,
    a_port_name: ends.a.name, a_location_id: ends.a.location_id, a_speed_mbps: ends.a.speed_mbps, customer_name: ends.a.company_name,
    b_port_name: ends.b.name, b_location_id: ends.b.location_id, b_speed_mbps: ends.b.speed_mbps, provider_name: ends.b.company_name,
    pending_speed_change_id: null, pending_speed_mbps: null, pending_speed_requested_at: null,
  };
}

const STAMPS: Record<ConnectionTransition, { at: string; by?: string }> = {
  release: { at: 'partner_decided_at', by: 'partner_decided_by' },
  reject: { at: 'partner_decided_at', by: 'partner_decided_by' },
  withdraw: { at: 'cancelled_at', by: 'cancelled_by' },
  accept: { at: 'accepted_at', by: 'accepted_by' },
  deny: { at: 'denied_at', by: 'denied_by' },
  cancel: { at: 'cancelled_at', by: 'cancelled_by' },
  configure: { at: 'configured_at' },
  go_live: { at: 'live_at' },
  decommission: { at: 'decommissioned_at', by: 'decommissioned_by' },
};

/** How the partner's queue ended, for the moves out of AWAITING_PARTNER. */
const PARTNER_HOLD: Partial<Record<ConnectionTransition, 'approved' | 'rejected' | 'withdrawn'>> = { release: 'approved', reject: 'rejected', withdraw: 'withdrawn' };

/** Moves a connection only from its expected state: of two concurrent decisions exactly one wins. */
export async function transition(
  db: Executor, id: string, t: ConnectionTransition, by: string | null, extra: { b_vlan?: number | null; deny_reason?: string } = {}, at = new Date(),
) {
  const stamp = STAMPS[t];
  const hold = PARTNER_HOLD[t];
  const moved = await db
    .updateTable('connections')
    .set({ state: toState(t), [stamp.at]: at, ...(stamp.by ? { [stamp.by]: by } : {}), ...(hold ? { partner_hold: hold } : {}), ...extra })
    .where('id', '=', id)
    .where('state', '=', fromState(t))
    .returning('id')
    .executeTakeFirst();
  return moved ? findConnection(db, id) : undefined;
}

/** Whether any of these companies has a connection as the customer. */
export async function anyConnectionOf(db: Executor, companyIds: string[]): Promise<boolean> {
  if (companyIds.length === 0) return false;
  return Boolean(await db.selectFrom('connections').select('id').where('company_id', 'in', companyIds).limit(1).executeTakeFirst());
}

/** Connections accepted and still being provisioned. */
export function inProvisioning(db: Executor) {
  return db.selectFrom('connections').select(['id', 'state']).where('state', 'in', ['DEPLOYABLE', 'CONFIGURED']).execute();
}

/** A new rate limit, only while the connection is LIVE. */
export function setRateLimit(db: Executor, id: string, rateLimitMbps: number) {
  return db.updateTable('connections').set({ rate_limit_mbps: rateLimitMbps }).where('id', '=', id).where('state', '=', 'LIVE').returning('id').executeTakeFirst();
}

export function pendingFor(db: Executor, providerCompanyIds: string[]) {
  return withNames(db).where('c.provider_company_id', 'in', providerCompanyIds).where('c.state', '=', 'AWAITING_APPROVAL').orderBy('c.id').limit(500).execute();
}

/** A company's connections on either side that are not ended, locked (deprovisioning ends them). */
export async function openConnectionsOf(db: Executor, companyId: string) {
  const ids = await db.selectFrom('connections').select('id')
    .where((eb) => eb.or([eb('company_id', '=', companyId), eb('provider_company_id', '=', companyId)]))
    .where('state', 'not in', ['DENIED', 'REJECTED', 'CANCELLED', 'DECOMMISSIONED'])
    .orderBy('id').forUpdate().execute();
  return Promise.all(ids.map((r) => findConnection(db, r.id).then((row) => row!)));
}
