import type { Executor } from '../../platform/db/db.ts';

export interface NewLocation {
  id: string;
  name: string;
  market: string;
  country: string;
  region: string;
  latitude: number;
  longitude: number;
}

export function listLocations(db: Executor, options: { after: string | null; limit: number; country?: string }) {
  let query = db.selectFrom('locations').select(['id', 'name', 'market', 'country', 'region', 'latitude', 'longitude']);
  if (options.country) query = query.where('country', '=', options.country);
  if (options.after) query = query.where('id', '>', options.after);
  return query.orderBy('id').limit(options.limit + 1).execute();
}

export function findLocation(db: Executor, id: string) {
  return db.selectFrom('locations').select(['id', 'name', 'country']).where('id', '=', id).executeTakeFirst();
}

export async function upsertLocations(db: Executor, locations: NewLocation[]): Promise<number> {
  if (locations.length === 0) return 0;
  const rows = await db
    .insertInto('locations')
    .values(locations)
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

/** The ids of the locations with these names. */
export async function locationIdsByName(db: Executor, names: string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const rows = await db.selectFrom('locations').select(['id', 'name']).where('name', 'in', names).execute();
  return new Map(rows.map((l) => [l.name, l.id]));
}
