import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { statusCounts } from './helpers/concurrency.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';

let portico: TestPortico;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
const port: Record<string, string> = {};

const api = (method: string, url: string, token?: string, body?: unknown) => world.api(method, url, token, body);
const customer = () => world.tree.directAdmin.token;
const provider = () => world.provider.token;

const issue = (body: Record<string, unknown> = {}) =>
  api('POST', '/v1/service-keys', provider(), { portId: port.private, singleUse: false, maxSpeedMbps: 1000, active: true, preApproved: false, ...body });
const orderWithKey = (key: string, body: Record<string, unknown> = {}) =>
  api('POST', '/v1/connections', customer(), { name: 'with a key', rateLimitMbps: 500, aEnd: { portId: port.customer }, serviceKey: key, ...body });
const connectionCount = async () => (await portico.ctx.db.kysely.selectFrom('connections').select('id').execute()).length;

beforeAll(async () => {
  portico = await startTestPortico();
  world = await marketplaceWorld(portico);
  port.customer = await world.livePort(customer(), 'customer A-end');
  port.private = await world.livePort(provider(), 'provider private');
  port.public = await world.livePort(provider(), 'provider public', { marketplaceVisibility: 'public' });
});
afterAll(() => portico?.close());

describe('issuing service keys', () => {
  it('creates a key for a private port, lists it, and shows the customer where it leads', async () => {
    const created = await issue({ description: 'For Acme' });
    expect(created.statusCode).toBe(201);
    const key = created.json();
    expect(key).toMatchObject({ portId: port.private, singleUse: false, maxSpeedMbps: 1000, active: true, preApproved: false, description: 'For Acme', lastUsedAt: null, usedCount: 0 });
    expect(key.key).toMatch(/^[0-9a-f-]{36}$/);
    const listed = (await api('GET', `/v1/service-keys?portId=${port.private}`, provider())).json();
    expect(listed.items.map((k: any) => k.id)).toContain(key.id);
    const preview = await api('GET', `/v1/service-keys/lookup?key=${key.key}`, customer());
    expect(preview.json()).toMatchObject({ portId: port.private, providerName: 'Provider Ltd', maxSpeedMbps: 1000, preApproved: false, vlan: null });
    // The audit keeps the key's settings but not its value.
    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select('after').where('target_id', '=', key.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).not.toContain(key.key);
  });

  it('refuses bad keys clearly and creates nothing', async () => {
    const before = (await api('GET', '/v1/service-keys', provider())).json().items.length;
    const cases: [Record<string, unknown>, number, string, string?][] = [
      [{ singleUse: true }, 400, 'vlan', 'vlan_required'],
      [{ singleUse: true, vlan: 1 }, 400, 'vlan', 'vlan_out_of_range'],
      [{ vlan: 4094 }, 400, 'vlan'],
      [{ maxSpeedMbps: 20000 }, 400, 'maxSpeedMbps', 'max_speed_too_high'],
      [{ maxSpeedMbps: 0 }, 400, 'maxSpeedMbps'],
      [{ validFrom: '2027-02-01T00:00:00Z', validTo: '2027-01-01T00:00:00Z' }, 400, 'validTo', 'validity_reversed'],
      [{ validTo: 'tomorrow' }, 400, 'validTo'],
      [{ portId: port.customer }, 404, 'portId'],
      [{ active: 'yes' }, 400, 'active'],
      [{ colour: 'blue' }, 400, 'colour'],
    ];
    for (const [body, status, field, code] of cases) {
      const response = await issue(body);
      expect(response.json(), JSON.stringify(body)).toMatchObject({ status, field, ...(code ? { code } : {}) });
    }
    expect((await api('POST', '/v1/service-keys', world.providerContact.token, { portId: port.private, singleUse: false, maxSpeedMbps: 100, active: true, preApproved: false })).statusCode).toBe(403);
    expect((await api('GET', `/v1/service-keys?portId=${port.private}`, customer())).statusCode).toBe(404);
    expect((await api('GET', '/v1/service-keys', provider())).json().items.length).toBe(before);
  });
});

