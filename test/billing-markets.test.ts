import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { enableMarkets, makeCompany, makeTree, makeUser, type TestUser } from './helpers/factories.ts';
import { statusCounts } from './helpers/concurrency.ts';
import { upsertLocations } from '../src/modules/network/network.repo.ts';
import { uuidv7 } from '../src/platform/ids.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
let provider: TestUser;
const london = uuidv7();
const frankfurt = uuidv7();
const paris = uuidv7();

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
  await upsertLocations(portico.ctx.db.kysely, [
    { id: london, name: 'BM London', market: 'London', country: 'GB', region: 'EMEA', latitude: 51.5, longitude: -0.12 },
    { id: frankfurt, name: 'BM Frankfurt', market: 'Frankfurt', country: 'DE', region: 'EMEA', latitude: 50.11, longitude: 8.68 },
    { id: paris, name: 'BM Paris', market: 'Paris', country: 'FR', region: 'EMEA', latitude: 48.86, longitude: 2.35 },
  ]);
  const providerCompany = await makeCompany(portico.ctx, 'direct', { name: 'BM Provider' });
  provider = await makeUser(portico.app, portico.ctx, providerCompany.id, 'company_admin', 'direct');
  await enableMarkets(portico.ctx, providerCompany.id, ['FR']);
});
afterAll(() => portico?.close());

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const enable = (token: string, body: Record<string, unknown>) => api('POST', '/v1/billing-markets', token, body);
const countriesOf = async (companyId: string, token = tree.operatorAdmin.token) =>
  (await api('GET', `/v1/billing-markets?companyId=${companyId}`, token)).json().items.map((m: any) => m.country);
const orderPort = (token: string, locationId: string, extra: Record<string, unknown> = {}) =>
  api('POST', '/v1/ports', token, { locationId, name: `port ${uuidv7()}`, speedMbps: 10000, ...extra });
const marketRows = async (companyId: string) =>
  (await portico.ctx.db.query('SELECT country FROM billing_markets WHERE company_id = $1 ORDER BY country', [companyId])).rows.map((r: any) => r.country);

async function livePort(token: string, locationId: string, extra: Record<string, unknown> = {}) {
  const response = await orderPort(token, locationId, extra);
  expect(response.statusCode, response.body).toBe(201);
  await portico.ctx.jobs.drain();
  return response.json().id as string;
}

