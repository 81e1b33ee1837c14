import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { enableMarkets, makeCompany, makeTree, makeUser } from './helpers/factories.ts';
import { upsertLocations } from '../src/modules/network/network.repo.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { ProviderListSchema, ProviderSchema } from '../src/modules/marketplace/marketplace.schemas.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
const paris = uuidv7();
const frankfurt = uuidv7();
const sydney = uuidv7();
let providerAdmin: Awaited<ReturnType<typeof makeUser>>;
let customerPort: string;
const ports: Record<string, string> = {};

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const profile = { title: 'Équinoxe Networks', description: 'Carrier-neutral interconnection.', services: ['internet', 'cloud'], contactEmail: 'sales@equinoxe.example', website: 'https://equinoxe.example' };

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
  await upsertLocations(portico.ctx.db.kysely, [
    { id: paris, name: 'T Paris', market: 'Paris', country: 'FR', region: 'EMEA', latitude: 48.8566, longitude: 2.3522 },
    { id: frankfurt, name: 'T Frankfurt', market: 'Frankfurt', country: 'DE', region: 'EMEA', latitude: 50.1109, longitude: 8.6821 },
    { id: sydney, name: 'T Sydney', market: 'Sydney', country: 'AU', region: 'ANZ', latitude: -33.8688, longitude: 151.2093 },
  ]);
  const provider = await makeCompany(portico.ctx, 'direct', { name: 'Equinoxe SAS' });
  providerAdmin = await makeUser(portico.app, portico.ctx, provider.id, 'company_admin', 'direct');
  await enableMarkets(portico.ctx, provider.id, ['AU', 'DE', 'FR']);
  await enableMarkets(portico.ctx, tree.direct.id, ['FR']);
  for (const [name, locationId, visibility] of [['SYD-1', sydney, 'public'], ['FRA-1', frankfurt, 'public'], ['PAR-1', paris, 'public'], ['PAR-secret', paris, 'private']] as const) {
    ports[name] = (await api('POST', '/v1/ports', providerAdmin.token, { locationId, name, speedMbps: 10000, marketplaceVisibility: visibility })).json().id;
  }
  customerPort = (await api('POST', '/v1/ports', tree.directAdmin.token, { locationId: paris, name: 'my port', speedMbps: 10000 })).json().id;
  await portico.ctx.jobs.drain();
  expect((await api('PUT', `/v1/companies/${provider.id}/marketplace-profile`, providerAdmin.token, profile)).statusCode).toBe(200);
});
afterAll(() => portico?.close());

const search = (query: string, token = tree.directAdmin.token) => api('GET', `/v1/marketplace/providers?${query}`, token);

describe('provider profiles', () => {
  it('only a company admin publishes one; managed accounts cannot have one; everybody reads it', async () => {
    const reader = await makeUser(portico.app, portico.ctx, tree.partner.id, 'technical_admin', 'partner');
    expect((await api('PUT', `/v1/companies/${tree.partner.id}/marketplace-profile`, reader.token, profile)).statusCode).toBe(403);
    const managed = await api('PUT', `/v1/companies/${tree.managed.id}/marketplace-profile`, tree.partnerAdmin.token, profile);
    expect(managed.json()).toMatchObject({ status: 403, code: 'capability_required', capability: 'marketplace.provide' });
    expect((await api('PUT', `/v1/companies/${tree.otherPartner.id}/marketplace-profile`, tree.partnerAdmin.token, profile)).statusCode).toBe(404);
    const bad = await api('PUT', `/v1/companies/${tree.partner.id}/marketplace-profile`, tree.partnerAdmin.token, { ...profile, services: ['teleportation'] });
    expect(bad.json()).toMatchObject({ status: 400, field: 'services.0' });
    const companyId = (await search('q=equ')).json().items[0].companyId;
    const read = await api('GET', `/v1/companies/${companyId}/marketplace-profile`, tree.managedAdmin.token);
    expect(read.json()).toMatchObject({ title: 'Équinoxe Networks', contactEmail: 'sales@equinoxe.example', services: ['internet', 'cloud'] });
  });
});

