import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { statusCounts } from './helpers/concurrency.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';

let portico: TestPortico;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
const port: Record<string, string> = {};

const api = (method: string, url: string, token?: string, body?: unknown) => world.api(method, url, token, body);
const account = () => world.tree.managedAdmin.token;
const partner = () => world.tree.partnerAdmin.token;
const provider = () => world.provider.token;
const connection = async (id: string, token = account()) => (await api('GET', `/v1/connections/${id}`, token)).json();
const order = (name: string, extra: Record<string, unknown> = {}) =>
  api('POST', '/v1/connections', account(), { name, rateLimitMbps: 1000, aEnd: { portId: port.account }, bEnd: { portId: port.provider }, ...extra });
/** The pending queue item about this subject (a connection or a speed change). */
const queued = async (subjectId: string, state = 'pending') =>
  (await api('GET', `/v1/partner-approvals?state=${state}`, partner())).json().items.find((i: { subjectId: string }) => i.subjectId === subjectId);
const approve = (id: string, token = partner()) => api('POST', `/v1/partner-approvals/${id}/approve`, token);
const reject = (id: string, reason: unknown, token = partner()) => api('POST', `/v1/partner-approvals/${id}/reject`, token, { reason });
const setQueue = (on: boolean | null) => api('PATCH', `/v1/companies/${world.tree.managed.id}/managed-settings`, partner(), { approvalQueue: on });
const inbox = async () => (await api('GET', '/v1/approvals', provider())).json().items;
const feedTypes = async (token: string) => (await api('GET', '/v1/notifications', token)).json().items.map((n: { type: string }) => n.type);

/** A LIVE connection of the managed account: approved by the partner, accepted by the provider, built. */
async function liveConnection(name: string) {
  const id = (await order(name)).json().id as string;
  expect((await approve((await queued(id)).id)).statusCode).toBe(200);
  expect((await api('POST', `/v1/connections/${id}/accept`, provider(), {})).statusCode).toBe(200);
  await world.settle();
  expect((await connection(id)).state).toBe('LIVE');
  return id;
}

beforeAll(async () => {
  portico = await startTestPortico();
  world = await marketplaceWorld(portico);
  port.account = await world.livePort(account(), 'account A-end');
  port.provider = await world.livePort(provider(), 'provider public', { marketplaceVisibility: 'public' });
  expect((await setQueue(true)).json()).toMatchObject({ approvalQueue: true });
});
afterAll(() => portico?.close());

