import type { Executor } from '../../platform/db/db.ts';
import type { PortStatus, PortTransition } from './ports.state.ts';
import { transitionFrom, transitionTo } from './ports.state.ts';

const columns = [
  'id', 'company_id', 'location_id', 'kind', 'name', 'speed_mbps', 'marketplace_visibility', 'provisioning_status', 'ordered_by', 'ordered_at',
  'configured_at', 'live_at', 'cancelled_by', 'cancelled_at', 'decommissioned_by', 'decommissioned_at',
] as const;

export type PortRow = NonNullable<Awaited<ReturnType<typeof findPort>>>;

export function insertPort(
  db: Executor,
  values: {
    id: string; companyId: string; locationId: string; kind: 'port' | 'mcr'; name: string; speedMbps: number; visibility: 'public' | 'private'; orderedBy: string;
    /** Absent = now. */
    orderedAt?: Date;
  },
) {
  return db
    .insertInto('ports')
    .values({
      id: values.id, company_id: values.companyId, location_id: values.locationId, kind: values.kind, name: values.name, speed_mbps: values.speedMbps,
      marketplace_visibility: values.visibility, provisioning_status: 'DEPLOYABLE', ordered_by: values.orderedBy,
      ...(values.orderedAt ? { ordered_at: values.orderedAt } : {}),
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function findPort(db: Executor, id: string) {
  return db.selectFrom('ports').select(columns).where('id', '=', id).executeTakeFirst();
}

/** A company's port of this name that has not ended (cancelled or decommissioned), if any. */
export function findOpenPortByName(db: Executor, companyId: string, name: string) {
  return db.selectFrom('ports').select(columns).where('company_id', '=', companyId).where('name', '=', name)
    .where('provisioning_status', 'not in', ['CANCELLED', 'DECOMMISSIONED']).orderBy('id').limit(1).executeTakeFirst();
}

export function listPorts(db: Executor, companyIds: string[] | null, options: { after: string | null; limit: number }) {
  let query = db.selectFrom('ports').select(columns);
  if (companyIds) query = query.where('company_id', 'in', companyIds);
  if (options.after) query = query.where('id', '>', options.after);
  return query.orderBy('id').limit(options.limit + 1).execute();
}

const STAMP: Record<PortTransition, { at: 'configured_at' | 'live_at' | 'cancelled_at' | 'decommissioned_at'; by?: 'cancelled_by' | 'decommissioned_by' }> = {
  configure: { at: 'configured_at' },
  go_live: { at: 'live_at' },
  cancel: { at: 'cancelled_at', by: 'cancelled_by' },
  decommission: { at: 'decommissioned_at', by: 'decommissioned_by' },
};

/** Applies a transition only from its allowed states, so two concurrent moves cannot both win. */
export function transitionPort(db: Executor, id: string, transition: PortTransition, by: string | null, at = new Date()) {
  const stamp = STAMP[transition];
  return db
    .updateTable('ports')
    .set({ provisioning_status: transitionTo(transition), [stamp.at]: at, ...(stamp.by ? { [stamp.by]: by } : {}) })
    .where('id', '=', id)
    .where('provisioning_status', 'in', transitionFrom(transition) as PortStatus[])
    .returning(columns)
    .executeTakeFirst();
}

/** Ports and MCRs the network is still building. */
export function portsInProvisioning(db: Executor) {
  return db.selectFrom('ports').select(['id', 'provisioning_status as state']).where('provisioning_status', 'in', ['DEPLOYABLE', 'CONFIGURED']).execute();
}

/**
 * Connections that still use the port, on either end: a port in use cannot be cancelled or
 * decommissioned. Read through the view connections publishes (migrations/0013_owner_views.sql).
 */
export function countOpenConnections(db: Executor, portId: string) {
  return db
    .selectFrom('open_connection_ports')
    .select((eb) => eb.fn.count<number>('connection_id').distinct().as('n'))
    .where('port_id', '=', portId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

/** A company's ports and MCRs that have not ended, locked (deprovisioning ends them). */
export function openPortsOf(db: Executor, companyId: string) {
  return db.selectFrom('ports').select(columns).where('company_id', '=', companyId)
    .where('provisioning_status', 'not in', ['CANCELLED', 'DECOMMISSIONED']).orderBy('id').forUpdate().execute();
}
