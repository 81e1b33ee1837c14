import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type CallOptions, type TestPortico } from './helpers/portico.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';
import { PASSWORD } from './helpers/factories.ts';
import { conformanceChecker } from './helpers/openapi.ts';

let portico: TestPortico;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
let checker: ReturnType<typeof conformanceChecker>;

beforeAll(async () => {
  portico = await startTestPortico({ config: { webhookAllowPrivate: true } });
  world = await marketplaceWorld(portico);
  checker = conformanceChecker((await call(portico.app, 'GET', '/openapi.json')).json());
});
afterAll(() => portico?.close());

/** One call; its answer must be what the document promises for that operation and status. */
async function api(method: string, url: string, token: string | undefined, body?: unknown, options: Omit<CallOptions, 'token' | 'body'> = {}) {
  const response = await call(portico.app, method, url, { token, body, ...options });
  checker.check(method, url, response);
  return response;
}

describe('real answers match the OpenAPI document', () => {
  it('for a spread of operations, successes and problems alike', async () => {
    const { tree, provider, providerCompany, location } = world;
    const customer = tree.directAdmin.token;
    const operator = tree.operatorAdmin.token;
    const partner = tree.partnerAdmin.token;

    // Platform and auth.
    await api('GET', '/healthz', undefined);
    await api('GET', '/readyz', undefined);
    expect((await api('POST', '/v1/auth/login', undefined, { email: tree.directAdmin.email, password: PASSWORD })).statusCode).toBe(200);
    expect((await api('POST', '/v1/auth/login', undefined, { email: tree.directAdmin.email })).statusCode).toBe(400);
    await api('GET', '/v1/me', customer);
    await api('PATCH', '/v1/me', customer, { language: 'de' });
    expect((await api('GET', '/v1/me', undefined)).statusCode).toBe(401);
    const key = (await api('POST', '/v1/api-keys', customer, { name: 'conformance' }, { headers: { 'idempotency-key': 'conformance-key-1' } })).json();
    const replayed = await api('POST', '/v1/api-keys', customer, { name: 'conformance' }, { headers: { 'idempotency-key': 'conformance-key-1' } });
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    await api('GET', '/v1/api-keys', customer);
    expect((await api('DELETE', `/v1/api-keys/${key.id}`, customer)).statusCode).toBe(204);

    // Companies, users, audit.
    await api('GET', '/v1/companies', partner);
    const managed = (await api('POST', '/v1/companies', partner, { name: 'Conformance Ltd', type: 'managed' })).json();
    await api('GET', `/v1/companies/${managed.id}`, partner);
    await api('PATCH', `/v1/companies/${managed.id}`, partner, { billingAddress: { addressLine1: '1 Main St', city: 'Zürich', country: 'CH' } });
    expect((await api('GET', '/v1/companies/01890000-0000-7000-8000-000000000000', partner)).statusCode).toBe(404);
    expect((await api('GET', '/v1/companies/not-a-uuid', partner)).statusCode).toBe(400);
    const user = (await api('POST', `/v1/companies/${managed.id}/users`, partner, { email: 'conformance@test.example', firstName: 'Con', lastName: 'Form', role: 'read_only' })).json();
    expect((await api('POST', `/v1/companies/${managed.id}/users`, partner, { email: 'conformance@test.example', firstName: 'Con', lastName: 'Form', role: 'read_only' })).statusCode).toBe(409);
    await api('GET', `/v1/companies/${managed.id}/users`, partner);
    await api('GET', `/v1/users/${user.id}`, partner);
    await api('PATCH', `/v1/users/${user.id}`, partner, { role: 'finance' });
    expect((await api('DELETE', `/v1/users/${user.id}`, partner)).statusCode).toBe(204);
    await api('GET', '/v1/audit-events', partner);
    expect((await api('GET', '/v1/audit-events', tree.managedAdmin.token)).statusCode).toBe(200);

    // Billing markets.
    const market = await api('POST', '/v1/billing-markets', customer, { country: 'IE' });
    expect(market.statusCode).toBe(201);
    expect((await api('POST', '/v1/billing-markets', customer, { country: 'IE' })).statusCode).toBe(200);
    await api('GET', '/v1/billing-markets', customer);
    expect((await api('GET', `/v1/billing-markets?companyId=${tree.managed.id}`, partner)).statusCode).toBe(422);
    expect((await api('POST', '/v1/billing-markets', customer, { country: 'XX' })).statusCode).toBe(400);
    expect((await api('DELETE', `/v1/billing-markets/${market.json().id}`, customer)).statusCode).toBe(204);

    // Network.
    await api('GET', '/v1/locations', customer);
    const aEnd = await world.livePort(customer, 'conformance A-end');
    const bEnd = await world.livePort(provider.token, 'conformance B-end', { marketplaceVisibility: 'public' });
    await api('GET', '/v1/ports', customer);
    await api('GET', `/v1/ports/${aEnd}`, customer);
    const spare = (await api('POST', '/v1/ports', customer, { locationId: location, name: 'spare', speedMbps: 1000, kind: 'mcr' })).json();
    await api('DELETE', `/v1/ports/${spare.id}`, customer);

    // Marketplace and service keys.
    await api('PUT', `/v1/companies/${providerCompany.id}/marketplace-profile`, provider.token, {
      title: 'Provider Ltd', description: 'Clouds and more', services: ['cloud', 'internet'], contactEmail: 'sales@provider.example',
      hqAddress: { addressLine1: '1 Cloud Way', city: 'London', country: 'GB' },
    });
    await api('GET', `/v1/companies/${providerCompany.id}/marketplace-profile`, customer);
    await api('GET', `/v1/marketplace/providers?q=prov&nearPortId=${aEnd}`, customer);
    await api('GET', `/v1/marketplace/providers/${providerCompany.id}`, customer);
    const serviceKey = (await api('POST', '/v1/service-keys', provider.token, { portId: bEnd, maxSpeedMbps: 1000 })).json();
    await api('GET', '/v1/service-keys', provider.token);
    await api('GET', `/v1/service-keys/lookup?key=${serviceKey.key}`, customer);
    await api('PATCH', `/v1/service-keys/${serviceKey.id}`, provider.token, { description: 'for conformance' });
    expect((await api('POST', '/v1/service-keys', customer, { portId: bEnd, maxSpeedMbps: 1000 })).statusCode).toBe(404);

    // Connections: order, accept, deny, speed changes, withdraw, summary.
    const ordered = (await api('POST', '/v1/connections', customer, { name: 'conformance', rateLimitMbps: 100, aEnd: { portId: aEnd }, bEnd: { portId: bEnd } })).json();
    await api('GET', '/v1/approvals', provider.token);
    await api('POST', `/v1/connections/${ordered.id}/accept`, provider.token, {});
    expect((await api('POST', `/v1/connections/${ordered.id}/accept`, provider.token, {})).statusCode).toBe(409);
    await world.settle();
    await api('GET', `/v1/connections/${ordered.id}`, customer);
    const raise = (await api('POST', `/v1/connections/${ordered.id}/speed-changes`, customer, { rateLimitMbps: 500 })).json();
    await api('POST', `/v1/speed-changes/${raise.id}/reject`, provider.token, { reason: 'not now' });
    const again = (await api('POST', `/v1/connections/${ordered.id}/speed-changes`, customer, { rateLimitMbps: 400 })).json();
    await api('POST', `/v1/speed-changes/${again.id}/accept`, provider.token, {});
    const denied = (await api('POST', '/v1/connections', customer, { name: 'to deny', rateLimitMbps: 100, aEnd: { portId: aEnd }, serviceKey: serviceKey.key })).json();
    await api('POST', `/v1/connections/${denied.id}/deny`, provider.token, { reason: 'no capacity' });
    const withdrawn = (await api('POST', '/v1/connections', customer, { name: 'to withdraw', rateLimitMbps: 100, aEnd: { portId: aEnd }, bEnd: { portId: bEnd } })).json();
    await api('DELETE', `/v1/connections/${withdrawn.id}`, customer);
    await api('GET', '/v1/connections?side=customer', customer);
    await api('GET', '/v1/connections/summary?side=provider', provider.token);
    expect((await api('GET', '/v1/connections?state=ALIVE', customer)).statusCode).toBe(400);

    // Notifications, maintenance, operator tools, webhooks.
    await world.settle();
    await api('GET', '/v1/notification-types', customer);
    await api('GET', '/v1/me/notification-preferences', customer);
    await api('PUT', '/v1/me/notification-preferences', customer, { groups: { security: true, ordering: true, financial: false, people: true, company: true, services: true } });
    const feed = (await api('GET', '/v1/notifications', provider.token)).json();
    expect(feed.items.length).toBeGreaterThan(0);
    await api('POST', `/v1/notifications/${feed.items[0].id}/read`, provider.token);
    await api('POST', '/v1/notifications/read-all', provider.token);
    const announced = (await api('POST', '/v1/maintenance-events', operator, {
      kind: 'maintenance', title: 'Router upgrade', description: 'New software', startsAt: '2030-01-01T01:00:00Z', endsAt: '2030-01-01T03:00:00Z', locationIds: [location],
    })).json();
    await api('GET', '/v1/maintenance-events', customer);
    await api('GET', `/v1/maintenance-events/${announced.id}`, customer);
    await world.settle();
    const emails = (await api('GET', '/v1/admin/emails', operator)).json();
    expect(emails.items.length).toBeGreaterThan(0);
    await api('GET', `/v1/admin/emails/${emails.items[0].id}`, operator);
    expect((await api('POST', `/v1/admin/emails/${emails.items[0].id}/retry`, operator)).statusCode).toBe(409);
    expect((await api('GET', '/v1/admin/emails', customer)).statusCode).toBe(403);
    const hook = (await api('POST', '/v1/webhooks', customer, { url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] })).json();
    await api('GET', '/v1/webhooks', customer);
    await api('PATCH', `/v1/webhooks/${hook.id}`, customer, { description: 'conformance' });
    await api('POST', `/v1/webhooks/${hook.id}/test`, customer);
    await api('GET', `/v1/webhooks/${hook.id}/deliveries`, customer);
    expect((await api('DELETE', `/v1/webhooks/${hook.id}`, customer)).statusCode).toBe(204);

    // What the framework answers: wrong media type, too large a body, throttled login.
    expect((await api('POST', '/v1/companies', partner, 'name=x', { headers: { 'content-type': 'text/plain' } })).statusCode).toBe(415);
    expect((await api('POST', '/v1/companies', partner, JSON.stringify({ name: 'x'.repeat(1_100_000), type: 'managed' }))).statusCode).toBe(413);
    let throttled = 0;
    for (let i = 0; i < 7; i++) {
      const attempt = await api('POST', '/v1/auth/login', undefined, { email: tree.otherPartnerAdmin.email, password: 'wrong password' });
      if (attempt.statusCode === 429) throttled++;
    }
    expect(throttled).toBeGreaterThan(0);

    const operations = new Set(checker.seen.map((s) => s.operation));
    const statuses = new Set(checker.seen.map((s) => s.status));
    expect(operations.size).toBeGreaterThanOrEqual(55);
    for (const status of [200, 201, 202, 204, 400, 401, 403, 404, 409, 413, 415, 429]) expect(statuses, String(status)).toContain(status);
  });
});