describe('the partner’s service approval queue: new orders', () => {
  it('an order waits for the partner, unseen by the provider; approved, it goes to the provider and on to LIVE', async () => {
    const ordered = await order('held order');
    expect(ordered.statusCode).toBe(201);
    const id = ordered.json().id;
    expect(ordered.json()).toMatchObject({ state: 'AWAITING_PARTNER', approval: { state: 'awaiting_partner' } });
    // The provider does not know of it yet.
    expect((await inbox()).some((i: { connection: { id: string } }) => i.connection.id === id)).toBe(false);
    expect((await api('GET', `/v1/connections/${id}`, provider())).statusCode).toBe(404);
    expect((await api('GET', '/v1/connections?side=provider', provider())).json().items.some((c: { id: string }) => c.id === id)).toBe(false);
    expect((await api('POST', `/v1/connections/${id}/accept`, provider(), {})).statusCode).toBe(404);

    const item = await queued(id);
    expect(item).toMatchObject({
      kind: 'connection', state: 'pending', companyId: world.tree.managed.id, connectionId: id, requestedBy: world.tree.managedAdmin.id,
      summary: { connectionName: 'held order', providerName: world.providerCompany.name, rateLimitMbps: 1000, toMbps: null, aPortName: 'account A-end', bPortName: 'provider public' },
    });
    expect((await connection(id)).partnerApprovals).toEqual([{ id: item.id, kind: 'connection', requestedAt: item.requestedAt }]);
    // Only the partner's approvers decide, only in its own tree.
    expect((await approve(item.id, account())).json()).toMatchObject({ status: 403, capability: 'partner_approvals.decide' });
    expect((await approve(item.id, world.tree.otherPartnerAdmin.token)).statusCode).toBe(404);
    expect((await approve(item.id, world.tree.directAdmin.token)).statusCode).toBe(403);
    expect((await api('GET', '/v1/partner-approvals', account())).statusCode).toBe(403);
    expect((await api('GET', '/v1/partner-approvals', world.tree.otherPartnerAdmin.token)).json().items.some((i: { id: string }) => i.id === item.id)).toBe(false);

    const approved = await approve(item.id);
    expect(approved.json()).toMatchObject({ id: item.id, state: 'approved', decidedBy: world.tree.partnerAdmin.id });
    expect((await approve(item.id)).json()).toMatchObject({ status: 409, code: 'not_pending' });
    expect((await reject(item.id, 'too late')).json()).toMatchObject({ status: 409, code: 'not_pending' });
    expect((await connection(id)).state).toBe('AWAITING_APPROVAL');
    expect((await inbox()).some((i: { connection: { id: string } }) => i.connection.id === id)).toBe(true);
    expect((await api('POST', `/v1/connections/${id}/accept`, provider(), {})).statusCode).toBe(200);
    await world.settle();
    const live = await connection(id);
    expect(live.state).toBe('LIVE');
    expect(live.history.map((h: { state: string; by: string | null }) => [h.state, h.by])).toEqual([
      ['AWAITING_PARTNER', world.tree.managedAdmin.id], ['AWAITING_APPROVAL', world.tree.partnerAdmin.id], ['DEPLOYABLE', world.provider.id],
      ['CONFIGURED', null], ['LIVE', null],
    ]);
    const audit = (await api('GET', `/v1/audit-events?companyId=${world.tree.managed.id}`, partner())).json().items
      .filter((e: { targetId: string }) => e.targetId === id || e.targetId === item.id).map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['connection.requested', 'partner_approval.requested', 'partner_approval.approved', 'connection.released']));
  });

  it('rejected, the order ends REJECTED with the reason and the provider never sees it', async () => {
    const id = (await order('rejected order')).json().id;
    const item = await queued(id);
    expect((await reject(item.id, '')).json()).toMatchObject({ status: 400, field: 'reason' });
    expect((await api('POST', `/v1/partner-approvals/${item.id}/reject`, partner(), {})).json()).toMatchObject({ status: 400, field: 'reason' });
    expect((await reject(item.id, 'Not in this budget')).json()).toMatchObject({ state: 'rejected', reason: 'Not in this budget' });
    expect(await connection(id)).toMatchObject({ state: 'REJECTED', approval: { state: 'partner_rejected', reason: 'Not in this budget' } });
    expect((await api('GET', `/v1/connections/${id}`, provider())).statusCode).toBe(404);
    // Its VLAN is free again: the next order takes it.
    const vlan = (await connection(id)).aEnd.vlan;
    const next = (await order('after the rejection')).json();
    expect(next.aEnd.vlan).toBe(vlan);
    await reject((await queued(next.id)).id, 'cleanup');
  });

  it('the account withdraws an order still in the queue; nothing is left to decide', async () => {
    const id = (await order('withdrawn order')).json().id;
    const item = await queued(id);
    const withdrawn = await api('DELETE', `/v1/connections/${id}`, account());
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ state: 'CANCELLED' });
    expect(await queued(id, 'withdrawn')).toMatchObject({ id: item.id, state: 'withdrawn' });
    expect(await queued(id)).toBeUndefined();
    expect((await approve(item.id)).json()).toMatchObject({ status: 409, code: 'not_pending' });
    expect((await api('GET', `/v1/connections/${id}`, provider())).statusCode).toBe(404);
  });

  it('with the queue off (the default) an order goes straight to the provider', async () => {
    await setQueue(null);
    try {
      const ordered = (await order('unqueued')).json();
      expect(ordered).toMatchObject({ state: 'AWAITING_APPROVAL', approval: { state: 'pending' } });
      expect(await queued(ordered.id)).toBeUndefined();
      await api('DELETE', `/v1/connections/${ordered.id}`, account());
    } finally {
      await setQueue(true);
    }
  });

  it('an order with a pre-approved service key waits too; approved, it is built without the provider deciding', async () => {
    const keyed = await world.livePort(provider(), 'keyed port');
    const key = (await api('POST', '/v1/service-keys', provider(), { portId: keyed, maxSpeedMbps: 1000, preApproved: true })).json();
    const ordered = (await api('POST', '/v1/connections', account(), { name: 'keyed', rateLimitMbps: 500, aEnd: { portId: port.account }, serviceKey: key.key })).json();
    expect(ordered.state).toBe('AWAITING_PARTNER');
    await world.settle();
    expect(await feedTypes(provider())).not.toContain('ordering.service_key_used');
    await approve((await queued(ordered.id)).id);
    await world.settle();
    expect((await connection(ordered.id)).state).toBe('LIVE');
    expect(await feedTypes(provider())).toContain('ordering.service_key_used');
  });
});

