import { runPrepared, type Executor } from '../../platform/db/db.ts';

const portColumns = ['p.id', 'p.company_id', 'p.name', 'p.speed_mbps', 'p.provisioning_status', 'p.marketplace_visibility', 'p.location_id'] as const;

const portQuery = (db: Executor, id: string) =>
  db.selectFrom('ports as p').innerJoin('company_directory as c', 'c.id', 'p.company_id').innerJoin('locations as l', 'l.id', 'p.location_id')
    .select([...portColumns, 'l.country as location_country', 'c.name as company_name', 'c.type as company_type', 'c.partner_id as company_partner_id'])
    .where('p.id', '=', id);

/** What other modules (marketplace, connections) may read about ports. Hot lookups of ordering: prepared. */
export const networkQueries = {
  /** A port with its location's country and its owner's name, type and partner (what tenancy and ordering check). */
  port: async (db: Executor, id: string) => (await runPrepared(db, portQuery(db, id)))[0],
  /**
   * Locks the ports' rows, in id order (so two orders locking the same two ports cannot deadlock),
   * in one statement: VLAN allocation on one port happens one order at a time.
   */
  lockPorts: (db: Executor, ids: string[]) =>
    runPrepared(db, db.selectFrom('ports').select('id').where((eb) => eb('id', '=', eb.fn.any(eb.val(ids)))).orderBy('id').forUpdate()),
  /** A location's name and country (billing: the country is the location's billing market). */
  location: (db: Executor, id: string) => db.selectFrom('locations').select(['id', 'name', 'country']).where('id', '=', id).executeTakeFirst(),
  /**
   * Billing: every port and MCR that was live at some time in [from, to), with its owner, speed and
   * location's country, and when it went live and was decommissioned (null: still live).
   */
  servicePeriods: (db: Executor, from: Date, to: Date) =>
    db.selectFrom('ports as p').innerJoin('locations as l', 'l.id', 'p.location_id')
      .select(['p.id', 'p.company_id', 'p.kind', 'p.name', 'p.speed_mbps', 'p.location_id', 'l.country', 'p.live_at', 'p.decommissioned_at'])
      .where('p.live_at', 'is not', null).where('p.live_at', '<', to)
      .where((eb) => eb.or([eb('p.decommissioned_at', 'is', null), eb('p.decommissioned_at', '>', from)]))
      .orderBy('p.id')
      .execute(),
};

export type PortInfo = NonNullable<Awaited<ReturnType<typeof networkQueries.port>>>;

/** The company that owns a port, as access checks want it. */
export const portOwner = (port: PortInfo) => ({ id: port.company_id, type: port.company_type, partnerId: port.company_partner_id });
