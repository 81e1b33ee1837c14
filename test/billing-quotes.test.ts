import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree, makeUser } from './helpers/factories.ts';
import { uuidv7 } from '../src/platform/ids.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
const frankfurt = uuidv7();
const london = uuidv7();
const oslo = uuidv7();

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
  await portico.ctx.db.kysely.insertInto('locations').values([
    { id: frankfurt, name: 'Quote Frankfurt', market: 'Frankfurt', country: 'DE', region: 'EMEA', latitude: 50.1, longitude: 8.7 },
    { id: london, name: 'Quote London', market: 'London', country: 'GB', region: 'EMEA', latitude: 51.5, longitude: -0.1 },
    { id: oslo, name: 'Quote Oslo', market: 'Oslo', country: 'NO', region: 'EMEA', latitude: 59.9, longitude: 10.7 },
  ]).execute();
  const book = await api('PUT', '/v1/price-book', tree.operatorAdmin.token, {
    items: [
      { product: 'port', speedMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 45000 },
      { product: 'port', speedMbps: 10000, market: 'DE', currency: 'EUR', monthlyMinor: 120000 },
      { product: 'mcr', speedMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 30000 },
      { product: 'vxc', rateLimitMinMbps: 1, rateLimitMaxMbps: 100, market: 'DE', currency: 'EUR', monthlyMinor: 5000 },
      { product: 'vxc', rateLimitMinMbps: 101, rateLimitMaxMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 20000 },
      { product: 'port', speedMbps: 1000, market: 'GB', currency: 'GBP', monthlyMinor: 39000 },
    ],
  });
  expect(book.statusCode).toBe(200);
});
afterAll(() => portico?.close());

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const quote = (body: unknown, token = tree.directAdmin.token) => api('POST', '/v1/quotes', token, body);

describe('quotes', () => {
  it('price a port, an MCR and a VXC from the book of the location’s country', async () => {
    const port = await quote({ product: 'port', speedMbps: 10000, locationId: frankfurt });
    expect(port.statusCode).toBe(200);
    expect(port.json()).toEqual({ product: 'port', speedMbps: 10000, locationId: frankfurt, market: 'DE', currency: 'EUR', monthlyMinor: 120000 });
    expect((await quote({ product: 'port', speedMbps: 1000, locationId: london })).json()).toMatchObject({ market: 'GB', currency: 'GBP', monthlyMinor: 39000 });
    // An MCR has its own prices, not the port's of the same speed.
    expect((await quote({ product: 'mcr', speedMbps: 1000, locationId: frankfurt })).json()).toMatchObject({ product: 'mcr', monthlyMinor: 30000 });
    expect((await quote({ product: 'vxc', rateLimitMbps: 50, locationId: frankfurt })).json()).toEqual({
      product: 'vxc', rateLimitMbps: 50, locationId: frankfurt, market: 'DE', currency: 'EUR', monthlyMinor: 5000,
    });
  });

  it('a VXC band holds both its bounds', async () => {
    const at = async (rateLimitMbps: number) => quote({ product: 'vxc', rateLimitMbps, locationId: frankfurt });
    expect((await at(1)).json().monthlyMinor).toBe(5000);
    expect((await at(100)).json().monthlyMinor).toBe(5000);
    expect((await at(101)).json().monthlyMinor).toBe(20000);
    expect((await at(1000)).json().monthlyMinor).toBe(20000);
    const above = await at(1001);
    expect(above.statusCode).toBe(422);
    expect(above.json()).toMatchObject({ code: 'no_price', field: 'rateLimitMbps', market: 'DE' });
  });

  it('no price for it is 422 no_price, saying what is missing', async () => {
    const noSpeed = await quote({ product: 'port', speedMbps: 100000, locationId: frankfurt });
    expect(noSpeed.statusCode).toBe(422);
    expect(noSpeed.json()).toMatchObject({ code: 'no_price', field: 'speedMbps' });
    expect(noSpeed.json().detail).toContain('100000 Mbps in market DE');
    const noMarket = await quote({ product: 'port', speedMbps: 1000, locationId: oslo });
    expect(noMarket.json()).toMatchObject({ status: 422, code: 'no_price', market: 'NO' });
    expect((await quote({ product: 'vxc', rateLimitMbps: 100, locationId: london })).json().code).toBe('no_price');
  });

  it('bad input is 400 naming the field: unknown location, missing or wrong speed field, bad values', async () => {
    const unknown = await quote({ product: 'port', speedMbps: 1000, locationId: uuidv7() });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'unknown_location', field: 'locationId' });
    const cases: [unknown, string][] = [
      [{ product: 'port', locationId: frankfurt }, 'speedMbps'],
      [{ product: 'vxc', speedMbps: 100, locationId: frankfurt }, 'rateLimitMbps'],
      [{ product: 'port', speedMbps: 1000, rateLimitMbps: 100, locationId: frankfurt }, 'rateLimitMbps'],
      [{ product: 'port', speedMbps: 0, locationId: frankfurt }, 'speedMbps'],
      [{ product: 'port', speedMbps: 1.5, locationId: frankfurt }, 'speedMbps'],
      [{ product: 'cable', speedMbps: 1000, locationId: frankfurt }, 'product'],
      [{ product: 'port', speedMbps: 1000, locationId: 'frankfurt' }, 'locationId'],
      [{ product: 'port', speedMbps: 1000 }, 'locationId'],
    ];
    for (const [body, field] of cases) {
      const response = await quote(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().field, JSON.stringify(body)).toBe(field);
    }
  });

  it('who may: company admins, technical admins and finance of direct customers and partners; not technical contacts or read-only users', async () => {
    const body = { product: 'port', speedMbps: 1000, locationId: frankfurt };
    for (const [companyId, type] of [[tree.direct.id, 'direct'], [tree.partner.id, 'partner']] as const) {
      for (const role of ['company_admin', 'technical_admin', 'finance'] as const) {
        const user = await makeUser(portico.app, portico.ctx, companyId, role, type);
        expect((await quote(body, user.token)).statusCode, `${type} ${role}`).toBe(200);
      }
      for (const role of ['technical_contact', 'read_only'] as const) {
        const user = await makeUser(portico.app, portico.ctx, companyId, role, type);
        const refused = await quote(body, user.token);
        expect(refused.statusCode, `${type} ${role}`).toBe(403);
        expect(refused.json()).toMatchObject({ code: 'capability_required', capability: 'quotes.create' });
      }
    }
    expect((await quote(body, '')).statusCode).toBe(401);
  });

  it('a managed account’s users are refused with managed_setting quotingTool, even when their partner shows prices', async () => {
    const body = { product: 'port', speedMbps: 1000, locationId: frankfurt };
    const managedFinance = await makeUser(portico.app, portico.ctx, tree.managed.id, 'finance', 'managed');
    for (const user of [tree.managedAdmin, managedFinance]) {
      const refused = await quote(body, user.token);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'managed_setting', setting: 'quotingTool', capability: 'quotes.create' });
    }
    await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, { showPrices: true });
    expect((await quote(body)).statusCode).toBe(200);
    expect((await quote(body, tree.managedAdmin.token)).json()).toMatchObject({ code: 'managed_setting', setting: 'quotingTool' });
    await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, { showPrices: null });
  });
});

