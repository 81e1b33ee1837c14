import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../database.ts';
import { runPrepared, type Executor } from '../../platform/db/db.ts';

const profileColumns = ['company_id', 'title', 'description', 'services', 'contact_email', 'website', 'phone', 'hq_address', 'logo_url', 'updated_at'] as const;

export type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export interface ProfileValues {
  title: string;
  description: string;
  services: string[];
  contactEmail: string;
  website: string | null;
  phone: string | null;
  hqAddress: Record<string, unknown> | null;
  logoUrl: string | null;
}

export function findProfile(db: Executor, companyId: string) {
  return db.selectFrom('provider_profiles').select(profileColumns).where('company_id', '=', companyId).executeTakeFirst();
}

export async function saveProfile(db: Executor, companyId: string, userId: string, v: ProfileValues, terms: string[]) {
  const values = {
    title: v.title, description: v.description, services: v.services, contact_email: v.contactEmail, website: v.website, phone: v.phone,
    hq_address: v.hqAddress ? JSON.stringify(v.hqAddress) : null, logo_url: v.logoUrl, updated_by: userId,
  };
  const row = await db
    .insertInto('provider_profiles')
    .values({ company_id: companyId, ...values })
    .onConflict((oc) => oc.column('company_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .returning(profileColumns)
    .executeTakeFirstOrThrow();
  await db.deleteFrom('provider_search_terms').where('company_id', '=', companyId).execute();
  if (terms.length) await db.insertInto('provider_search_terms').values(terms.map((term) => ({ company_id: companyId, term }))).execute();
  return row;
}

/**
 * Providers whose name has a word starting with each query word, offering a service, with a public
 * port at a location; `limit + 1` of them in id order, after the cursor.
 *
 * With a query, the ids come first from the prefix index (term, company_id): the matching terms of
 * the most selective word (the longest), deduplicated, filtered, the first `limit + 1` in id order; only
 * those profiles are then read. The cost is bounded by how many names match that word. Letting the
 * planner walk all profiles in id order and probe each one's terms instead (`company_id IN (terms
 * LIKE …) ORDER BY company_id LIMIT …`) is quick for common prefixes but walks most of the table for
 * rare ones: p99 4.8 ms against 1.3 ms over every 2–3 letter prefix of 10,000 providers (docs/performance.md).
 */
export function searchProviders(db: Executor, filter: { patterns: string[]; service?: string; locationId?: string; after: string | null; limit: number }) {
  const query = db.selectFrom('provider_profiles as p').select(profileColumns.map((c) => `p.${c}` as const));
  const [driver, ...others] = [...filter.patterns].sort((x, y) => y.length - x.length);
  if (driver === undefined) return narrow(query, 'p.company_id', filter).orderBy('p.company_id').limit(filter.limit + 1).execute();
  let ids = db.selectFrom('provider_search_terms as t').select('t.company_id').distinct().where('t.term', 'like', driver);
  for (const pattern of others) {
    ids = ids.where('t.company_id', 'in', (eb) => eb.selectFrom('provider_search_terms').select('company_id').where('term', 'like', pattern));
  }
  const first = narrow(ids, 't.company_id', filter).orderBy('t.company_id').limit(filter.limit + 1);
  return query.where('p.company_id', 'in', first).orderBy('p.company_id').execute();
}

/** The service, location and cursor conditions on a query's provider id column. */
function narrow<Q extends SelectQueryBuilder<Database, any, any>>(query: Q, id: 'p.company_id' | 't.company_id', filter: { service?: string; locationId?: string; after: string | null }): Q {
  let q = query as SelectQueryBuilder<Database, any, any>;
  const { service, locationId, after } = filter;
  if (service) q = q.where(id, 'in', (eb) => eb.selectFrom('provider_profiles').select('company_id').where(sql<boolean>`${service} = any(services)`));
  if (locationId) {
    q = q.where(id, 'in', (eb) =>
      eb.selectFrom('ports').select('company_id').where('location_id', '=', locationId).where('marketplace_visibility', '=', 'public').where('provisioning_status', '=', 'LIVE'),
    );
  }
  if (after) q = q.where(sql.ref<string>(id), '>', after);
  return q as Q;
}

/**
 * Public, live ports of these providers, each with its distance from `origin` (km), closest first.
 * The ids go as one array parameter, so the text has four shapes (origin or not, location or not),
 * each a prepared statement.
 */
export function publicPorts(db: Executor, companyIds: string[], origin: { latitude: number; longitude: number } | null, locationId?: string) {
  if (companyIds.length === 0) return Promise.resolve([]);
  const distance = origin
    ? sql<number>`2 * 6371 * asin(sqrt(power(sin(radians(l.latitude - ${origin.latitude}) / 2), 2) + cos(radians(${origin.latitude})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${origin.longitude}) / 2), 2)))`
    : sql<number | null>`null::double precision`;
  let query = db
    .selectFrom('ports as pt')
    .innerJoin('locations as l', 'l.id', 'pt.location_id')
    .select(['pt.id', 'pt.company_id', 'pt.name', 'pt.location_id', 'pt.speed_mbps', 'l.name as location_name', distance.as('distance_km')])
    .where(sql<boolean>`pt.company_id = any(${companyIds}::uuid[])`)
    .where('pt.marketplace_visibility', '=', 'public')
    .where('pt.provisioning_status', '=', 'LIVE');
  if (locationId) query = query.where('pt.location_id', '=', locationId);
  return runPrepared(db, query.orderBy(sql`distance_km nulls last`).orderBy('pt.name'));
}

export async function portOrigin(db: Executor, portId: string) {
  const [row] = await runPrepared(db, db
    .selectFrom('ports as pt')
    .innerJoin('locations as l', 'l.id', 'pt.location_id')
    .innerJoin('companies as c', 'c.id', 'pt.company_id')
    .select(['pt.company_id', 'c.type as company_type', 'c.partner_id as company_partner_id', 'l.latitude', 'l.longitude'])
    .where('pt.id', '=', portId));
  return row;
}
