import { SingleBar, Presets } from 'cli-progress';
import { uuidv7 } from '../../src/platform/ids.ts';
import { hashPassword } from '../../src/modules/accounts/passwords.ts';
import { searchTerms } from '../../src/modules/marketplace/search-terms.ts';
import { DEMO_LOCATIONS } from '../../src/demo/locations.ts';

/**
 * Bulk-loads a large marketplace with plain SQL (unnest of arrays, 5,000 rows a statement): providers
 * with profiles and search terms exactly as the app writes them (`searchTerms` of the title), ports
 * across many data centres, and one customer with many LIVE ports to order from.
 */
export interface SeedOptions {
  providers: number;
  portsPerProvider: number;
  customerPorts: number;
  /** Show a progress bar (off when stdout is not a terminal). */
  progress: boolean;
}

export interface SeedUser {
  companyId: string;
  email: string;
  password: string;
}

export interface Seeded {
  customer: SeedUser & { portIds: string[] };
  /** The provider the orders go to: a public and a private LIVE 100G port. */
  provider: SeedUser & { publicPortId: string; privatePortId: string; keyPortIds: string[] };
  /** Every 2- and 3-letter prefix of a word of a provider title. */
  prefixes: string[];
  rows: number;
}

type Query = (text: string, values?: unknown[]) => Promise<{ rows: any[] }>;

/** A small deterministic PRNG (mulberry32): the same seed gives the same marketplace. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)], int: (n: number) => Math.floor(next() * n) };
}

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'kl', 'l', 'm', 'n', 'p', 'pr', 'qu', 'r', 's', 'sk', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou', 'é', 'è', 'ø', 'ü', 'å'];
const CODAS = ['', '', '', 'n', 'r', 's', 'x', 'l', 'm', 'nt'];
const INDUSTRY = [
  'Networks', 'Cloud', 'Data', 'Telecom', 'Fibre', 'Systems', 'Connect', 'Compute', 'Hosting', 'IX', 'Carrier', 'Broadband', 'Digital', 'Link',
  'Transit', 'Labs', 'Security', 'Media', 'Wave', 'Edge', 'Exchange', 'Infra', 'Voice', 'Optics', 'Net', 'Grid', 'Peering', 'Solutions',
];
const SUFFIXES = ['', '', '', '', 'GmbH', 'Ltd', 'Inc', 'AG', 'SA', 'BV', 'AB', 'S.p.A.', 'Pty', 'KK', 'Group', 'International'];
const SERVICES = ['internet', 'cloud', 'data-centre', 'compute', 'storage', 'security', 'managed-services', 'voice', 'content-delivery'];

function word(r: ReturnType<typeof prng>): string {
  let w = '';
  for (let i = 0, n = 2 + r.int(2); i < n; i++) w += r.pick(ONSETS) + r.pick(VOWELS) + (i === n - 1 ? r.pick(CODAS) : '');
  return w[0].toUpperCase() + w.slice(1);
}

/** Inserts rows column-wise with unnest, `chunk` rows a statement. */
async function insertColumns(query: Query, sql: string, columns: unknown[][], onRows: (n: number) => void, chunk = 5000): Promise<void> {
  for (let start = 0; start < columns[0].length; start += chunk) {
    await query(sql, columns.map((c) => c.slice(start, start + chunk)));
    onRows(Math.min(chunk, columns[0].length - start));
  }
}

