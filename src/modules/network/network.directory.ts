import type { Executor } from '../../platform/db/db.ts';

const portColumns = ['id', 'company_id', 'name', 'speed_mbps', 'provisioning_status', 'marketplace_visibility', 'location_id'] as const;

/** What other modules (marketplace, connections) may read about ports. */
export const networkDirectory = {
  port: (db: Executor, id: string) => db.selectFrom('ports').select(portColumns).where('id', '=', id).executeTakeFirst(),
  /** The port with a row lock: VLAN allocation on one port happens one order at a time. */
  lockPort: (db: Executor, id: string) => db.selectFrom('ports').select(portColumns).where('id', '=', id).forUpdate().executeTakeFirst(),
};

export type PortInfo = NonNullable<Awaited<ReturnType<typeof networkDirectory.port>>>;
