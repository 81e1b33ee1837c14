import type { Executor } from '../../platform/db/db.ts';
import { accountsQueries } from '../accounts/index.ts';

/**
 * Which customer companies have a service at these locations or ports: the audience of a
 * maintenance or outage notice. A company has a service there when it owns a port or MCR there (or
 * one of the ports named), or when its billing address is in the location's country; connections
 * (marketplace) will add the companies whose VXCs use those ports.
 */
export async function companiesWithServiceAt(db: Executor, where: { locationIds: string[]; portIds: string[] }): Promise<string[]> {
  const found = new Set<string>();
  if (where.locationIds.length > 0) {
    const countries = await db.selectFrom('locations').select('country').distinct().where('id', 'in', where.locationIds).execute();
    for (const id of await accountsQueries.companiesInCountries(db, countries.map((c) => c.country))) found.add(id);
  }
  // Owners of live or ordered ports at those locations, or of the ports named.
  if (where.locationIds.length > 0 || where.portIds.length > 0) {
    const owners = await db
      .selectFrom('ports')
      .select('company_id')
      .distinct()
      .where('provisioning_status', 'not in', ['CANCELLED', 'DECOMMISSIONED'])
      .where((eb) => eb.or([
        ...(where.locationIds.length ? [eb('location_id', 'in', where.locationIds)] : []),
        ...(where.portIds.length ? [eb('id', 'in', where.portIds)] : []),
      ]))
      .execute();
    for (const owner of owners) found.add(owner.company_id);
  }
  return [...found];
}

export async function existingPortIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('ports').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
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