describe('enabling, listing and disabling billing markets', () => {
  it('a partner admin enables one for its own company (201), again is 200 with the same market, lists and disables it; each change audited', async () => {
    const first = await enable(tree.partnerAdmin.token, { country: 'NL' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ companyId: tree.partner.id, country: 'NL', enabledBy: tree.partnerAdmin.id });
    const again = await enable(tree.partnerAdmin.token, { companyId: tree.partner.id, country: 'NL' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());

    expect(await countriesOf(tree.partner.id, tree.partnerAdmin.token)).toEqual(['NL']);
    const list = await api('GET', '/v1/billing-markets', tree.partnerAdmin.token);
    expect(list.json()).toEqual({ items: [first.json()] });

    const removed = await api('DELETE', `/v1/billing-markets/${first.json().id}`, tree.partnerAdmin.token);
    expect(removed.statusCode).toBe(204);
    expect(await countriesOf(tree.partner.id)).toEqual([]);
    expect((await api('DELETE', `/v1/billing-markets/${first.json().id}`, tree.partnerAdmin.token)).json()).toMatchObject({ status: 404, code: 'billing_market_not_found' });

    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select(['action', 'actor_user_id', 'company_id'])
      .where('target_id', '=', first.json().id).orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'billing_market.enabled', actor_user_id: tree.partnerAdmin.id, company_id: tree.partner.id },
      { action: 'billing_market.disabled', actor_user_id: tree.partnerAdmin.id, company_id: tree.partner.id },
    ]);
  });

  it('a burst of 10 enables of one market makes exactly one row: one 201, nine 200, the same market in each', async () => {
    const burst = await Promise.all(Array.from({ length: 10 }, () => enable(tree.directAdmin.token, { country: 'ES' })));
    expect(statusCounts(burst)).toEqual({ 201: 1, 200: 9 });
    expect(new Set(burst.map((r) => r.json().id)).size).toBe(1);
    expect(await marketRows(tree.direct.id)).toEqual(['ES']);
    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select('id').where('action', '=', 'billing_market.enabled').where('target_id', '=', burst[0].json().id).execute();
    expect(audit).toHaveLength(1);
  });

  it('the operator enables and disables for any partner or direct customer; not for itself or a managed account (422)', async () => {
    const forPartner = await enable(tree.operatorAdmin.token, { companyId: tree.otherPartner.id, country: 'CH' });
    expect(forPartner.statusCode).toBe(201);
    expect(forPartner.json()).toMatchObject({ companyId: tree.otherPartner.id, enabledBy: tree.operatorAdmin.id });
    expect((await enable(tree.operatorAdmin.token, { companyId: tree.direct.id, country: 'CH' })).statusCode).toBe(201);
    expect(await countriesOf(tree.otherPartner.id, tree.otherPartnerAdmin.token)).toEqual(['CH']);
    expect((await api('DELETE', `/v1/billing-markets/${forPartner.json().id}`, tree.operatorAdmin.token)).statusCode).toBe(204);
    expect(await marketRows(tree.otherPartner.id)).toEqual([]);

    const own = await enable(tree.operatorAdmin.token, { country: 'CH' });
    expect(own.statusCode).toBe(422);
    expect(own.json()).toMatchObject({ code: 'billing_markets_not_for_operator', field: 'companyId' });
    const managed = await enable(tree.operatorAdmin.token, { companyId: tree.managed.id, country: 'CH' });
    expect(managed.json()).toMatchObject({ status: 422, code: 'billing_markets_of_partner', field: 'companyId' });
  });

  it('a partner cannot give its managed account markets of its own (422); the managed account’s users never see them (403 managed_setting)', async () => {
    const forManaged = await enable(tree.partnerAdmin.token, { companyId: tree.managed.id, country: 'DE' });
    expect(forManaged.statusCode).toBe(422);
    expect(forManaged.json()).toMatchObject({ code: 'billing_markets_of_partner', field: 'companyId' });
    expect((await api('GET', `/v1/billing-markets?companyId=${tree.managed.id}`, tree.partnerAdmin.token)).json().code).toBe('billing_markets_of_partner');
    expect(await marketRows(tree.managed.id)).toEqual([]);

    for (const [method, body] of [['POST', { country: 'DE' }], ['GET', undefined]] as const) {
      const refused = await api(method, '/v1/billing-markets', tree.managedAdmin.token, body);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'managed_setting', setting: 'billingMarkets' });
    }
    const market = (await enable(tree.partnerAdmin.token, { country: 'IE' })).json();
    const refused = await api('DELETE', `/v1/billing-markets/${market.id}`, tree.managedAdmin.token);
    expect(refused.json()).toMatchObject({ status: 403, code: 'managed_setting', setting: 'billingMarkets' });
    expect(await marketRows(tree.partner.id)).toContain('IE');
  });

  it('only company admins change them (others of the company see them); another tree is 404', async () => {
    const tech = await makeUser(portico.app, portico.ctx, tree.partner.id, 'technical_admin', 'partner');
    const refused = await enable(tech.token, { country: 'PT' });
    expect(refused.json()).toMatchObject({ status: 403, code: 'capability_required', capability: 'billing_markets.manage' });
    expect((await api('GET', '/v1/billing-markets', tech.token)).statusCode).toBe(200);

    const theirs = (await enable(tree.otherPartnerAdmin.token, { country: 'PT' })).json();
    for (const response of [
      await enable(tree.partnerAdmin.token, { companyId: tree.otherPartner.id, country: 'PT' }),
      await enable(tree.partnerAdmin.token, { companyId: tree.otherManaged.id, country: 'PT' }),
      await api('GET', `/v1/billing-markets?companyId=${tree.otherPartner.id}`, tree.partnerAdmin.token),
      await api('DELETE', `/v1/billing-markets/${theirs.id}`, tree.partnerAdmin.token),
      await api('DELETE', `/v1/billing-markets/${theirs.id}`, tree.directAdmin.token),
    ]) expect(response.statusCode).toBe(404);
    expect((await enable(tree.partnerAdmin.token, { companyId: tree.otherPartner.id, country: 'PT' })).json()).toMatchObject({ code: 'company_not_found', field: 'companyId' });
    expect((await api('DELETE', `/v1/billing-markets/${theirs.id}`, tree.partnerAdmin.token)).json()).toMatchObject({ code: 'billing_market_not_found', field: 'id' });
    expect(await marketRows(tree.otherPartner.id)).toEqual(['PT']);
  });

  it('refuses a country that is not an ISO 3166-1 alpha-2 code (400, field country), and bad ids', async () => {
    for (const country of ['XX', 'UK', 'de', 'DEU', '', 7]) {
      const response = await enable(tree.directAdmin.token, { country });
      expect(response.statusCode, String(country)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().field).toBe('country');
    }
    expect((await enable(tree.directAdmin.token, { country: 'XX' })).json().code).toBe('unknown_country');
    expect((await enable(tree.directAdmin.token, {})).json()).toMatchObject({ status: 400, field: 'country' });
    expect((await enable(tree.directAdmin.token, { country: 'DE', region: 'EMEA' })).statusCode).toBe(400);
    expect((await enable(tree.directAdmin.token, { companyId: 'nope', country: 'DE' })).json()).toMatchObject({ status: 400, field: 'companyId' });
    expect((await api('DELETE', '/v1/billing-markets/nope', tree.directAdmin.token)).json()).toMatchObject({ status: 400, field: 'id' });
    expect((await api('GET', '/v1/billing-markets?companyId=nope', tree.directAdmin.token)).statusCode).toBe(400);
  });
});

