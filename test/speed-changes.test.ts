import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { statusCounts } from './helpers/concurrency.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { makeUser } from './helpers/factories.ts';

let portico: TestPortico;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
const port: Record<string, string> = {};

const api = (method: string, url: string, token?: string, body?: unknown) => world.api(method, url, token, body);
const customer = () => world.tree.directAdmin.token;
const provider = () => world.provider.token;
const connection = async (id: string) => (await api('GET', `/v1/connections/${id}`, customer())).json();
const changeSpeed = (id: string, rateLimitMbps: unknown, token = customer()) => api('POST', `/v1/connections/${id}/speed-changes`, token, { rateLimitMbps });

/** A LIVE 1 Gbps VXC from the customer to the provider's 10 Gbps port. */
async function liveConnection(name = 'speedy') {
  const id = (await api('POST', '/v1/connections', customer(), { name, rateLimitMbps: 1000, aEnd: { portId: port.customer }, bEnd: { portId: port.provider } })).json().id;
  await api('POST', `/v1/connections/${id}/accept`, provider(), {});
  await world.settle();
  return id as string;
}

beforeAll(async () => {
  portico = await startTestPortico();
  world = await marketplaceWorld(portico);
  port.customer = await world.livePort(customer(), 'customer A-end');
  port.provider = await world.livePort(provider(), 'provider public', { marketplaceVisibility: 'public' });
});
afterAll(() => portico?.close());

