import type { Executor } from '../../platform/db/db.ts';

export interface NewMaintenance {
  id: string;
  kind: 'maintenance' | 'outage';
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  locationIds: string[];
  portIds: string[];
  createdBy: string;
}

const columns = ['id', 'kind', 'title', 'description', 'starts_at', 'ends_at', 'location_ids', 'port_ids', 'created_at'] as const;

export function insertMaintenance(db: Executor, m: NewMaintenance) {
  return db
    .insertInto('maintenance_events')
    .values({
      id: m.id, kind: m.kind, title: m.title, description: m.description, starts_at: m.startsAt, ends_at: m.endsAt,
      location_ids: m.locationIds, port_ids: m.portIds, created_by: m.createdBy,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function findMaintenance(db: Executor, id: string) {
  return db.selectFrom('maintenance_events').select(columns).where('id', '=', id).executeTakeFirst();
}

export function listMaintenance(db: Executor, options: { after: string | null; limit: number }) {
  let query = db.selectFrom('maintenance_events').select(columns);
  if (options.after) query = query.where('id', '<', options.after);
  return query.orderBy('id', 'desc').limit(options.limit + 1).execute();
}

export type MaintenanceRow = NonNullable<Awaited<ReturnType<typeof findMaintenance>>>;