describe('ordering needs a billing market for the location’s country', () => {
  it('a port and an MCR outside the company’s markets are refused (422 billing_market_not_enabled naming the country); inside, 201', async () => {
    await enableMarkets(portico.ctx, tree.direct.id, ['GB']);
    const outside = await orderPort(tree.directAdmin.token, frankfurt);
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'billing_market_not_enabled', field: 'locationId', country: 'DE' });
    expect(outside.json().detail).toContain('DE');
    const mcr = await orderPort(tree.directAdmin.token, frankfurt, { kind: 'mcr', speedMbps: 2500 });
    expect(mcr.json()).toMatchObject({ status: 422, code: 'billing_market_not_enabled' });
    expect((await orderPort(tree.directAdmin.token, london)).statusCode).toBe(201);
    expect((await orderPort(tree.directAdmin.token, london, { kind: 'mcr', speedMbps: 2500 })).statusCode).toBe(201);
    // The operator ordering for the customer is held to the customer's markets.
    expect((await orderPort(tree.operatorAdmin.token, frankfurt, { companyId: tree.direct.id })).json().code).toBe('billing_market_not_enabled');
    const ports = await portico.ctx.db.query('SELECT count(*)::int AS n FROM ports WHERE company_id = $1 AND location_id = $2', [tree.direct.id, frankfurt]);
    expect(ports.rows[0].n).toBe(0);
  });

  it('a managed account orders only where its partner has a market, whoever orders for it', async () => {
    await enableMarkets(portico.ctx, tree.partner.id, ['DE']);
    expect((await orderPort(tree.managedAdmin.token, frankfurt)).statusCode).toBe(201);
    expect((await orderPort(tree.partnerAdmin.token, frankfurt, { companyId: tree.managed.id })).statusCode).toBe(201);
    const outside = await orderPort(tree.managedAdmin.token, paris);
    expect(outside.json()).toMatchObject({ status: 422, code: 'billing_market_not_enabled', field: 'locationId', country: 'FR' });
    expect(outside.json().detail).toContain('partner');
    expect((await orderPort(tree.partnerAdmin.token, paris, { companyId: tree.managed.id })).statusCode).toBe(422);
    // Another partner's markets are not this one's: its managed account has none in DE.
    const otherManagedAdmin = await makeUser(portico.app, portico.ctx, tree.otherManaged.id, 'company_admin', 'managed');
    expect((await orderPort(otherManagedAdmin.token, frankfurt)).json().code).toBe('billing_market_not_enabled');
  });

  it('a VXC needs a market at its A-end’s location; disabling one keeps what was ordered and refuses new orders there', async () => {
    const bEnd = await livePort(provider.token, paris, { marketplaceVisibility: 'public' });
    const aEnd = await livePort(tree.directAdmin.token, london);
    const vxc = (name: string) => api('POST', '/v1/connections', tree.directAdmin.token, { name, rateLimitMbps: 100, aEnd: { portId: aEnd }, bEnd: { portId: bEnd } });
    const first = await vxc('BM first');
    expect(first.statusCode).toBe(201);

    const gb = (await api('GET', `/v1/billing-markets?companyId=${tree.direct.id}`, tree.directAdmin.token)).json().items.find((m: any) => m.country === 'GB');
    expect((await api('DELETE', `/v1/billing-markets/${gb.id}`, tree.directAdmin.token)).statusCode).toBe(204);
    const refused = await vxc('BM second');
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'billing_market_not_enabled', field: 'aEnd.portId', country: 'GB' });
    expect((await orderPort(tree.directAdmin.token, london)).json().code).toBe('billing_market_not_enabled');
    // What was ordered stays: the port is LIVE and the VXC is still there, and the provider can still accept it.
    expect((await api('GET', `/v1/ports/${aEnd}`, tree.directAdmin.token)).json().provisioningStatus).toBe('LIVE');
    expect((await api('POST', `/v1/connections/${first.json().id}/accept`, provider.token, {})).statusCode).toBe(200);

    expect((await enable(tree.directAdmin.token, { country: 'GB' })).statusCode).toBe(201);
    expect((await vxc('BM third')).statusCode).toBe(201);
  });

  it('the B-end’s location needs no market of the customer’s: only the ordering (A-end) company’s market counts', async () => {
    const bEnd = await livePort(provider.token, paris, { marketplaceVisibility: 'public' });
    const aEnd = await livePort(tree.managedAdmin.token, frankfurt);
    const ordered = await api('POST', '/v1/connections', tree.managedAdmin.token, { name: 'BM managed', rateLimitMbps: 100, aEnd: { portId: aEnd }, bEnd: { portId: bEnd } });
    expect(ordered.statusCode).toBe(201);
  });
});