describe('ordering with a service key', () => {
  it('reaches a private port, awaits approval, and records lastUsed', async () => {
    const key = (await issue()).json();
    const ordered = await orderWithKey(key.key);
    expect(ordered.statusCode).toBe(201);
    expect(ordered.json()).toMatchObject({ state: 'AWAITING_APPROVAL', bEnd: { portId: port.private, vlan: null }, serviceKeyId: key.id, providerName: 'Provider Ltd' });
    expect((await api('GET', '/v1/approvals', provider())).json().items.map((i: any) => i.connection?.id)).toContain(ordered.json().id);
    await world.settle();
    const after = (await api('GET', `/v1/service-keys?portId=${port.private}`, provider())).json().items.find((k: any) => k.id === key.id);
    expect(after.usedCount).toBe(1);
    expect(after.lastUsedAt).not.toBeNull();
    // Without the key the same private port does not exist.
    const direct = await api('POST', '/v1/connections', customer(), { name: 'no key', rateLimitMbps: 100, aEnd: { portId: port.customer }, bEnd: { portId: port.private } });
    expect(direct.statusCode).toBe(404);
  });

  it('a pre-approved key skips approval and goes straight to LIVE', async () => {
    const key = (await issue({ preApproved: true })).json();
    const ordered = await orderWithKey(key.key, { name: 'pre-approved' });
    // The pre-approval is the acceptance: the provider's end gets the lowest free VLAN of its port now.
    expect(ordered.json()).toMatchObject({ state: 'DEPLOYABLE', approval: { state: 'pre_approved' }, bEnd: { portId: port.private, vlan: 2 } });
    expect((await api('GET', '/v1/approvals', provider())).json().items.map((i: any) => i.connection?.id)).not.toContain(ordered.json().id);
    await world.settle();
    const live = (await api('GET', `/v1/connections/${ordered.json().id}`, customer())).json();
    expect(live.state).toBe('LIVE');
    expect(live.history.map((h: any) => h.state)).toEqual(['DEPLOYABLE', 'CONFIGURED', 'LIVE']);
    expect(live.bEnd.vlan).toBe(2);
    expect((await orderWithKey(key.key, { name: 'pre-approved 2' })).json().bEnd.vlan).toBe(3);
  });

  it('a key that fixes a VLAN already in use on the provider’s port is refused; accepting keeps the fixed VLAN', async () => {
    const key = (await issue({ vlan: 900 })).json();
    const first = (await orderWithKey(key.key, { name: 'fixed 900' })).json();
    expect(first.bEnd.vlan).toBe(900);
    const before = await connectionCount();
    expect((await orderWithKey(key.key, { name: 'fixed 900 again' })).json()).toMatchObject({ status: 409, code: 'service_key_vlan_taken', field: 'serviceKey' });
    expect(await connectionCount()).toBe(before);
    expect((await api('POST', `/v1/connections/${first.id}/accept`, provider(), { bEndVlan: 900 })).json()).toMatchObject({ state: 'DEPLOYABLE', bEnd: { vlan: 900 } });
    const second = (await issue({ vlan: 901 })).json();
    const other = (await orderWithKey(second.key, { name: 'fixed 901' })).json();
    expect((await api('POST', `/v1/connections/${other.id}/accept`, provider(), {})).json()).toMatchObject({ state: 'DEPLOYABLE', bEnd: { vlan: 901 } });
  });

  it('a single-use key fixes the B-end VLAN and is spent after one connection', async () => {
    const key = (await issue({ singleUse: true, vlan: 321 })).json();
    // A failed order does not spend it.
    expect((await orderWithKey(key.key, { rateLimitMbps: 5000 })).json()).toMatchObject({ status: 400, code: 'rate_limit_too_high', field: 'rateLimitMbps' });
    const ordered = await orderWithKey(key.key);
    expect(ordered.json()).toMatchObject({ state: 'AWAITING_APPROVAL', bEnd: { vlan: 321 } });
    expect((await api('POST', `/v1/connections/${ordered.json().id}/accept`, provider(), { bEndVlan: 400 })).json()).toMatchObject({ status: 409, code: 'b_end_vlan_fixed' });
    expect((await orderWithKey(key.key)).json()).toMatchObject({ status: 409, code: 'service_key_spent', field: 'serviceKey' });
    const listed = (await api('GET', `/v1/service-keys?portId=${port.private}`, provider())).json().items.find((k: any) => k.id === key.id);
    expect(listed.spentAt).not.toBeNull();
  });

  it('two concurrent orders with one single-use key: exactly one succeeds', async () => {
    const key = (await issue({ singleUse: true, vlan: 654 })).json();
    const before = await connectionCount();
    const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => orderWithKey(key.key, { name: `race ${i}` })));
    expect(statusCounts(responses)).toEqual({ 201: 1, 409: 5 });
    expect(responses.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(Array(5).fill('service_key_spent'));
    expect(await connectionCount()).toBe(before + 1);
  });

  it('a single-use key comes back when its request is withdrawn or denied, not when the VXC went live', async () => {
    const key = (await issue({ singleUse: true, vlan: 700 })).json();
    const spent = async () => (await api('GET', `/v1/service-keys?portId=${port.private}`, provider())).json().items.find((k: any) => k.id === key.id).spentAt;
    const withdrawn = (await orderWithKey(key.key, { name: 'withdrawn' })).json();
    expect(await spent()).not.toBeNull();
    expect((await api('DELETE', `/v1/connections/${withdrawn.id}`, customer())).json().state).toBe('CANCELLED');
    expect(await spent()).toBeNull();
    const denied = (await orderWithKey(key.key, { name: 'denied' })).json();
    expect(denied).toMatchObject({ state: 'AWAITING_APPROVAL', bEnd: { vlan: 700 } });
    expect((await api('POST', `/v1/connections/${denied.id}/deny`, provider(), { reason: 'not now' })).json().state).toBe('DENIED');
    expect(await spent()).toBeNull();
    const live = (await orderWithKey(key.key, { name: 'goes live' })).json();
    await api('POST', `/v1/connections/${live.id}/accept`, provider(), {});
    await world.settle();
    expect((await api('DELETE', `/v1/connections/${live.id}`, customer())).json().state).toBe('DECOMMISSIONED');
    expect(await spent()).not.toBeNull();
    expect((await orderWithKey(key.key)).json()).toMatchObject({ status: 409, code: 'service_key_spent' });
    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select('action').where('target_id', '=', key.id).where('action', '=', 'service_key.restored').execute();
    expect(audit).toHaveLength(2);
  });

  it('concurrent withdraw and deny give a key back exactly once; then exactly one order spends it again', async () => {
    const key = (await issue({ singleUse: true, vlan: 710 })).json();
    const id = (await orderWithKey(key.key, { name: 'contested' })).json().id;
    const ends = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      i % 2 ? api('DELETE', `/v1/connections/${id}`, customer()) : api('POST', `/v1/connections/${id}/deny`, provider(), { reason: `no ${i}` })));
    expect(statusCounts(ends)).toEqual({ 200: 1, 409: 9 });
    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select('action').where('target_id', '=', key.id).where('action', '=', 'service_key.restored').execute();
    expect(audit).toHaveLength(1);
    const orders = await Promise.all(Array.from({ length: 6 }, (_, i) => orderWithKey(key.key, { name: `again ${i}` })));
    expect(statusCounts(orders)).toEqual({ 201: 1, 409: 5 });
    expect(orders.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(Array(5).fill('service_key_spent'));
  });

  it('refuses unusable keys clearly and changes nothing', async () => {
    const inactive = (await issue({ active: false })).json();
    const expired = (await issue({ validFrom: '2020-01-01T00:00:00Z', validTo: '2021-01-01T00:00:00Z' })).json();
    const future = (await issue({ validFrom: '2099-01-01T00:00:00Z' })).json();
    const slow = (await issue({ maxSpeedMbps: 200 })).json();
    const usable = (await issue()).json();
    const deactivated = (await issue()).json();
    expect((await api('PATCH', `/v1/service-keys/${deactivated.id}`, provider(), { active: false })).json().active).toBe(false);
    const before = await connectionCount();
    const cases: [string, Record<string, unknown>, number, string, string][] = [
      [inactive.key, {}, 409, 'serviceKey', 'service_key_inactive'],
      [deactivated.key, {}, 409, 'serviceKey', 'service_key_inactive'],
      [expired.key, {}, 409, 'serviceKey', 'service_key_expired'],
      [future.key, {}, 409, 'serviceKey', 'service_key_not_yet_valid'],
      ['no-such-key', {}, 404, 'serviceKey', 'service_key_not_found'],
      [slow.key, { rateLimitMbps: 500 }, 400, 'rateLimitMbps', 'rate_limit_too_high'],
      [usable.key, { bEnd: { portId: port.public } }, 400, 'bEnd', 'b_end_or_service_key'],
    ];
    for (const [key, body, status, field, code] of cases) {
      const response = await orderWithKey(key, body);
      expect(response.json(), `${key} ${JSON.stringify(body)}`).toMatchObject({ status, field, code });
    }
    const neither = await api('POST', '/v1/connections', customer(), { name: 'nothing', rateLimitMbps: 100, aEnd: { portId: port.customer } });
    expect(neither.json()).toMatchObject({ status: 400, code: 'b_end_or_service_key' });
    expect((await api('GET', `/v1/service-keys/lookup?key=${expired.key}`, customer())).json()).toMatchObject({ status: 409, code: 'service_key_expired' });
    // The provider cannot order to its own port with its own key.
    const own = await api('POST', '/v1/connections', provider(), { name: 'own', rateLimitMbps: 100, aEnd: { portId: port.public }, serviceKey: usable.key });
    expect(own.json()).toMatchObject({ status: 400, code: 'own_port', field: 'serviceKey' });
    expect(await connectionCount()).toBe(before);
  });
});
