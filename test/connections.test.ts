import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { statusCounts } from './helpers/concurrency.ts';
import { makeUser, type TestUser } from './helpers/factories.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';
import { sql } from 'kysely';
import { uuidv7 } from '../src/platform/ids.ts';

let portico: TestPortico;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
let tree: typeof world.tree;
let provider: TestUser;
let providerContact: TestUser;
const port: Record<string, string> = {};

const api = (method: string, url: string, token?: string, body?: unknown) => world.api(method, url, token, body);
const settle = () => portico.ctx.jobs.drain();

const order = (body: Record<string, unknown> = {}, token = tree.directAdmin.token) =>
  api('POST', '/v1/connections', token, { name: 'to provider', rateLimitMbps: 1000, aEnd: { portId: port.customer }, bEnd: { portId: port.public }, ...body });

beforeAll(async () => {
  portico = await startTestPortico();
  world = await marketplaceWorld(portico);
  ({ tree, provider, providerContact } = world);
  port.customer = await world.livePort(tree.directAdmin.token, 'customer A-end');
  port.public = await world.livePort(provider.token, 'provider public', { marketplaceVisibility: 'public', speedMbps: 1000 });
  port.private = await world.livePort(provider.token, 'provider private', { marketplaceVisibility: 'private' });
  port.foreign = await world.livePort(tree.partnerAdmin.token, 'someone else');
});
afterAll(() => portico?.close());

describe('ordering a VXC', () => {
  it('awaits approval, takes the lowest free VLAN, and refuses a taken one with the next free', async () => {
    const first = await order();
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ state: 'AWAITING_APPROVAL', aEnd: { portId: port.customer, vlan: 2 }, bEnd: { portId: port.public, vlan: null }, rateLimitMbps: 1000 });
    expect((await order({ aEnd: { portId: port.customer, vlan: 0 } })).json().aEnd.vlan).toBe(3);
    const taken = await order({ aEnd: { portId: port.customer, vlan: 2 } });
    expect(taken.json()).toMatchObject({ status: 409, code: 'vlan_taken', field: 'aEnd.vlan', nextFreeVlan: 4 });
    expect((await order({ aEnd: { portId: port.customer, vlan: 100 } })).json().aEnd.vlan).toBe(100);
    expect((await order({ aEnd: { portId: port.customer, vlan: -1 } })).json().aEnd.vlan).toBe(-1);
    expect((await order({ aEnd: { portId: port.customer, vlan: -1 } })).json()).toMatchObject({ status: 409, code: 'vlan_taken' });
  });

  it('refuses bad orders clearly and changes nothing', async () => {
    const before = (await portico.ctx.db.kysely.selectFrom('connections').select('id').execute()).length;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ aEnd: { portId: port.customer, vlan: 1 } }, 400, 'aEnd.vlan'],
      [{ aEnd: { portId: port.customer, vlan: 4094 } }, 400, 'aEnd.vlan'],
      [{ aEnd: { portId: port.customer, vlan: 2.5 } }, 400, 'aEnd.vlan'],
      [{ rateLimitMbps: 0 }, 400, 'rateLimitMbps'],
      [{ rateLimitMbps: -5 }, 400, 'rateLimitMbps'],
      [{ rateLimitMbps: 5000 }, 400, 'rateLimitMbps'], // over the 1 Gbps B-end
      [{ bEnd: { portId: port.customer } }, 400, 'bEnd.portId'], // own port
      [{ bEnd: { portId: port.private } }, 404, 'bEnd.portId'], // private without a key
      [{ bEnd: { portId: uuidv7() } }, 404, 'bEnd.portId'],
      [{ aEnd: { portId: port.foreign } }, 404, 'aEnd.portId'],
      [{ aEnd: { portId: 'nope' } }, 400, 'aEnd.portId'],
    ];
    for (const [body, status, field] of cases) {
      const response = await order(body);
      expect(response.json(), JSON.stringify(body)).toMatchObject({ status, field });
    }
    const reader = await makeUser(portico.app, portico.ctx, tree.direct.id, 'read_only', 'direct');
    expect((await order({}, reader.token)).statusCode).toBe(403);
    expect((await portico.ctx.db.kysely.selectFrom('connections').select('id').execute()).length).toBe(before);
  });
});