describe('GET /v1/locations says where the caller’s company may order', () => {
  it('orderable follows the company’s markets (a managed account: its partner’s); the operator’s company may order anywhere', async () => {
    const flags = async (token: string) => {
      const items = (await api('GET', '/v1/locations', token)).json().items;
      return Object.fromEntries(items.filter((l: any) => [london, frankfurt, paris].includes(l.id)).map((l: any) => [l.name, l.orderable]));
    };
    expect(await flags(tree.directAdmin.token)).toEqual({ 'BM London': true, 'BM Frankfurt': false, 'BM Paris': false });
    expect(await flags(tree.managedAdmin.token)).toEqual({ 'BM London': false, 'BM Frankfurt': true, 'BM Paris': false });
    expect(await flags(tree.partnerAdmin.token)).toEqual({ 'BM London': false, 'BM Frankfurt': true, 'BM Paris': false });
    expect(await flags(tree.otherPartnerAdmin.token)).toEqual({ 'BM London': false, 'BM Frankfurt': false, 'BM Paris': false });
    expect(await flags(tree.operatorAdmin.token)).toEqual({ 'BM London': true, 'BM Frankfurt': true, 'BM Paris': true });
    const filtered = (await api('GET', '/v1/locations?country=FR', provider.token)).json().items;
    expect(filtered.find((l: any) => l.id === paris)).toMatchObject({ country: 'FR', orderable: true });
  });
});
