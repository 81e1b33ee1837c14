import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeCompany } from './helpers/factories.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import * as repo from '../src/modules/marketplace/marketplace.repo.ts';
import * as portsRepo from '../src/modules/network/ports.repo.ts';
import { prefixPatterns, searchTerms } from '../src/modules/marketplace/search-terms.ts';

/**
 * The search query against a brute-force answer: every combination of words, service, location and
 * paging over a few dozen providers gives the same providers in the same order.
 */
let portico: TestPortico;
const providers: { id: string; title: string; services: string[]; locations: string[] }[] = [];
const locations: string[] = [];

beforeAll(async () => {
  portico = await startTestPortico();
  const db = portico.ctx.db.kysely;
  for (const name of ['Search Alpha', 'Search Beta']) {
    const id = uuidv7();
    await db.insertInto('locations').values({ id, name, market: name, country: 'DE', region: 'EMEA', latitude: 50, longitude: 8 }).execute();
    locations.push(id);
  }
  const words = ['Nordic', 'Nord', 'Néon', 'Cloud', 'Clear', 'Networks', 'Data'];
  for (let i = 0; i < 30; i++) {
    const title = `${words[i % 7]} ${words[(i * 3 + 1) % 7]} ${i}`;
    const company = await makeCompany(portico.ctx, 'direct', { name: title });
    const services = i % 3 === 0 ? ['cloud'] : ['internet'];
    await repo.saveProfile(db, company.id, null as never, { title, description: 'd', services, contactEmail: 'a@b.example', website: null, phone: null, hqAddress: null, logoUrl: null }, searchTerms(title));
    const at = i % 4 === 0 ? [locations[0]] : i % 4 === 1 ? [locations[1]] : [];
    for (const locationId of at) {
      const portId = uuidv7();
      await portsRepo.insertPort(db, { id: portId, companyId: company.id, locationId, kind: 'port', name: `p${i}`, speedMbps: 1000, visibility: 'public', orderedBy: null as never });
      await portsRepo.transitionPort(db, portId, 'configure', null);
      await portsRepo.transitionPort(db, portId, 'go_live', null);
    }
    providers.push({ id: company.id, title, services, locations: at });
  }
});
afterAll(() => portico?.close());

describe('provider search', () => {
  it('matches a brute-force search for words, service, location and paging', async () => {
    const db = portico.ctx.db.kysely;
    const queries = ['', 'n', 'no', 'nord', 'ne', 'cl', 'cl no', 'nordic nord', 'data ne', 'zz', 'nord 1'];
    for (const q of queries) {
      for (const service of [undefined, 'cloud']) {
        for (const locationId of [undefined, locations[0]]) {
          const words = searchTerms(q);
          const expected = providers
            .filter((p) => words.every((w) => searchTerms(p.title).some((t) => t.startsWith(w))))
            .filter((p) => !service || p.services.includes(service))
            .filter((p) => !locationId || p.locations.includes(locationId))
            .map((p) => p.id)
            .sort();
          // Page through 4 at a time.
          const got: string[] = [];
          let after: string | null = null;
          for (;;) {
            const rows = await repo.searchProviders(db, { patterns: prefixPatterns(q), service, locationId, after, limit: 4 });
            got.push(...rows.slice(0, 4).map((r) => r.company_id));
            if (rows.length <= 4) break;
            after = rows[3].company_id;
          }
          expect(got, `q=${q} service=${service} location=${locationId}`).toEqual(expected);
        }
      }
    }
  });
});