describe('speed changes', () => {
  it('a raise waits for the provider; the VXC keeps its old speed until accepted', async () => {
    const id = await liveConnection();
    const requested = await changeSpeed(id, 5000);
    expect(requested.statusCode).toBe(201);
    expect(requested.json()).toMatchObject({ connectionId: id, fromMbps: 1000, toMbps: 5000, state: 'AWAITING_APPROVAL' });
    expect(await connection(id)).toMatchObject({ rateLimitMbps: 1000, pendingSpeedChange: { id: requested.json().id, rateLimitMbps: 5000 } });
    const inbox = (await api('GET', '/v1/approvals', provider())).json().items;
    expect(inbox.find((i: any) => i.kind === 'speed_change')).toMatchObject({ speedChange: { id: requested.json().id }, connection: { id } });
    expect((await changeSpeed(id, 8000)).json()).toMatchObject({ status: 409, code: 'speed_change_pending' });
    expect((await api('POST', `/v1/speed-changes/${requested.json().id}/accept`, customer(), {})).statusCode).toBe(403);
    expect((await api('POST', `/v1/speed-changes/${requested.json().id}/accept`, world.providerContact.token, {})).statusCode).toBe(403);
    expect((await api('POST', `/v1/speed-changes/${requested.json().id}/accept`, world.tree.partnerAdmin.token, {})).statusCode).toBe(404);
    const accepted = await api('POST', `/v1/speed-changes/${requested.json().id}/accept`, provider(), {});
    expect(accepted.json()).toMatchObject({ state: 'APPLIED', decidedBy: world.provider.id });
    expect(await connection(id)).toMatchObject({ rateLimitMbps: 5000, pendingSpeedChange: null });
    expect((await api('POST', `/v1/speed-changes/${requested.json().id}/reject`, provider(), {})).json()).toMatchObject({ status: 409, code: 'not_awaiting_approval' });
  });

  it('a rejected raise keeps the speed and the reason', async () => {
    const id = await liveConnection();
    const change = (await changeSpeed(id, 2000)).json();
    const rejected = await api('POST', `/v1/speed-changes/${change.id}/reject`, provider(), { reason: 'Port is full this month' });
    expect(rejected.json()).toMatchObject({ state: 'REJECTED', reason: 'Port is full this month' });
    const seen = await connection(id);
    expect(seen.rateLimitMbps).toBe(1000);
    // The customer sees the outcome and who decided, not only in the e-mail.
    expect(seen.speedChanges).toEqual([expect.objectContaining({
      id: change.id, state: 'REJECTED', reason: 'Port is full this month', requestedByName: expect.any(String), decidedBy: world.provider.id, decidedByName: expect.any(String),
    })]);
    expect(seen.history.find((h: any) => h.state === 'DEPLOYABLE').byName).toBe(seen.speedChanges[0].decidedByName);
  });

  it('the customer withdraws a pending raise: CANCELLED with who and when, gone from the inbox, the rate unchanged', async () => {
    const id = await liveConnection();
    const change = (await changeSpeed(id, 4000)).json();
    const withdraw = (changeId: string, token = customer(), body?: unknown) => api('POST', `/v1/speed-changes/${changeId}/withdraw`, token, body);
    const readOnly = await makeUser(portico.app, portico.ctx, world.tree.direct.id, 'read_only', 'direct');
    const refusals: [string, string, number, string][] = [
      [change.id, provider(), 403, 'customer_only'],
      [change.id, readOnly.token, 403, 'capability_required'],
      [change.id, world.tree.otherPartnerAdmin.token, 404, 'speed_change_not_found'],
      [uuidv7(), customer(), 404, 'speed_change_not_found'],
    ];
    for (const [target, token, status, code] of refusals) expect((await withdraw(target, token)).json(), code).toMatchObject({ status, code });
    expect((await withdraw(change.id, customer(), { reason: 'no' })).json()).toMatchObject({ status: 400 });
    expect((await connection(id)).pendingSpeedChange).toMatchObject({ id: change.id });

    const before = Date.now();
    const withdrawn = await withdraw(change.id);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ id: change.id, state: 'CANCELLED', decidedBy: world.tree.directAdmin.id, fromMbps: 1000, toMbps: 4000 });
    expect(Date.parse(withdrawn.json().decidedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(await connection(id)).toMatchObject({ rateLimitMbps: 1000, pendingSpeedChange: null });
    expect((await api('GET', '/v1/approvals', provider())).json().items.some((i: any) => i.speedChange?.id === change.id)).toBe(false);
    expect((await withdraw(change.id)).json()).toMatchObject({ status: 409, code: 'not_awaiting_approval' });
    expect((await api('POST', `/v1/speed-changes/${change.id}/accept`, provider(), {})).json()).toMatchObject({ status: 409, code: 'not_awaiting_approval' });
    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select(['action', 'actor_user_id']).where('target_id', '=', id).where('action', '=', 'speed_change.withdrawn').execute();
    expect(audit).toEqual([{ action: 'speed_change.withdrawn', actor_user_id: world.tree.directAdmin.id }]);

    // With an empty JSON body too, and a new raise may be asked for afterwards.
    const again = (await changeSpeed(id, 3000)).json();
    expect((await withdraw(again.id, customer(), {})).json()).toMatchObject({ state: 'CANCELLED' });
    // An applied (lowered) change is not withdrawable.
    const lowered = (await changeSpeed(id, 500)).json();
    expect((await withdraw(lowered.id)).json()).toMatchObject({ status: 409, code: 'not_awaiting_approval' });
  });

  it('concurrent withdrawals and decisions: exactly one wins', async () => {
    const id = await liveConnection();
    const change = (await changeSpeed(id, 6000)).json();
    const moves = await Promise.all(Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0 ? api('POST', `/v1/speed-changes/${change.id}/accept`, provider(), {}) : api('POST', `/v1/speed-changes/${change.id}/withdraw`, customer(), {})));
    expect(statusCounts(moves)).toEqual({ 200: 1, 409: 11 });
    expect(moves.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(Array(11).fill('not_awaiting_approval'));
    const won = moves.find((r) => r.statusCode === 200)!.json();
    expect((await connection(id)).rateLimitMbps).toBe(won.state === 'APPLIED' ? 6000 : 1000);
  });

  it('a decrease applies at once, without the provider', async () => {
    const id = await liveConnection();
    expect((await changeSpeed(id, 200)).json()).toMatchObject({ state: 'APPLIED', fromMbps: 1000, toMbps: 200 });
    expect((await connection(id)).rateLimitMbps).toBe(200);
  });

  it('refuses bad speed changes clearly and changes nothing', async () => {
    const id = await liveConnection();
    const pending = (await api('POST', '/v1/connections', customer(), { name: 'pending', rateLimitMbps: 100, aEnd: { portId: port.customer }, bEnd: { portId: port.provider } })).json().id;
    const cases: [string, unknown, string | undefined, number, string][] = [
      [id, 1000, undefined, 400, 'rate_unchanged'],
      [id, 20000, undefined, 400, 'rate_limit_too_high'],
      [id, 0, undefined, 400, 'out_of_range'],
      [id, 1.5, undefined, 400, 'wrong_type'],
      [pending, 500, undefined, 409, 'connection_not_live'],
      [id, 2000, provider(), 403, 'customer_only'],
      [id, 2000, world.tree.partnerAdmin.token, 404, 'connection_not_found'],
      [uuidv7(), 2000, undefined, 404, 'connection_not_found'],
    ];
    for (const [target, rate, token, status, code] of cases) {
      const response = await changeSpeed(target, rate, token);
      expect(response.json(), `${rate} ${code}`).toMatchObject({ status, code });
    }
    // The refusal names the maximum, in the text and as a member for clients.
    expect((await changeSpeed(id, 20000)).json()).toMatchObject({
      field: 'rateLimitMbps', maximumMbps: 10000, detail: 'rateLimitMbps must be at most 10000 (the smaller port’s speed).',
    });
    expect((await api('POST', `/v1/speed-changes/${uuidv7()}/accept`, provider(), {})).json()).toMatchObject({ status: 404, code: 'speed_change_not_found' });
    expect((await api('POST', `/v1/speed-changes/not-an-id/accept`, provider(), {})).json()).toMatchObject({ status: 400, field: 'id' });
    const changes = await portico.ctx.db.kysely.selectFrom('speed_changes').select('id').where('connection_id', 'in', [id, pending]).execute();
    expect(changes).toHaveLength(0);
    expect((await connection(id)).rateLimitMbps).toBe(1000);
  });

  it('concurrent requests leave one pending; concurrent decisions make exactly one', async () => {
    const id = await liveConnection();
    const requests = await Promise.all(Array.from({ length: 8 }, (_, i) => changeSpeed(id, 2000 + i * 100)));
    expect(statusCounts(requests)).toEqual({ 201: 1, 409: 7 });
    expect(requests.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(Array(7).fill('speed_change_pending'));
    const changeId = requests.find((r) => r.statusCode === 201)!.json().id;
    const decisions = await Promise.all(Array.from({ length: 20 }, (_, i) => api('POST', `/v1/speed-changes/${changeId}/${i % 2 ? 'accept' : 'reject'}`, provider(), {})));
    expect(statusCounts(decisions)).toEqual({ 200: 1, 409: 19 });
    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select('action').where('target_id', '=', id).where('action', 'in', ['speed_change.accepted', 'speed_change.rejected']).execute();
    expect(audit).toHaveLength(1);
  });

  it('decommissioning ends a pending speed change', async () => {
    const id = await liveConnection();
    const change = (await changeSpeed(id, 3000)).json();
    expect((await api('DELETE', `/v1/connections/${id}`, customer())).json().state).toBe('DECOMMISSIONED');
    expect((await api('POST', `/v1/speed-changes/${change.id}/accept`, provider(), {})).json()).toMatchObject({ status: 409, code: 'not_awaiting_approval' });
    expect((await api('GET', '/v1/approvals', provider())).json().items.some((i: any) => i.speedChange?.id === change.id)).toBe(false);
  });
});
