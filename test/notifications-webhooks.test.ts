import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree } from './helpers/factories.ts';
import { webhookReceiver as receiver } from './helpers/net.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  portico = await startTestPortico({
    config: { webhookAllowPrivate: true, webhookRetryDelaySeconds: 1, webhookRetryMaxDelaySeconds: 1, webhookRetryLimit: 5, webhookTimeoutMs: 1000, webhookDisableAfter: 2 },
  });
  tree = await makeTree(portico.app, portico.ctx);
  await portico.ctx.jobs.drain();
});
afterAll(async () => {
  for (const close of closers) await close();
  await portico?.close();
});

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const addUser = (name: string) =>
  api('POST', `/v1/companies/${tree.direct.id}/users`, tree.directAdmin.token, { email: `${name}@hooks.example`, firstName: name, lastName: 'Hook', role: 'read_only' });

async function register(url: string, eventTypes = ['people.user_added']) {
  const response = await api('POST', '/v1/webhooks', tree.directAdmin.token, { url, eventTypes });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; secret: string };
}

async function deliveries(webhookId: string) {
  return (await api('GET', `/v1/webhooks/${webhookId}/deliveries`, tree.directAdmin.token)).json().items as any[];
}

describe('webhooks', () => {
  it('signs deliveries with HMAC-SHA256 over the timestamp and body', async () => {
    const hook = await receiver([200]);
    closers.push(hook.close);
    const { id, secret } = await register(hook.url);
    await addUser('signed');
    await portico.ctx.jobs.drain();
    expect(hook.received).toHaveLength(1);
    const { body, headers } = hook.received[0];
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['portico-signature']));
    expect(match).not.toBeNull();
    const expected = createHmac('sha256', secret).update(`${match![1]}.${body}`).digest('hex');
    expect(match![2]).toBe(expected);
    const payload = JSON.parse(body);
    expect(payload).toMatchObject({ type: 'people.user_added', companyId: tree.direct.id, data: { userEmail: 'signed@hooks.example' } });
    expect(headers['portico-delivery-id']).toBe(payload.id);
    expect((await deliveries(id))[0]).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200 });
    await api('DELETE', `/v1/webhooks/${id}`, tree.directAdmin.token);
  });

  it('retries a receiver that answers 500 three times, then delivers exactly once more', async () => {
    const hook = await receiver([500, 500, 500, 200]);
    closers.push(hook.close);
    const { id } = await register(hook.url);
    await addUser('flaky');
    await portico.ctx.jobs.drain(60_000);
    expect(hook.received).toHaveLength(4);
    expect(new Set(hook.received.map((r) => r.headers['portico-delivery-id'])).size).toBe(1);
    expect((await deliveries(id))[0]).toMatchObject({ status: 'delivered', attempts: 4, lastStatusCode: 200 });
    await api('DELETE', `/v1/webhooks/${id}`, tree.directAdmin.token);
  });

  it('a receiver that never answers does not hold up the others', async () => {
    const silent = await receiver(['hang']);
    const healthy = await receiver([200]);
    closers.push(silent.close, healthy.close);
    const hung = await register(silent.url);
    const ok = await register(healthy.url);
    await addUser('parallel');
    // The healthy receiver gets its delivery while the silent one is still timing out and retrying.
    const deadline = Date.now() + 20_000;
    while (healthy.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(healthy.received).toHaveLength(1);
    const pending = (await deliveries(hung.id))[0];
    expect(pending.status).toBe('pending');
    await api('DELETE', `/v1/webhooks/${hung.id}`, tree.directAdmin.token);
    await api('DELETE', `/v1/webhooks/${ok.id}`, tree.directAdmin.token);
    await portico.ctx.jobs.drain(60_000);
  });

  it('sends a test event on demand', async () => {
    const hook = await receiver([204]);
    closers.push(hook.close);
    const { id } = await register(hook.url);
    const test = await api('POST', `/v1/webhooks/${id}/test`, tree.directAdmin.token);
    expect(test.statusCode).toBe(202);
    await portico.ctx.jobs.drain();
    expect(JSON.parse(hook.received[0].body)).toMatchObject({ type: 'webhook.test', id: test.json().deliveryId });
    await api('DELETE', `/v1/webhooks/${id}`, tree.directAdmin.token);
  });

  it('turns itself off after failing persistently, and tells the company admins', async () => {
    const dead = await receiver([503]);
    closers.push(dead.close);
    const { id } = await register(dead.url);
    await addUser('fail-one');
    await addUser('fail-two');
    await portico.ctx.jobs.drain(90_000);
    const [hook] = (await api('GET', '/v1/webhooks', tree.directAdmin.token)).json().items.filter((w: any) => w.id === id);
    expect(hook).toMatchObject({ active: false, consecutiveFailures: 2 });
    expect(hook.disabledAt).not.toBeNull();
    const feed = (await api('GET', '/v1/notifications', tree.directAdmin.token)).json().items;
    expect(feed.some((n: any) => n.type === 'company.webhook_disabled' && n.body.includes(dead.url))).toBe(true);
    // Turned on again by hand, it works from a clean slate.
    const on = await api('PATCH', `/v1/webhooks/${id}`, tree.directAdmin.token, { active: true });
    expect(on.json()).toMatchObject({ active: true, consecutiveFailures: 0, disabledAt: null });
  });
});