describe('approval', () => {
  it('the provider accepts (with its B-end VLAN); the VXC goes live with who and when', async () => {
    const id = (await order({ name: 'to be accepted' })).json().id;
    expect((await api('GET', '/v1/approvals', provider.token)).json().items.map((i: any) => i.connection.id)).toContain(id);
    expect((await api('POST', `/v1/connections/${id}/accept`, tree.directAdmin.token, {})).statusCode).toBe(403);
    expect((await api('POST', `/v1/connections/${id}/accept`, providerContact.token, {})).statusCode).toBe(403);
    expect((await api('POST', `/v1/connections/${id}/accept`, tree.partnerAdmin.token, {})).statusCode).toBe(404);
    const accepted = await api('POST', `/v1/connections/${id}/accept`, provider.token, { bEndVlan: 300 });
    expect(accepted.json()).toMatchObject({ state: 'DEPLOYABLE', bEnd: { vlan: 300 }, approval: { state: 'accepted' } });
    await settle();
    const live = (await api('GET', `/v1/connections/${id}`, tree.directAdmin.token)).json();
    expect(live.state).toBe('LIVE');
    expect(live.history.map((h: any) => h.state)).toEqual(['AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE']);
    expect(live.history[1].by).toBe(provider.id);
    expect((await api('POST', `/v1/connections/${id}/accept`, provider.token, {})).json()).toMatchObject({ status: 409, code: 'not_awaiting_approval' });
    const decommissioned = await api('DELETE', `/v1/connections/${id}`, tree.directAdmin.token);
    expect(decommissioned.json().state).toBe('DECOMMISSIONED');
  });

  it('a denied request keeps the reason, cannot be accepted, and frees its VLAN', async () => {
    const denied = (await order({ aEnd: { portId: port.customer, vlan: 555 } })).json();
    const response = await api('POST', `/v1/connections/${denied.id}/deny`, provider.token, { reason: 'No capacity in London' });
    expect(response.json()).toMatchObject({ state: 'DENIED', approval: { state: 'denied', reason: 'No capacity in London' } });
    expect((await api('POST', `/v1/connections/${denied.id}/accept`, provider.token, {})).statusCode).toBe(409);
    expect((await api('POST', `/v1/connections/${denied.id}/deny`, provider.token, { reason: 'again' })).statusCode).toBe(409);
    expect((await api('POST', `/v1/connections/${denied.id}/deny`, provider.token, {})).json()).toMatchObject({ status: 400, field: 'reason' });
    expect((await order({ aEnd: { portId: port.customer, vlan: 555 } })).statusCode).toBe(201);
  });

  it('a port that connections use cannot be ended', async () => {
    const response = await api('DELETE', `/v1/ports/${port.customer}`, tree.directAdmin.token);
    expect(response.json()).toMatchObject({ status: 409, code: 'port_in_use' });
  });

  it('a B-end in use cannot be ended either; once its connection is over it can', async () => {
    const bEnd = await world.livePort(provider.token, 'provider B-end in use', { marketplaceVisibility: 'public', speedMbps: 1000 });
    const id = (await order({ name: 'keeps the B-end', bEnd: { portId: bEnd } })).json().id;
    const inUse = (await api('DELETE', `/v1/ports/${bEnd}`, provider.token)).json();
    expect(inUse).toMatchObject({ status: 409, code: 'port_in_use' });
    expect(inUse.detail).toContain('1 connection(s)');
    expect((await api('DELETE', `/v1/connections/${id}`, tree.directAdmin.token)).json().state).toBe('CANCELLED');
    expect((await api('DELETE', `/v1/ports/${bEnd}`, provider.token)).json()).toMatchObject({ provisioningStatus: 'DECOMMISSIONED' });
  });

  it('the customer withdraws a pending request', async () => {
    const id = (await order()).json().id;
    expect((await api('DELETE', `/v1/connections/${id}`, provider.token)).statusCode).toBe(403);
    expect((await api('DELETE', `/v1/connections/${id}`, tree.directAdmin.token)).json().state).toBe('CANCELLED');
    expect((await api('POST', `/v1/connections/${id}/accept`, provider.token, {})).statusCode).toBe(409);
  });

  it('20 concurrent accepts and denies on one request produce exactly one decision', async () => {
    const id = (await order({ name: 'race' })).json().id;
    const calls = Array.from({ length: 20 }, (_, i) =>
      i % 2 ? api('POST', `/v1/connections/${id}/accept`, provider.token, {}) : api('POST', `/v1/connections/${id}/deny`, provider.token, { reason: `deny ${i}` }),
    );
    expect(statusCounts(await Promise.all(calls))).toEqual({ 200: 1, 409: 19 });
    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select('action').where('target_id', '=', id).where('action', 'in', ['connection.accepted', 'connection.denied']).execute();
    expect(audit).toHaveLength(1);
  });

  it('concurrent orders never double-book a VLAN', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => order({ aEnd: { portId: port.customer, vlan: 777 } })));
    expect(statusCounts(responses)).toEqual({ 201: 1, 409: 9 });
    expect(responses.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(Array(9).fill('vlan_taken'));
  });
});

