import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { enableMarkets, makeTree, makeUser } from './helpers/factories.ts';
import { upsertLocations } from '../src/modules/network/network.repo.ts';
import { uuidv7 } from '../src/platform/ids.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
const location = uuidv7();

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
  await upsertLocations(portico.ctx.db.kysely, [{ id: location, name: 'Test Amsterdam', market: 'Amsterdam', country: 'NL', region: 'EMEA', latitude: 52.37, longitude: 4.9 }]);
  // Orders need a billing market in NL (the managed account orders in its partner's).
  for (const company of [tree.direct.id, tree.partner.id, tree.otherPartner.id]) await enableMarkets(portico.ctx, company, ['NL']);
});
afterAll(() => portico?.close());

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const order = (token: string, body: Record<string, unknown> = {}) => api('POST', '/v1/ports', token, { locationId: location, name: 'AMS edge', speedMbps: 10000, ...body });

describe('ordering ports and MCRs', () => {
  it('goes DEPLOYABLE → CONFIGURED → LIVE through the network controller, with who and when', async () => {
    const ordered = await order(tree.directAdmin.token, { marketplaceVisibility: 'public' });
    expect(ordered.statusCode).toBe(201);
    expect(ordered.json()).toMatchObject({ provisioningStatus: 'DEPLOYABLE', companyId: tree.direct.id, kind: 'port', marketplaceVisibility: 'public', liveAt: null });
    await portico.ctx.jobs.drain();
    const live = (await api('GET', `/v1/ports/${ordered.json().id}`, tree.directAdmin.token)).json();
    expect(live.provisioningStatus).toBe('LIVE');
    expect(Date.parse(live.configuredAt)).toBeLessThanOrEqual(Date.parse(live.liveAt));
    const audit = (await api('GET', `/v1/audit-events?companyId=${tree.direct.id}`, tree.directAdmin.token)).json().items.filter((e: any) => e.targetId === live.id);
    expect(audit.map((e: any) => e.action)).toEqual(['port.go_live', 'port.configure', 'port.ordered']);
  });

  it('a partner orders for its managed account; MCRs have their own speeds; visibility defaults to private', async () => {
    const mcr = await order(tree.partnerAdmin.token, { companyId: tree.managed.id, kind: 'mcr', speedMbps: 2500 });
    expect(mcr.json()).toMatchObject({ companyId: tree.managed.id, kind: 'mcr', speedMbps: 2500, marketplaceVisibility: 'private' });
    expect((await api('GET', `/v1/ports/${mcr.json().id}`, tree.managedAdmin.token)).statusCode).toBe(200);
    const ids = (await api('GET', '/v1/ports', tree.partnerAdmin.token)).json().items.map((p: any) => p.id);
    expect(ids).toContain(mcr.json().id);
  });

  it('refuses bad orders with a clear error', async () => {
    expect((await order(tree.directAdmin.token, { speedMbps: 2500 })).json()).toMatchObject({ status: 400, code: 'unsupported_speed', field: 'speedMbps' });
    expect((await order(tree.directAdmin.token, { kind: 'mcr', speedMbps: 100000 })).json()).toMatchObject({ status: 400, field: 'speedMbps' });
    expect((await order(tree.directAdmin.token, { locationId: uuidv7() })).json()).toMatchObject({ status: 404, field: 'locationId' });
    expect((await order(tree.partnerAdmin.token, { companyId: tree.otherManaged.id })).json()).toMatchObject({ status: 404, field: 'companyId' });
    expect((await order(tree.directAdmin.token, { speedMbps: '10000' })).json()).toMatchObject({ status: 400, field: 'speedMbps' });
    expect((await order(tree.directAdmin.token, { marketplaceVisibility: 'hidden' })).json()).toMatchObject({ status: 400, field: 'marketplaceVisibility' });
    const reader = await makeUser(portico.app, portico.ctx, tree.direct.id, 'read_only', 'direct');
    expect((await order(reader.token)).statusCode).toBe(403);
    const finance = await makeUser(portico.app, portico.ctx, tree.direct.id, 'finance', 'direct');
    expect((await order(finance.token)).statusCode).toBe(403);
  });

  it('keeps other trees out (404)', async () => {
    const own = (await order(tree.otherPartnerAdmin.token)).json();
    expect((await api('GET', `/v1/ports/${own.id}`, tree.partnerAdmin.token)).statusCode).toBe(404);
    expect((await api('DELETE', `/v1/ports/${own.id}`, tree.partnerAdmin.token)).statusCode).toBe(404);
    expect((await api('GET', '/v1/ports', tree.partnerAdmin.token)).json().items.map((p: any) => p.id)).not.toContain(own.id);
  });
});

describe('ending ports', () => {
  it('decommissions a live port and refuses to end it twice', async () => {
    const port = (await order(tree.directAdmin.token)).json();
    await portico.ctx.jobs.drain();
    const ended = await api('DELETE', `/v1/ports/${port.id}`, tree.directAdmin.token);
    expect(ended.json()).toMatchObject({ provisioningStatus: 'DECOMMISSIONED' });
    expect(ended.json().decommissionedAt).not.toBeNull();
    expect((await api('DELETE', `/v1/ports/${port.id}`, tree.directAdmin.token)).json()).toMatchObject({ status: 409, code: 'port_already_ended' });
  });

  it('cancels a port that is not live yet, and the network steps then change nothing', async () => {
    const slow = await startTestPortico({ config: { networkSimDelayMs: 1500 } });
    try {
      const slowTree = await makeTree(slow.app, slow.ctx);
      const amsterdam = uuidv7();
      await upsertLocations(slow.ctx.db.kysely, [{ id: amsterdam, name: 'Slow Amsterdam', market: 'Amsterdam', country: 'NL', region: 'EMEA', latitude: 52.37, longitude: 4.9 }]);
      await enableMarkets(slow.ctx, slowTree.direct.id, ['NL']);
      const port = (await call(slow.app, 'POST', '/v1/ports', { token: slowTree.directAdmin.token, body: { locationId: amsterdam, name: 'p', speedMbps: 1000 } })).json();
      const cancelled = await call(slow.app, 'DELETE', `/v1/ports/${port.id}`, { token: slowTree.directAdmin.token });
      expect(cancelled.json()).toMatchObject({ provisioningStatus: 'CANCELLED' });
      await slow.ctx.jobs.drain(20_000);
      expect((await call(slow.app, 'GET', `/v1/ports/${port.id}`, { token: slowTree.directAdmin.token })).json()).toMatchObject({ provisioningStatus: 'CANCELLED', liveAt: null });
    } finally {
      await slow.close();
    }
  });
});

describe('maintenance reaches port owners', () => {
  it('tells the owner of a named port', async () => {
    const port = (await order(tree.otherPartnerAdmin.token)).json();
    await portico.ctx.jobs.drain();
    const announced = await api('POST', '/v1/maintenance-events', tree.operatorAdmin.token, {
      kind: 'outage', title: 'Line card failure', description: 'We are on it.', startsAt: '2026-12-02T10:00:00Z', endsAt: '2026-12-02T12:00:00Z', portIds: [port.id],
    });
    expect(announced.statusCode).toBe(201);
    await portico.ctx.jobs.drain();
    const feed = (await api('GET', '/v1/notifications', tree.otherPartnerAdmin.token)).json().items;
    expect(feed.some((n: any) => n.type === 'services.maintenance_announced' && n.title === 'Outage: Line card failure')).toBe(true);
    expect((await api('GET', '/v1/notifications', tree.directAdmin.token)).json().items.some((n: any) => n.title === 'Outage: Line card failure')).toBe(false);
  });
});
