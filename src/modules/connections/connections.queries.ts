import type { Executor } from '../../platform/db/db.ts';
import { findSpeedChange } from './speed-changes.repo.ts';

/** What other modules (notifications) may read about a connection. */
export const connectionsQueries = {
  summary: (db: Executor, id: string) =>
    db
      .selectFrom('connections as c')
      .innerJoin('company_directory as customer', 'customer.id', 'c.company_id')
      .innerJoin('company_directory as provider', 'provider.id', 'c.provider_company_id')
      .innerJoin('port_directory as a', 'a.id', 'c.a_port_id')
      .innerJoin('port_directory as b', 'b.id', 'c.b_port_id')
      .leftJoin('user_directory as requester', 'requester.id', 'c.requested_by')
      .select(['b.name as b_port_name', 'c.id', 'c.name', 'c.rate_limit_mbps', 'c.a_vlan', 'c.deny_reason', 'c.company_id', 'c.provider_company_id', 'customer.name as customer_name', 'provider.name as provider_name'])
      // What the e-mails name: both ends with their locations and VLANs, and who asked.
      .select(['a.name as a_port_name', 'a.location_name as a_location_name', 'b.location_name as b_location_name', 'c.b_vlan', 'requester.first_name as requester_first_name', 'requester.last_name as requester_last_name'])
      .where('c.id', '=', id)
      .executeTakeFirst(),
  speedChange: (db: Executor, id: string) => findSpeedChange(db, id),
  /**
   * Billing: every VXC that was live at some time in [from, to), with its customer, A-end location
   * and country, when it went live and was decommissioned (null: still live), and its applied rate
   * changes in order (`at` = when applied; the first one's `fromMbps` is the rate it went live with).
   */
  servicePeriods: async (db: Executor, from: Date, to: Date) => {
    const rows = await db.selectFrom('connections as c').innerJoin('port_directory as a', 'a.id', 'c.a_port_id')
      .select(['c.id', 'c.company_id', 'c.name', 'c.rate_limit_mbps', 'a.location_id', 'a.location_country as country', 'c.live_at', 'c.decommissioned_at'])
      .where('c.live_at', 'is not', null).where('c.live_at', '<', to)
      .where((eb) => eb.or([eb('c.decommissioned_at', 'is', null), eb('c.decommissioned_at', '>', from)]))
      .orderBy('c.id')
      .execute();
    const ids = rows.map((r) => r.id);
    const changes = ids.length === 0 ? [] : await db.selectFrom('speed_changes')
      .select(['connection_id', 'from_mbps', 'to_mbps', 'decided_at'])
      .where('state', '=', 'APPLIED').where('decided_at', 'is not', null).where('connection_id', 'in', ids)
      .orderBy('decided_at').orderBy('id')
      .execute();
    const byConnection = new Map<string, { at: Date; fromMbps: number; toMbps: number }[]>();
    for (const c of changes) {
      const list = byConnection.get(c.connection_id) ?? [];
      list.push({ at: c.decided_at!, fromMbps: c.from_mbps, toMbps: c.to_mbps });
      byConnection.set(c.connection_id, list);
    }
    return rows.map((row) => ({ ...row, changes: byConnection.get(row.id) ?? [] }));
  },
};