describe('marketplace search', () => {
  it('finds a provider when every query word starts a word of its name, ignoring case and accents', async () => {
    for (const q of ['equ', 'EQU', 'équi', 'net', 'Networks', 'equ%20net', 'net%20EQU', 'equinoxe,networks']) {
      const titles = (await search(`q=${q}`)).json().items.map((p: any) => p.title);
      expect(titles, q).toEqual(['Équinoxe Networks']);
    }
    for (const q of ['quinoxe', 'xyz', 'equ%20cloud', 'works']) expect((await search(`q=${q}`)).json().items, q).toHaveLength(0);
  });

  it('finds a name whose words the query runs together, and the other way round', async () => {
    for (const q of ['equinoxenetworks', 'EquinoxeNet', 'equinoxen']) expect((await search(`q=${q}`)).json().items.map((p: any) => p.title), q).toEqual(['Équinoxe Networks']);
  });

  it('treats LIKE wildcards as separators, not as "anything"', async () => {
    // As LIKE patterns over "equinoxenetworks" / "networks", n_t% and e%x% would match, and % everything.
    for (const q of ['n_t', 'e%25x', '%25', 'equ%25works']) expect((await search(`q=${q}`)).json().items, q).toHaveLength(0);
    expect((await search('q=equ%25net')).json().items.map((p: any) => p.title)).toEqual(['Équinoxe Networks']);
  });

  it('filters by service and by location, and never lists private or unfinished ports', async () => {
    expect((await search('service=cloud')).json().items.map((p: any) => p.title)).toEqual(['Équinoxe Networks']);
    expect((await search('service=voice')).json().items).toHaveLength(0);
    const atParis = (await search(`locationId=${paris}`)).json().items;
    expect(atParis[0].ports.map((p: any) => p.name)).toEqual(['PAR-1']);
    const all = (await search('q=equ')).json().items[0].ports.map((p: any) => p.name);
    expect(all).not.toContain('PAR-secret');
    expect(all).toHaveLength(3);
  });

  it('sorts the provider’s ports by distance from the customer’s A-end port', async () => {
    const [provider] = (await search(`q=equ&nearPortId=${customerPort}`)).json().items;
    expect(provider.ports.map((p: any) => p.name)).toEqual(['PAR-1', 'FRA-1', 'SYD-1']);
    expect(provider.ports[0].distanceKm).toBe(0);
    expect(provider.ports[1].distanceKm).toBeGreaterThan(400);
    expect(provider.ports[1].distanceKm).toBeLessThan(500);
    expect((await search(`nearPortId=${ports['SYD-1']}`)).json()).toMatchObject({ status: 404, field: 'nearPortId' });
    expect((await search('nearPortId=nope')).json()).toMatchObject({ status: 400, field: 'nearPortId' });
  });

  it('answers JSON that PostgreSQL built exactly as the documented schema says', async () => {
    const listed = await search(`q=equ&nearPortId=${customerPort}`);
    expect(listed.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = listed.json();
    const ajv = addFormats.default(new Ajv({ strict: false, allErrors: true }));
    expect(ajv.validate(ProviderListSchema, body), ajv.errorsText()).toBe(true);
    expect(Object.keys(body.items[0])).toEqual(['companyId', 'title', 'description', 'services', 'logoUrl', 'ports']);
    expect(body.items[0]).toMatchObject({ title: 'Équinoxe Networks', description: 'Carrier-neutral interconnection.', services: ['internet', 'cloud'], logoUrl: null });
    expect(body.items[0].ports[0]).toEqual({ id: ports['PAR-1'], name: 'PAR-1', locationId: paris, locationName: 'T Paris', speedMbps: 10000, distanceKm: 0 });
    expect((await search('q=equ')).json().items[0].ports[0]).not.toHaveProperty('distanceKm');
    const one = await api('GET', `/v1/marketplace/providers/${body.items[0].companyId}`, tree.directAdmin.token);
    expect(ajv.validate(ProviderSchema, one.json()), ajv.errorsText()).toBe(true);
  });

  it('shows one provider with its ports by distance, and 404 for a company that is not one', async () => {
    const [listed] = (await search(`q=equ&nearPortId=${customerPort}`)).json().items;
    const one = await api('GET', `/v1/marketplace/providers/${listed.companyId}?nearPortId=${customerPort}`, tree.managedAdmin.token);
    expect(one.statusCode).toBe(404); // the managed account cannot measure from the direct customer's port
    const page = (await api('GET', `/v1/marketplace/providers/${listed.companyId}?nearPortId=${customerPort}`, tree.directAdmin.token)).json();
    expect(page).toEqual(listed);
    expect((await api('GET', `/v1/marketplace/providers/${tree.direct.id}`, tree.directAdmin.token)).json()).toMatchObject({ status: 404, code: 'provider_not_found' });
  });
});