/** Takes VLANs from..to on a port as the `end` of open requests, in one statement (a port filled up; the rows belong to an unrelated company, so listings stay as they were). */
async function takeVlans(portId: string, end: 'a' | 'b', from: number, to: number, otherPortId: string) {
  const [aPort, bPort, bVlan] = end === 'a' ? [portId, otherPortId, sql`NULL::integer`] : [otherPortId, portId, sql`g`];
  await sql`INSERT INTO connections (id, company_id, provider_company_id, name, rate_limit_mbps, a_port_id, a_vlan, b_port_id, b_vlan, state)
    SELECT gen_random_uuid(), ${tree.otherPartner.id}, ${tree.otherPartner.id}, 'filler', 1, ${aPort}, g, ${bPort}, ${bVlan}, 'AWAITING_APPROVAL'
    FROM generate_series(${from}::integer, ${to}::integer) AS g`.execute(portico.ctx.db.kysely);
}

const accept = (id: string, body: Record<string, unknown> = {}) => api('POST', `/v1/connections/${id}/accept`, provider.token, body);

describe('VLANs on the provider’s end', () => {
  it('accept gives the B-end the lowest free VLAN, or the one asked for; untagged only with -1', async () => {
    const b = await world.livePort(provider.token, 'provider B-end VLANs', { marketplaceVisibility: 'public' });
    const request = async () => (await order({ bEnd: { portId: b } })).json().id as string;
    const first = await request();
    expect((await accept(first)).json()).toMatchObject({ state: 'DEPLOYABLE', bEnd: { portId: b, vlan: 2 } });
    const second = await request();
    expect((await accept(second, { bEndVlan: 2 })).json()).toMatchObject({ status: 409, code: 'vlan_taken', field: 'bEndVlan', nextFreeVlan: 3 });
    expect((await accept(second, { bEndVlan: 0 })).json()).toMatchObject({ status: 400, code: 'vlan_out_of_range', field: 'bEndVlan' });
    expect((await accept(second, { bEndVlan: 1 })).json()).toMatchObject({ status: 400, code: 'vlan_out_of_range', field: 'bEndVlan' });
    expect((await accept(second, { bEndVlan: 4094 })).json()).toMatchObject({ status: 400, field: 'bEndVlan' });
    expect((await api('GET', `/v1/connections/${second}`, provider.token)).json()).toMatchObject({ state: 'AWAITING_APPROVAL', bEnd: { vlan: null } });
    expect((await accept(second, { bEndVlan: -1 })).json()).toMatchObject({ state: 'DEPLOYABLE', bEnd: { vlan: -1 } });
    const third = await request();
    expect((await accept(third, { bEndVlan: -1 })).json()).toMatchObject({ status: 409, code: 'vlan_taken', field: 'bEndVlan', nextFreeVlan: 3 });
    expect((await accept(third, { bEndVlan: 4093 })).json()).toMatchObject({ state: 'DEPLOYABLE', bEnd: { vlan: 4093 } });
    await settle();
    expect((await api('GET', `/v1/connections/${first}`, tree.directAdmin.token)).json()).toMatchObject({ state: 'LIVE', bEnd: { vlan: 2 } });
  });

  it('4093 is the last VLAN of a port; then port_full on either end, and nothing changes', async () => {
    const fullA = await world.livePort(tree.directAdmin.token, 'customer nearly full');
    await takeVlans(fullA, 'a', 2, 4092, port.public);
    expect((await order({ aEnd: { portId: fullA } })).json()).toMatchObject({ state: 'AWAITING_APPROVAL', aEnd: { vlan: 4093 } });
    expect((await order({ aEnd: { portId: fullA } })).json()).toMatchObject({ status: 409, code: 'port_full', field: 'aEnd.vlan' });
    expect((await order({ aEnd: { portId: fullA, vlan: 4093 } })).json()).toMatchObject({ status: 409, code: 'vlan_taken', field: 'aEnd.vlan', nextFreeVlan: null });

    const fullB = await world.livePort(provider.token, 'provider full', { marketplaceVisibility: 'public' });
    await takeVlans(fullB, 'b', 2, 4093, await world.livePort(tree.directAdmin.token, 'customer filler'));
    const id = (await order({ bEnd: { portId: fullB } })).json().id;
    expect((await accept(id)).json()).toMatchObject({ status: 409, code: 'port_full', field: 'bEndVlan' });
    expect((await api('GET', `/v1/connections/${id}`, provider.token)).json()).toMatchObject({ state: 'AWAITING_APPROVAL', bEnd: { vlan: null } });
    expect((await accept(id, { bEndVlan: -1 })).json()).toMatchObject({ state: 'DEPLOYABLE', bEnd: { vlan: -1 } });
  });

  it('20 concurrent accepts of different requests on one provider port get 20 distinct VLANs', async () => {
    const b = await world.livePort(provider.token, 'provider busy', { marketplaceVisibility: 'public' });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await order({ name: `busy ${i}`, bEnd: { portId: b } })).json().id);
    const responses = await Promise.all(ids.map((id) => accept(id)));
    expect(statusCounts(responses)).toEqual({ 200: 20 });
    expect(responses.map((r) => r.json().bEnd.vlan).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });

  it('20 concurrent orders with automatic VLANs on one port get 20 distinct VLANs', async () => {
    const a = await world.livePort(tree.directAdmin.token, 'customer busy');
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => order({ name: `auto ${i}`, aEnd: { portId: a } })));
    expect(statusCounts(responses)).toEqual({ 201: 20 });
    expect(responses.map((r) => r.json().aEnd.vlan).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });
});

