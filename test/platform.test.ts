import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { statusCounts } from './helpers/concurrency.ts';
import { makeTree } from './helpers/factories.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  portico = await startTestPortico({ config: { adminEmail: 'root@operator.example', adminPassword: 'bootstrap password' } });
  tree = await makeTree(portico.app, portico.ctx);
});
afterAll(() => portico?.close());

describe('health, readiness, metrics', () => {
  it('answers /healthz and /readyz with the database kind', async () => {
    expect((await call(portico.app, 'GET', '/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await call(portico.app, 'GET', '/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('counts requests in Prometheus format', async () => {
    await call(portico.app, 'GET', '/healthz');
    const metrics = await call(portico.app, 'GET', '/metrics');
    expect(metrics.headers['content-type']).toMatch(/text\/plain/);
    expect(metrics.body).toMatch(/portico_http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(metrics.body).toContain('portico_http_request_duration_seconds_bucket');
  });
});

describe('access', () => {
  it('every route under /v1 declares its capability (or public / authenticated)', () => {
    const undeclared = portico.app.registeredRoutes.filter((r) => r.url.startsWith('/v1/') && !r.capability).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
    expect(portico.app.registeredRoutes.filter((r) => r.url.startsWith('/v1/')).length).toBeGreaterThan(50);
  });
});

describe('OpenAPI', () => {
  it('is OpenAPI 3.1 and documents exactly the routes the server has', async () => {
    const doc = (await call(portico.app, 'GET', '/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries<Record<string, unknown>>(doc.paths)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const served = new Set(
      portico.app.registeredRoutes
        .filter((r) => !r.hidden && !r.url.startsWith('/docs') && r.url !== '*' && !r.url.startsWith('/*'))
        .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`),
    );
    expect([...served].sort()).toEqual([...documented].sort());
    for (const required of ['POST /v1/auth/login', 'POST /v1/auth/logout', 'GET /v1/me', 'POST /v1/api-keys', 'POST /v1/companies', 'GET /v1/companies/{id}', 'PATCH /v1/companies/{id}', 'POST /v1/companies/{id}/users', 'PATCH /v1/users/{id}', 'GET /v1/locations']) {
      expect(documented).toContain(required);
    }
    // Every documented operation has a success response schema and problem responses.
    for (const [path, ops] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(ops)) {
        if (path.startsWith('/v1/')) {
          const statuses = Object.keys(op.responses ?? {});
          expect(statuses.some((s) => s.startsWith('2')), `${method} ${path}`).toBe(true);
          expect(statuses.some((s) => s.startsWith('4')), `${method} ${path}`).toBe(true);
        }
      }
    }
  });

  it('serves the docs UI', async () => {
    const docs = await call(portico.app, 'GET', '/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});

describe('HTTP conventions', () => {
  it('sets security headers and a request id on every response', async () => {
    const response = await call(portico.app, 'GET', '/healthz');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('replays an idempotent create, refuses the key for another body, and creates once', async () => {
    const headers = { 'idempotency-key': 'create-managed-0001' };
    const first = await call(portico.app, 'POST', '/v1/companies', { token: tree.partnerAdmin.token, body: { name: 'Once Ltd', type: 'managed' }, headers });
    const again = await call(portico.app, 'POST', '/v1/companies', { token: tree.partnerAdmin.token, body: { type: 'managed', name: 'Once Ltd' }, headers });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await call(portico.app, 'POST', '/v1/companies', { token: tree.partnerAdmin.token, body: { name: 'Twice Ltd', type: 'managed' }, headers });
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('idempotency_key_reused');
    // Keys belong to their caller: another user's same key is a new request.
    const otherCaller = await call(portico.app, 'POST', '/v1/companies', { token: tree.otherPartnerAdmin.token, body: { name: 'Once Ltd', type: 'managed' }, headers });
    expect(otherCaller.statusCode).toBe(201);
    expect(otherCaller.json().id).not.toBe(first.json().id);
    const made = await portico.ctx.db.kysely.selectFrom('companies').select('id').where('name', '=', 'Once Ltd').execute();
    expect(made).toHaveLength(2);
  });

  it('lets concurrent retries with one key create exactly one thing', async () => {
    const headers = { 'idempotency-key': 'concurrent-key-0001' };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => call(portico.app, 'POST', '/v1/companies', { token: tree.partnerAdmin.token, body: { name: 'Race Ltd', type: 'managed' }, headers })),
    );
    // Which retries replay (201) and which find the first still running (409) depends on timing; nothing else may answer.
    const counts = statusCounts(responses);
    expect(counts[201]).toBeGreaterThanOrEqual(1);
    expect((counts[201] ?? 0) + (counts[409] ?? 0)).toBe(8);
    expect(new Set(responses.filter((r) => r.statusCode === 201).map((r) => r.json().id)).size).toBe(1);
    const made = await portico.ctx.db.kysely.selectFrom('companies').select('id').where('name', '=', 'Race Ltd').execute();
    expect(made).toHaveLength(1);
  });
});

describe('idempotency after a crash', () => {
  it('a key left pending by a request that died is taken over after a minute, not pinned forever', async () => {
    const owner = `user:${tree.partnerAdmin.id}`;
    const body = { name: 'Crashed Ltd', type: 'managed' };
    const first = await call(portico.app, 'POST', '/v1/companies', { token: tree.partnerAdmin.token, body, headers: { 'idempotency-key': 'crashed-0001' } });
    // Simulate the process dying mid-request: the key is pending and old.
    await portico.ctx.db.kysely.updateTable('idempotency_keys').set({ status_code: null, response: null, created_at: new Date(Date.now() - 120_000) })
      .where('owner', '=', owner).where('key', '=', 'crashed-0001').execute();
    const retry = await call(portico.app, 'POST', '/v1/companies', { token: tree.partnerAdmin.token, body, headers: { 'idempotency-key': 'crashed-0001' } });
    expect(retry.statusCode).toBe(201);
    expect(first.statusCode).toBe(201);
    // A fresh pending key is still refused as in progress.
    await portico.ctx.db.kysely.updateTable('idempotency_keys').set({ status_code: null, created_at: new Date() })
      .where('owner', '=', owner).where('key', '=', 'crashed-0001').execute();
    const busy = await call(portico.app, 'POST', '/v1/companies', { token: tree.partnerAdmin.token, body, headers: { 'idempotency-key': 'crashed-0001' } });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().code).toBe('idempotency_key_in_progress');
  });
});

describe('start-up admin', () => {
  it('creates PORTICO_ADMIN_EMAIL as an operator company_admin', async () => {
    const login = await call(portico.app, 'POST', '/v1/auth/login', { body: { email: 'root@operator.example', password: 'bootstrap password' } });
    expect(login.statusCode).toBe(200);
    const me = await call(portico.app, 'GET', '/v1/me', { token: login.json().token });
    expect(me.json()).toMatchObject({ role: 'company_admin', company: { type: 'operator' } });
  });
});