describe('prices for the order forms (GET /v1/prices, prices.view)', () => {
  const url = (query: string) => `/v1/prices?${query}`;
  it('answers what a quote answers, for whoever sees prices', async () => {
    const price = await api('GET', url(`product=vxc&rateLimitMbps=101&locationId=${frankfurt}`), tree.directAdmin.token);
    expect(price.statusCode).toBe(200);
    expect(price.json()).toEqual({ product: 'vxc', rateLimitMbps: 101, locationId: frankfurt, market: 'DE', currency: 'EUR', monthlyMinor: 20000 });
    const finance = await makeUser(portico.app, portico.ctx, tree.direct.id, 'finance', 'direct');
    expect((await api('GET', url(`product=port&speedMbps=1000&locationId=${london}`), finance.token)).json().monthlyMinor).toBe(39000);
    const tech = await makeUser(portico.app, portico.ctx, tree.direct.id, 'technical_admin', 'direct');
    expect((await api('GET', url(`product=port&speedMbps=1000&locationId=${london}`), tech.token)).json()).toMatchObject({ status: 403, capability: 'prices.view' });
    expect((await api('GET', url(`product=port&speedMbps=100000&locationId=${london}`), finance.token)).json()).toMatchObject({ status: 422, code: 'no_price' });
    expect((await api('GET', url(`product=port&locationId=${london}`), finance.token)).json()).toMatchObject({ status: 400, field: 'speedMbps' });
  });

  it('a managed account sees prices only when its partner shows them', async () => {
    const get = () => api('GET', url(`product=port&speedMbps=1000&locationId=${frankfurt}`), tree.managedAdmin.token);
    expect((await get()).json()).toMatchObject({ status: 403, code: 'managed_setting', setting: 'showPrices' });
    await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, { showPrices: true });
    const shown = await get();
    expect(shown.statusCode).toBe(200);
    expect(shown.json().monthlyMinor).toBe(45000);
  });
});