describe('listing connections', () => {
  it('shows each side its connections with names, filters by side and state, and hides them from others', async () => {
    const id = (await order({ name: 'listed' })).json().id;
    const mine = (await api('GET', '/v1/connections?side=customer&state=AWAITING_APPROVAL&limit=200', tree.directAdmin.token)).json();
    const item = mine.items.find((c: any) => c.id === id);
    expect(item).toMatchObject({ name: 'listed', companyName: tree.direct.name, providerName: 'Provider Ltd', aEnd: { portName: 'customer A-end' }, bEnd: { portName: 'provider public' } });
    expect(mine.items.every((c: any) => c.state === 'AWAITING_APPROVAL' && c.companyId === tree.direct.id)).toBe(true);
    expect((await api('GET', '/v1/connections?side=provider&limit=200', provider.token)).json().items.map((c: any) => c.id)).toContain(id);
    expect((await api('GET', '/v1/connections?side=customer&limit=200', provider.token)).json().items.map((c: any) => c.id)).not.toContain(id);
    expect((await api('GET', '/v1/connections?limit=200', tree.partnerAdmin.token)).json().items.map((c: any) => c.id)).not.toContain(id);
    const firstPage = (await api('GET', '/v1/connections?limit=1', tree.directAdmin.token)).json();
    expect(firstPage.items[0].id).toBe(id); // newest first
    const second = (await api('GET', `/v1/connections?limit=1&cursor=${firstPage.nextCursor}`, tree.directAdmin.token)).json();
    expect(second.items[0].id < id).toBe(true);
    expect((await api('GET', '/v1/connections?state=BROKEN', tree.directAdmin.token)).json()).toMatchObject({ status: 400, field: 'state' });
  });

  it('summarises the tree’s connections by state and live bandwidth by location, per side', async () => {
    const live1 = (await order({ name: 'live one', rateLimitMbps: 300 })).json().id;
    await api('POST', `/v1/connections/${live1}/accept`, provider.token, {});
    await settle();
    const summary = (await api('GET', '/v1/connections/summary', tree.directAdmin.token)).json();
    const rows = await portico.ctx.db.kysely.selectFrom('connections').select(['state', 'rate_limit_mbps']).where('company_id', '=', tree.direct.id).execute();
    const expected: Record<string, number> = {};
    for (const r of rows) expected[r.state] = (expected[r.state] ?? 0) + 1;
    expect(summary).toMatchObject({ side: 'customer', byState: expected });
    const live = rows.filter((r) => r.state === 'LIVE');
    expect(live.length).toBeGreaterThan(0);
    expect(summary.liveBandwidthByLocation).toEqual([expect.objectContaining({ locationName: 'C London', rateLimitMbps: live.reduce((a, r) => a + r.rate_limit_mbps, 0), connections: live.length })]);
    const asProvider = (await api('GET', '/v1/connections/summary?side=provider', provider.token)).json();
    expect(Object.values(asProvider.byState as Record<string, number>).reduce((a, n) => a + n, 0)).toBe(rows.length);
    expect((await api('GET', '/v1/connections/summary?side=provider', tree.partnerAdmin.token)).json().byState).toEqual({});
  });
});
