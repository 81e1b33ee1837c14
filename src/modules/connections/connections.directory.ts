import type { Executor } from '../../platform/db/db.ts';

/** What other modules (notifications) may read about a connection. */
export const connectionsDirectory = {
  summary: (db: Executor, id: string) =>
    db
      .selectFrom('connections as c')
      .innerJoin('companies as customer', 'customer.id', 'c.company_id')
      .innerJoin('companies as provider', 'provider.id', 'c.provider_company_id')
      .select(['c.id', 'c.name', 'c.rate_limit_mbps', 'c.a_vlan', 'c.deny_reason', 'c.company_id', 'c.provider_company_id', 'customer.name as customer_name', 'provider.name as provider_name'])
      .where('c.id', '=', id)
      .executeTakeFirst(),
};
