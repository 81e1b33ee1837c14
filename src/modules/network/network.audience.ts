import type { Executor } from '../../platform/db/db.ts';
import { directory } from '../accounts/accounts.directory.ts';

/**
 * Which customer companies have a service at these locations or ports: the audience of a
 * maintenance or outage notice. Until ports and connections exist (marketplace issue), a company
 * "has a service" at a location when its billing address is in that location's country; the
 * marketplace extends this with the owners of ports there and of connections through them.
 */
export async function companiesWithServiceAt(db: Executor, where: { locationIds: string[]; portIds: string[] }): Promise<string[]> {
  if (where.locationIds.length === 0) return [];
  const countries = await db.selectFrom('locations').select('country').distinct().where('id', 'in', where.locationIds).execute();
  return directory.companiesInCountries(db, countries.map((c) => c.country));
}

export async function locationNames(db: Executor, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('locations').select('name').where('id', 'in', ids).orderBy('name').execute();
  return rows.map((r) => r.name);
}

export async function existingLocationIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('locations').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
