import type { Executor } from '../../platform/db/db.ts';
import { countOpenOnPort } from './connections.repo.ts';
import { findSpeedChange } from './speed-changes.repo.ts';

/** What other modules (notifications) may read about a connection. */
export const connectionsQueries = {
  /** Connections on a port that are not over (a port in use cannot be cancelled or decommissioned). */
  openOnPort: (db: Executor, portId: string) => countOpenOnPort(db, portId),
  summary: (db: Executor, id: string) =>
    db
      .selectFrom('connections as c')
      .innerJoin('companies as customer', 'customer.id', 'c.company_id')
      .innerJoin('companies as provider', 'provider.id', 'c.provider_company_id')
      .innerJoin('ports as a', 'a.id', 'c.a_port_id')
      .innerJoin('locations as a_location', 'a_location.id', 'a.location_id')
      .innerJoin('ports as b', 'b.id', 'c.b_port_id')
      .innerJoin('locations as b_location', 'b_location.id', 'b.location_id')
      .leftJoin('users as requester', 'requester.id', 'c.requested_by')
      .select(['b.name as b_port_name', 'c.id', 'c.name', 'c.rate_limit_mbps', 'c.a_vlan', 'c.deny_reason', 'c.company_id', 'c.provider_company_id', 'customer.name as customer_name', 'provider.name as provider_name'])
      // What the e-mails name: both ends with their locations and VLANs, and who asked.
      .select(['a.name as a_port_name', 'a_location.name as a_location_name', 'b_location.name as b_location_name', 'c.b_vlan', 'requester.first_name as requester_first_name', 'requester.last_name as requester_last_name'])
      .where('c.id', '=', id)
      .executeTakeFirst(),
  speedChange: (db: Executor, id: string) => findSpeedChange(db, id),
};