describe('the queue: speed changes and terminations', () => {
  it('a raise waits for the partner, then for the provider', async () => {
    const id = await liveConnection('raise me');
    const change = (await api('POST', `/v1/connections/${id}/speed-changes`, account(), { rateLimitMbps: 5000 })).json();
    expect(change).toMatchObject({ state: 'AWAITING_PARTNER', toMbps: 5000 });
    expect((await inbox()).some((i: { speedChange?: { id: string } }) => i.speedChange?.id === change.id)).toBe(false);
    expect((await api('POST', `/v1/speed-changes/${change.id}/accept`, provider(), {})).json()).toMatchObject({ status: 409, code: 'not_awaiting_approval' });
    expect((await api('POST', `/v1/connections/${id}/speed-changes`, account(), { rateLimitMbps: 3000 })).json()).toMatchObject({ status: 409, code: 'speed_change_pending' });
    const item = await queued(change.id);
    expect(item).toMatchObject({ kind: 'speed_change', connectionId: id, summary: { rateLimitMbps: 1000, toMbps: 5000 } });
    await approve(item.id);
    expect((await inbox()).some((i: { speedChange?: { id: string } }) => i.speedChange?.id === change.id)).toBe(true);
    expect((await connection(id)).rateLimitMbps).toBe(1000);
    expect((await api('POST', `/v1/speed-changes/${change.id}/accept`, provider(), {})).json()).toMatchObject({ state: 'APPLIED' });
    expect((await connection(id)).rateLimitMbps).toBe(5000);
  });

  it('a decrease applies when the partner approves; a rejected change keeps the rate; a withdrawn one leaves the queue', async () => {
    const id = await liveConnection('lower me');
    const lower = (await api('POST', `/v1/connections/${id}/speed-changes`, account(), { rateLimitMbps: 200 })).json();
    expect(lower.state).toBe('AWAITING_PARTNER');
    expect((await connection(id)).rateLimitMbps).toBe(1000);
    await approve((await queued(lower.id)).id);
    expect((await connection(id)).rateLimitMbps).toBe(200);
    expect((await connection(id)).speedChanges.find((c: { id: string }) => c.id === lower.id)).toMatchObject({ state: 'APPLIED', decidedBy: world.tree.partnerAdmin.id });

    const raise = (await api('POST', `/v1/connections/${id}/speed-changes`, account(), { rateLimitMbps: 900 })).json();
    await reject((await queued(raise.id)).id, 'Not this quarter');
    expect((await connection(id)).speedChanges.find((c: { id: string }) => c.id === raise.id)).toMatchObject({ state: 'REJECTED', reason: 'Not this quarter' });
    expect((await connection(id)).rateLimitMbps).toBe(200);

    const again = (await api('POST', `/v1/connections/${id}/speed-changes`, account(), { rateLimitMbps: 800 })).json();
    expect((await api('POST', `/v1/speed-changes/${again.id}/withdraw`, account())).json()).toMatchObject({ state: 'CANCELLED' });
    expect(await queued(again.id, 'withdrawn')).toMatchObject({ kind: 'speed_change' });
  });

  it('a termination waits (202, still LIVE); approved it decommissions, rejected it stays', async () => {
    const id = await liveConnection('end me');
    const asked = await api('DELETE', `/v1/connections/${id}`, account());
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toMatchObject({ id, state: 'LIVE' });
    expect((await api('DELETE', `/v1/connections/${id}`, account())).json()).toMatchObject({ status: 409, code: 'approval_pending' });
    const item = await queued(id);
    expect(item).toMatchObject({ kind: 'termination', connectionId: id });
    expect((await connection(id)).partnerApprovals).toEqual([{ id: item.id, kind: 'termination', requestedAt: item.requestedAt }]);
    await reject(item.id, 'Customer contract runs until March');
    expect((await connection(id)).state).toBe('LIVE');

    expect((await api('DELETE', `/v1/connections/${id}`, account())).statusCode).toBe(202);
    await approve((await queued(id)).id);
    expect((await connection(id)).state).toBe('DECOMMISSIONED');
    expect((await connection(id)).history.at(-1)).toMatchObject({ state: 'DECOMMISSIONED', by: world.tree.partnerAdmin.id });
  });
});

