import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeCompany } from './helpers/factories.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import * as repo from '../src/modules/marketplace/marketplace.repo.ts';
import * as portsRepo from '../src/modules/network/ports.repo.ts';
import { splitStatements } from '../src/platform/db/migrate.ts';
import { nameQuery, searchTerms } from '../src/modules/marketplace/search-terms.ts';

/**
 * The search statement over a small marketplace, against answers written out by hand: names,
 * service and location filters, paged two at a time.
 */
let portico: TestPortico;
const A = uuidv7();
const B = uuidv7();
const PROVIDERS: [title: string, service: string, location: 'A' | 'B' | null][] = [
  ['CloudGate', 'cloud', 'A'],
  ['Cloud Gate Networks', 'internet', 'B'],
  ['Nordic Néon Data', 'cloud', null],
  ['Nord Clear', 'internet', 'A'],
  ['Équinoxe Networks', 'cloud', 'A'],
  ['Data Nord 7', 'internet', 'B'],
  ['Gate Cloud', 'internet', 'A'],
  ['Néo Cloud Data', 'cloud', 'A'],
  ['Clearnet', 'internet', null],
];
const ids = new Map<string, string>();
const titleOf = new Map<string, string>();

beforeAll(async () => {
  portico = await startTestPortico();
  const db = portico.ctx.db.kysely;
  for (const id of [A, B]) await db.insertInto('locations').values({ id, name: `Search ${id}`, market: 'M', country: 'DE', region: 'EMEA', latitude: 50, longitude: 8 }).execute();
  for (const [title, service, at] of PROVIDERS) {
    const company = await makeCompany(portico.ctx, 'direct', { name: title });
    await repo.saveProfile(db, company.id, null as never, { title, description: 'd', services: [service], contactEmail: 'a@b.example', website: null, phone: null, hqAddress: null, logoUrl: null }, searchTerms(title));
    if (at) {
      const portId = uuidv7();
      await portsRepo.insertPort(db, { id: portId, companyId: company.id, locationId: at === 'A' ? A : B, kind: 'port', name: `p ${title}`, speedMbps: 1000, visibility: 'public', orderedBy: null as never });
      await portsRepo.transitionPort(db, portId, 'configure', null);
      await portsRepo.transitionPort(db, portId, 'go_live', null);
    }
    ids.set(title, company.id);
    titleOf.set(company.id, title);
  }
});
afterAll(() => portico?.close());

/** Every page of a search, two providers a page, as titles. */
async function searchAll(q: string, service?: string, location?: 'A' | 'B'): Promise<string[]> {
  const got: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { providers } = await repo.providerPage(portico.ctx.db.kysely, {
      name: nameQuery(q), service, locationId: location && (location === 'A' ? A : B), after, limit: 2, nearPortId: null,
    });
    got.push(...providers.slice(0, 2).map((p) => titleOf.get(p.company_id)!));
    if (providers.length <= 2) return got;
    after = providers[1].company_id;
  }
}

/** The titles in the order search lists them: by id. */
const inIdOrder = (titles: string[]) => [...titles].sort((x, y) => (ids.get(x)! < ids.get(y)! ? -1 : 1));

describe('provider search', () => {
  it.each<[string, string[]]>([
    ['', PROVIDERS.map(([t]) => t)],
    ['cloud', ['CloudGate', 'Cloud Gate Networks', 'Gate Cloud', 'Néo Cloud Data']],
    // Words run together in the name, or apart in the name: both match.
    ['cloud gate', ['CloudGate', 'Cloud Gate Networks', 'Gate Cloud']],
    ['cloudgate', ['CloudGate', 'Cloud Gate Networks']],
    ['gate cloud', ['Cloud Gate Networks', 'Gate Cloud']],
    ['clear net', ['Clearnet']],
    ['equinoxenet', ['Équinoxe Networks']],
    // Every word must match the start of a word.
    ['nord', ['Nordic Néon Data', 'Nord Clear', 'Data Nord 7']],
    ['nordic nord', ['Nordic Néon Data']],
    ['data ne', ['Nordic Néon Data', 'Néo Cloud Data']],
    ['nord 7', ['Data Nord 7']],
    ['ne', ['Cloud Gate Networks', 'Nordic Néon Data', 'Équinoxe Networks', 'Néo Cloud Data']],
    ['NÉON', ['Nordic Néon Data']],
    ['neo', ['Nordic Néon Data', 'Néo Cloud Data']],
    ['quinoxe', []],
    ['oudga', []],
    ['nord xyz', []],
    // No wildcards: "_" and "%" separate words, and a query of no words finds nothing.
    ['n_t', []],
    ['e%x', []],
    ['%', []],
  ])('q=%s', async (q, expected) => {
    expect(await searchAll(q)).toEqual(inIdOrder(expected));
  });

  it.each<[string, string | undefined, 'A' | 'B' | undefined, string[]]>([
    ['', 'cloud', undefined, ['CloudGate', 'Nordic Néon Data', 'Équinoxe Networks', 'Néo Cloud Data']],
    ['cloud', 'cloud', undefined, ['CloudGate', 'Néo Cloud Data']],
    ['', undefined, 'A', ['CloudGate', 'Nord Clear', 'Équinoxe Networks', 'Gate Cloud', 'Néo Cloud Data']],
    ['cloud', undefined, 'A', ['CloudGate', 'Gate Cloud', 'Néo Cloud Data']],
    ['cloud gate', undefined, 'B', ['Cloud Gate Networks']],
    ['cloud', 'cloud', 'A', ['CloudGate', 'Néo Cloud Data']],
    ['nord', 'voice', undefined, []],
  ])('q=%s service=%s location=%s', async (q, service, location, expected) => {
    expect(await searchAll(q, service, location)).toEqual(inIdOrder(expected));
  });

  it('migration 0011 re-indexes existing names as word tails, as searchTerms does', async () => {
    const db = portico.ctx.db;
    await db.query("UPDATE provider_search_terms SET term = 'stale' || term");
    for (const statement of splitStatements(readFileSync(new URL('../migrations/0011_search_terms_word_tails.sql', import.meta.url), 'utf8'))) await db.query(statement);
    const { rows } = await db.query('SELECT company_id, array_agg(term ORDER BY term) AS terms FROM provider_search_terms WHERE company_id = ANY($1::uuid[]) GROUP BY company_id', [[...ids.values()]]);
    const terms = new Map(rows.map((r) => [titleOf.get(r.company_id), r.terms]));
    expect(terms.get('Cloud Gate Networks')).toEqual(['cloudgatenetworks', 'gatenetworks', 'networks']);
    expect(terms.get('Nordic Néon Data')).toEqual(['data', 'neondata', 'nordicneondata']);
    expect(terms.get('Data Nord 7')).toEqual(['7', 'datanord7', 'nord7']);
    for (const [title] of PROVIDERS) expect(terms.get(title), title).toEqual(searchTerms(title).sort());
    expect(await searchAll('cloudgate')).toEqual(inIdOrder(['CloudGate', 'Cloud Gate Networks']));
  });
});