export async function seedMarketplace(query: Query, options: SeedOptions): Promise<Seeded> {
  const r = prng(20261122);
  const bar = new SingleBar({ format: 'Loading the marketplace [{bar}] {percentage}% | {value}/{total} rows | {phase}', hideCursor: true, noTTYOutput: false }, Presets.shades_classic);

  // Data centres: 8 sites around each demo metro (a few km apart).
  const locations = DEMO_LOCATIONS.flatMap((metro) => Array.from({ length: 8 }, (_, k) => ({
    id: uuidv7(), name: `${metro.name} DC${k + 1}`, market: metro.market, country: metro.country, region: metro.region,
    latitude: metro.latitude + (r.next() - 0.5) * 0.2, longitude: metro.longitude + (r.next() - 0.5) * 0.2,
  })));

  const n = options.providers;
  const providerIds = Array.from({ length: n }, () => uuidv7());
  const titles = providerIds.map(() => [word(r), r.next() < 0.35 ? word(r) : '', r.pick(INDUSTRY), r.pick(SUFFIXES)].filter(Boolean).join(' '));
  const terms = titles.map(searchTerms);
  const portCount = n * options.portsPerProvider;
  const termCount = terms.reduce((s, t) => s + t.length, 0);
  const total = locations.length + (n + 1) + n + termCount + portCount + 2 + options.customerPorts + 2;
  if (options.progress) bar.start(total, 0, { phase: 'locations' });
  let done = 0;
  const progress = (phase: string) => (rows: number) => {
    done += rows;
    if (options.progress) bar.update(done, { phase });
  };

  await insertColumns(query, `INSERT INTO locations (id, name, market, country, region, latitude, longitude)
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[])`,
  [locations.map((l) => l.id), locations.map((l) => l.name), locations.map((l) => l.market), locations.map((l) => l.country), locations.map((l) => l.region),
    locations.map((l) => l.latitude), locations.map((l) => l.longitude)], progress('locations'));

  const customerId = uuidv7();
  await insertColumns(query, `INSERT INTO companies (id, type, name) SELECT id, 'direct', name FROM unnest($1::uuid[], $2::text[]) AS c(id, name)`,
    [[...providerIds, customerId], [...titles, 'Bench Customer']], progress('companies'));

  await insertColumns(query, `INSERT INTO provider_profiles (company_id, title, description, services, contact_email, website)
    SELECT id, title, description, string_to_array(services, ','), email, website
    FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS p(id, title, description, services, email, website)`,
  [providerIds, titles, titles.map((t) => `${t}: interconnection, transit and cloud on-ramps in the metros we serve.`),
    titles.map(() => [...new Set([r.pick(SERVICES), r.pick(SERVICES), r.pick(SERVICES)])].join(',')),
    providerIds.map((_, i) => `sales${i}@provider.bench.example`), providerIds.map((_, i) => `https://provider${i}.bench.example`)], progress('profiles'));

  await insertColumns(query, `INSERT INTO provider_search_terms (company_id, term) SELECT * FROM unnest($1::uuid[], $2::text[])`,
    [terms.flatMap((t, i) => t.map(() => providerIds[i])), terms.flat()], progress('search terms'));

  // Ports: mostly public and LIVE at sites of the provider's home region; some private, some not live
  // (cancelled before turn-up: a DEPLOYABLE port would be provisioned by the worker's resume and
  // flood the order phase's network queue).
  const ports = { id: [] as string[], company: [] as string[], location: [] as string[], name: [] as string[], speed: [] as number[], visibility: [] as string[], status: [] as string[] };
  const addPort = (company: string, location: (typeof locations)[number], name: string, speed: number, visibility: string, status: string) => {
    const id = uuidv7();
    ports.id.push(id); ports.company.push(company); ports.location.push(location.id); ports.name.push(name); ports.speed.push(speed);
    ports.visibility.push(visibility); ports.status.push(status);
    return id;
  };
  const regions = [...new Set(locations.map((l) => l.region))];
  providerIds.forEach((id, i) => {
    const home = locations.filter((l) => l.region === regions[i % regions.length]);
    for (let p = 0; p < options.portsPerProvider; p++) {
      const location = r.next() < 0.7 ? r.pick(home) : r.pick(locations);
      const x = r.next();
      addPort(id, location, `${titles[i]} ${location.name}`, r.pick([1000, 10000, 10000, 100000]), p === 0 || r.next() > 0.2 ? 'public' : 'private', x < 0.9 ? 'LIVE' : x < 0.95 ? 'CANCELLED' : 'DECOMMISSIONED');
    }
  });
  // The provider the orders go to (the first one): a public and a private 100G port in Frankfurt.
  const frankfurt = locations.find((l) => l.market === 'Frankfurt')!;
  const publicPortId = addPort(providerIds[0], frankfurt, `${titles[0]} order port`, 100000, 'public', 'LIVE');
  const privatePortId = addPort(providerIds[0], frankfurt, `${titles[0]} private order port`, 100000, 'private', 'LIVE');
  // Keyed orders each take a B-end VLAN (at most 4,092 per port): a pre-approved key on each of 20
  // ports, as a provider with that much traffic would have, so the orders do not all queue on one port.
  const keyPortIds = Array.from({ length: 20 }, (_, i) => addPort(providerIds[0], frankfurt, `${titles[0]} key port ${i + 1}`, 100000, 'public', 'LIVE'));
  const customerPortIds = Array.from({ length: options.customerPorts }, (_, i) => addPort(customerId, r.pick(locations), `Bench Customer port ${i + 1}`, 10000, 'private', 'LIVE'));
  await insertColumns(query, `INSERT INTO ports (id, company_id, location_id, kind, name, speed_mbps, marketplace_visibility, provisioning_status, configured_at, live_at, cancelled_at, decommissioned_at)
    SELECT id, company_id, location_id, 'port', name, speed, visibility, status,
           CASE WHEN status <> 'CANCELLED' THEN now() END, CASE WHEN status <> 'CANCELLED' THEN now() END,
           CASE WHEN status = 'CANCELLED' THEN now() END, CASE WHEN status = 'DECOMMISSIONED' THEN now() END
    FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::text[]) AS p(id, company_id, location_id, name, speed, visibility, status)`,
  [ports.id, ports.company, ports.location, ports.name, ports.speed, ports.visibility, ports.status], progress('ports'));

  // Two people who log in: the customer's admin (orders) and the order provider's admin (service keys, approvals).
  const password = 'bench-password-1234';
  const hash = await hashPassword(password);
  const customer = { companyId: customerId, email: 'admin@customer.bench.example', password };
  const provider = { companyId: providerIds[0], email: 'admin@provider.bench.example', password };
  await query(`INSERT INTO users (id, company_id, email, first_name, last_name, role, password_hash) VALUES
    ($1, $2, $3, 'Bench', 'Customer', 'company_admin', $7), ($4, $5, $6, 'Bench', 'Provider', 'company_admin', $7)`,
  [uuidv7(), customer.companyId, customer.email, uuidv7(), provider.companyId, provider.email, hash]);
  progress('users')(2);
  // The customer orders from ports in every metro's country: it has a billing market in each.
  const countries = [...new Set(locations.map((l) => l.country))];
  await query(`INSERT INTO billing_markets (id, company_id, country) SELECT id, $1, country FROM unnest($2::uuid[], $3::text[]) AS m(id, country)`,
    [customerId, countries.map(() => uuidv7()), countries]);

  // As autovacuum would leave it: statistics, and the visibility map for index-only scans.
  if (options.progress) bar.update(done, { phase: 'VACUUM ANALYZE' });
  for (const table of ['locations', 'companies', 'provider_profiles', 'provider_search_terms', 'ports', 'users', 'billing_markets']) await query(`VACUUM ANALYZE ${table}`);
  if (options.progress) bar.stop();

  const prefixes = [...new Set(terms.flat().flatMap((t) => [t.slice(0, 2), t.slice(0, 3)]).filter((p) => p.length >= 2))].sort();
  return { customer: { ...customer, portIds: customerPortIds }, provider: { ...provider, publicPortId, privatePortId, keyPortIds }, prefixes, rows: total };
}