describe('what waits, per account', () => {
  it('counts the pending requests per managed account, only in the partner’s tree', async () => {
    const before = (await api('GET', '/v1/partner-approvals/pending', partner())).json();
    const mine = () => before.byCompany.find((c: { companyId: string }) => c.companyId === world.tree.managed.id)?.pending ?? 0;
    const ids = [(await order('counted 1')).json().id, (await order('counted 2')).json().id];
    const after = (await api('GET', '/v1/partner-approvals/pending', partner())).json();
    expect(after.total).toBe(before.total + 2);
    expect(after.byCompany).toContainEqual({ companyId: world.tree.managed.id, pending: mine() + 2 });
    // Another partner sees none of it; the account's own users may not look.
    expect((await api('GET', '/v1/partner-approvals/pending', world.tree.otherPartnerAdmin.token)).json()).toEqual({ total: 0, byCompany: [] });
    expect((await api('GET', '/v1/partner-approvals/pending', account())).statusCode).toBe(403);
    for (const id of ids) expect((await api('DELETE', `/v1/connections/${id}`, account())).statusCode).toBe(200);
    expect((await api('GET', '/v1/partner-approvals/pending', partner())).json().total).toBe(before.total);
  });
});

describe('the queue under concurrency, and its notices', () => {
  it('20 decisions at once on one request: exactly one wins, the order moves once', async () => {
    const id = (await order('raced')).json().id;
    const item = await queued(id);
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? approve(item.id) : reject(item.id, `no ${i}`))));
    const counts = statusCounts(responses);
    expect(counts).toEqual({ 200: 1, 409: 19 });
    const winner = responses.find((r) => r.statusCode === 200)!.json();
    const seen = await connection(id);
    expect(seen.state).toBe(winner.state === 'approved' ? 'AWAITING_APPROVAL' : 'REJECTED');
    const actions = (await api('GET', `/v1/audit-events?companyId=${world.tree.managed.id}&limit=200`, partner())).json().items
      .filter((e: { targetId: string }) => e.targetId === item.id || e.targetId === id).map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'partner_approval.approved' || a === 'partner_approval.rejected')).toHaveLength(1);
    expect(actions.filter((a: string) => a === 'connection.released' || a === 'connection.rejected')).toHaveLength(1);
  });

  it('the partner’s approvers hear of a request, the account of the decision', async () => {
    const id = (await order('told')).json().id;
    await world.settle();
    expect(await feedTypes(partner())).toContain('ordering.partner_approval_requested');
    await reject((await queued(id)).id, 'No');
    await world.settle();
    const accountFeed = (await api('GET', '/v1/notifications', account())).json().items;
    const told = accountFeed.find((n: { type: string; link: string }) => n.type === 'ordering.partner_approval_rejected' && n.link === `/connections/${id}`);
    expect(told).toBeDefined();
    expect(await feedTypes(account())).toContain('ordering.partner_approval_approved');
  });
});
