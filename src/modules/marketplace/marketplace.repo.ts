import { sql } from 'kysely';
import { runPrepared, type Executor } from '../../platform/db/db.ts';
import type { CompanyType } from '../accounts/index.ts';
import type { NameQuery, PrefixRange } from './search-terms.ts';

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

export interface ProviderFilter {
  /** Null: any name. */
  name: NameQuery | null;
  /** One provider (its page) instead of a search. */
  companyId?: string;
  service?: string;
  locationId?: string;
  after: string | null;
  limit: number;
  /** Distances are measured from this port's location; its owner comes back for the tenancy check. */
  nearPortId: string | null;
}

export interface ProviderPage {
  /** The `nearPortId` port's owner company; null when there is none (or no such port). */
  origin: { id: string; type: CompanyType; partnerId: string | null } | null;
  /**
   * Up to `limit + 1` providers in id order, each as the API's `Provider` JSON text (with its
   * public, live ports, closest first): PostgreSQL builds it, Node.js neither parses nor re-serialises it.
   */
  providers: { company_id: string; json: string }[];
}

/**
 * A search page in one statement: the origin port, the providers, and their public live ports by
 * distance, each provider as the JSON the API sends (`ProviderSchema`). It runs as a prepared statement: its text depends only on
 * which filters are present, never on their values, and prefixes are index ranges (`~>=~`, `~<~` on
 * the `text_pattern_ops` index), which a generic plan can use where it cannot use `LIKE $1`.
 *
 * With a name, the ids come first from the (term, company_id) index: the terms in the driver's
 * range whose provider has a term in every other word's range, plus those in the joined range;
 * filtered, the first `limit + 1` in id order; only those profiles are read. The cost is bounded by
 * how many names match the longest word (docs/performance.md).
 *
 * The tenancy check of the origin stays in the service (a pure policy): the caller discards the page
 * when the actor may not see that port.
 */
export async function providerPage(db: Executor, f: ProviderFilter): Promise<ProviderPage> {
  // Ports, locations and companies are read through the views network and accounts publish (migrations/0013_owner_views.sql).
  const origin = sql`SELECT pt.company_id, c.type AS company_type, c.partner_id AS company_partner_id, pt.location_latitude AS latitude, pt.location_longitude AS longitude
    FROM port_directory pt JOIN company_directory c ON c.id = pt.company_id WHERE pt.id = ${f.nearPortId}::uuid`;
  const conditions = [
    ...(f.companyId ? [sql`p.company_id = ${f.companyId}::uuid`] : []),
    ...(f.service ? [sql`${f.service}::text = any(p.services)`] : []),
    ...(f.locationId ? [sql`EXISTS (SELECT FROM port_directory x WHERE x.company_id = p.company_id AND x.location_id = ${f.locationId}::uuid
      AND x.marketplace_visibility = 'public' AND x.provisioning_status = 'LIVE')`] : []),
    ...(f.after ? [sql`p.company_id > ${f.after}::uuid`] : []),
  ];
  const where = conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const profiles = f.name ? sql`(${matchingIds(f.name)}) AS m JOIN provider_profiles p ON p.company_id = m.company_id` : sql`provider_profiles p`;
  const distance = sql`2 * 6371 * asin(sqrt(power(sin(radians(pt.location_latitude - o.latitude) / 2), 2) + cos(radians(o.latitude)) * cos(radians(pt.location_latitude)) * power(sin(radians(pt.location_longitude - o.longitude) / 2), 2)))`;
  const portLocation = f.locationId ? sql`AND pt.location_id = ${f.locationId}::uuid` : sql``;
  // The page's ports in one join, one JSON array per provider. Through port_directory the generic plan probes locations_pkey
  // per listed port (a few per provider); the bench's CPU per search stayed within its target (docs/performance.md).
  const statement = sql<{ company_id: string | null; json: string | null; origin_company_id: string | null; origin_company_type: CompanyType; origin_company_partner_id: string | null }>`
    WITH o AS (${origin}),
    page AS (SELECT p.company_id, p.title, p.description, p.services, p.logo_url FROM ${profiles} ${where} ORDER BY p.company_id LIMIT ${sql.lit(f.limit + 1)}),
    listed AS (
      SELECT d.company_id, json_agg(json_strip_nulls(json_build_object('id', d.id, 'name', d.name, 'locationId', d.location_id, 'locationName', d.location_name,
          'speedMbps', d.speed_mbps, 'distanceKm', round(d.distance::numeric, 1))) ORDER BY d.distance NULLS LAST, d.name) AS ports
      FROM (SELECT pt.company_id, pt.id, pt.name, pt.location_id, pt.location_name, pt.speed_mbps, ${distance} AS distance
        FROM page JOIN port_directory pt ON pt.company_id = page.company_id LEFT JOIN o ON true
        WHERE pt.marketplace_visibility = 'public' AND pt.provisioning_status = 'LIVE' ${portLocation}) d
      GROUP BY d.company_id)
    SELECT page.company_id, json_build_object('companyId', page.company_id, 'title', page.title, 'description', page.description, 'services', page.services,
        'logoUrl', page.logo_url, 'ports', coalesce(listed.ports, '[]'))::text AS json,
      o.company_id AS origin_company_id, o.company_type AS origin_company_type, o.company_partner_id AS origin_company_partner_id
    FROM (SELECT) AS one LEFT JOIN o ON true LEFT JOIN page ON true LEFT JOIN listed ON listed.company_id = page.company_id
    ORDER BY page.company_id`;
  const rows = await runPrepared(db, { compile: () => statement.compile(db) });
  const [first] = rows;
  return {
    origin: first?.origin_company_id
      ? { id: first.origin_company_id, type: first.origin_company_type, partnerId: first.origin_company_partner_id }
      : null,
    providers: rows.flatMap(({ company_id, json }) => (company_id && json ? [{ company_id, json }] : [])),
  };
}

/**
 * Ids of providers whose name matches: every word's range, or all words run together. One EXISTS
 * per other word (the text has one shape per word count): its estimate is one index probe, so
 * the generic plan costs what a custom one does and PostgreSQL keeps it instead of planning each
 * search again (an `unnest` of the words was estimated at 10 rows and made it re-plan every time).
 */
function matchingIds(name: NameQuery) {
  // The redundant `left(…) = from` only steers the estimate (an expression without statistics: 0.5 %),
  // so custom and generic plans expect equally few rows and the generic one, planned once, is kept.
  const inRange = (column: string, r: PrefixRange) =>
    sql`${sql.ref(column)} ~>=~ ${r.from}::text AND ${sql.ref(column)} ~<~ ${r.to}::text AND left(${sql.ref(column)}, length(${r.from}::text)) = ${r.from}::text`;
  const others = name.others.map((r) => sql` AND EXISTS (SELECT FROM provider_search_terms x WHERE x.company_id = t.company_id AND ${inRange('x.term', r)})`);
  const everyWord = sql`SELECT t.company_id FROM provider_search_terms t WHERE ${inRange('t.term', name.driver)}${sql.join(others, sql``)}`;
  if (!name.joined) return sql`SELECT DISTINCT company_id FROM (${everyWord}) AS e`;
  return sql`${everyWord} UNION SELECT j.company_id FROM provider_search_terms j WHERE ${inRange('j.term', name.joined)}`;
}