describe('webhook registration refuses what it must', () => {
  it('refuses plain http and private or loopback targets unless allowed (SSRF)', async () => {
    const strict = await startTestPortico({ config: { webhookAllowPrivate: false } });
    closers.push(() => strict.close());
    const strictTree = await makeTree(strict.app, strict.ctx);
    const cases: [string, string][] = [
      ['http://hooks.example.com/in', 'https_required'],
      ['https://127.0.0.1/in', 'private_address'],
      ['https://10.1.2.3/in', 'private_address'],
      ['https://192.168.0.10/in', 'private_address'],
      ['https://[::1]/in', 'private_address'],
      ['https://169.254.169.254/latest/meta-data', 'private_address'],
      ['https://localhost/in', 'private_address'],
      ['https://user:pw@hooks.example.com/in', 'credentials_in_url'],
      ['not a url', 'bad_url'],
    ];
    for (const [url, code] of cases) {
      const response = await call(strict.app, 'POST', '/v1/webhooks', { token: strictTree.directAdmin.token, body: { url, eventTypes: ['*'] } });
      expect(response.json(), url).toMatchObject({ status: 400, code, field: 'url' });
    }
    expect((await call(strict.app, 'GET', '/v1/webhooks', { token: strictTree.directAdmin.token })).json().items).toHaveLength(0);
  });

  it('checks event types and roles, and allows at most 10 per company', async () => {
    const unknown = await api('POST', '/v1/webhooks', tree.partnerAdmin.token, { url: 'http://127.0.0.1:9/x', eventTypes: ['nope.nothing'] });
    expect(unknown.json()).toMatchObject({ status: 400, code: 'unknown_event_type', field: 'eventTypes' });
    const security = await api('POST', '/v1/webhooks', tree.partnerAdmin.token, { url: 'http://127.0.0.1:9/x', eventTypes: ['security.new_login'] });
    expect(security.json()).toMatchObject({ status: 400, code: 'security_not_for_webhooks' });
    expect((await api('POST', '/v1/webhooks', tree.partnerAdmin.token, { url: 'http://127.0.0.1:9/x', eventTypes: [] })).statusCode).toBe(400);
    for (let i = 0; i < 10; i++) {
      expect((await api('POST', '/v1/webhooks', tree.partnerAdmin.token, { url: `http://127.0.0.1:9/x${i}`, eventTypes: ['*'] })).statusCode).toBe(201);
    }
    const eleventh = await api('POST', '/v1/webhooks', tree.partnerAdmin.token, { url: 'http://127.0.0.1:9/x10', eventTypes: ['*'] });
    expect(eleventh.json()).toMatchObject({ status: 409, code: 'webhook_limit' });
    const someone = (await api('GET', '/v1/webhooks', tree.partnerAdmin.token)).json().items[0].id;
    expect((await api('DELETE', `/v1/webhooks/${someone}`, tree.otherPartnerAdmin.token)).statusCode).toBe(404);
    expect((await api('GET', '/v1/webhooks', tree.managedAdmin.token)).json().items).toHaveLength(0);
  });
});
