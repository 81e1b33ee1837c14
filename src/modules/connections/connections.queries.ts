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
};
