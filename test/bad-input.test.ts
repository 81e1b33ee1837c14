import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree } from './helpers/factories.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
});
afterAll(() => portico?.close());

/** A snapshot of everything a bad request could have changed. */
async function snapshot() {
  const db = portico.ctx.db.kysely;
  const [companies, users, keys, audit, events] = await Promise.all([
    db.selectFrom('companies').selectAll().orderBy('id').execute(),
    db.selectFrom('users').selectAll().orderBy('id').execute(),
    db.selectFrom('api_keys').select(['id', 'revoked_at']).orderBy('id').execute(),
    db.selectFrom('audit_events').select('id').where('action', '!=', 'session.created').execute(),
    db.selectFrom('events').select('id').where('type', '!=', 'security.login').execute(),
  ]);
  return JSON.stringify({ companies, users, keys, audit: audit.length, events: events.length });
}

interface Case {
  name: string;
  method: string;
  url: () => string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  token?: () => string;
  status: number;
  field?: string;
  code?: string;
}

const admin = () => tree.partnerAdmin.token;
const userBody = { email: 'valid@test.example', firstName: 'Val', lastName: 'Id', role: 'read_only' };

const cases: Case[] = [
  { name: 'malformed JSON', method: 'POST', url: () => '/v1/companies', raw: '{"name": "x",', status: 400, field: 'body', code: 'malformed_body' },
  { name: 'JSON that is not an object', method: 'POST', url: () => '/v1/companies', raw: '[1,2]', status: 400, code: 'wrong_type' },
  { name: 'wrong content type', method: 'POST', url: () => '/v1/companies', raw: 'name=x', headers: { 'content-type': 'text/plain' }, status: 415, code: 'unsupported_media_type' },
  { name: 'missing required field', method: 'POST', url: () => '/v1/companies', body: { type: 'managed' }, status: 400, field: 'name', code: 'required' },
  { name: 'extra field', method: 'POST', url: () => '/v1/companies', body: { name: 'x', type: 'managed', color: 'red' }, status: 400, field: 'color', code: 'unknown_field' },
  { name: 'wrong type (number for string)', method: 'POST', url: () => '/v1/companies', body: { name: 42, type: 'managed' }, status: 400, field: 'name', code: 'wrong_type' },
  { name: 'over-long name', method: 'POST', url: () => '/v1/companies', body: { name: 'x'.repeat(201), type: 'managed' }, status: 400, field: 'name', code: 'too_long' },
  { name: 'blank name', method: 'POST', url: () => '/v1/companies', body: { name: '   ', type: 'managed' }, status: 400, field: 'name' },
  { name: 'unknown company type', method: 'POST', url: () => '/v1/companies', body: { name: 'x', type: 'reseller' }, status: 400, field: 'type', code: 'not_allowed' },
  { name: 'bad partnerId UUID', method: 'POST', url: () => '/v1/companies', body: { name: 'x', type: 'managed', partnerId: 'not-a-uuid' }, status: 400, field: 'partnerId', code: 'bad_format' },
  { name: 'lower-case country in billing address', method: 'POST', url: () => '/v1/companies', body: { name: 'x', type: 'managed', billingAddress: { addressLine1: 'a', city: 'b', country: 'de' } }, status: 400, field: 'billingAddress.country' },
  { name: 'missing city in billing address', method: 'POST', url: () => '/v1/companies', body: { name: 'x', type: 'managed', billingAddress: { addressLine1: 'a', country: 'DE' } }, status: 400, field: 'billingAddress.city' },
  { name: 'bad company id in path', method: 'GET', url: () => '/v1/companies/123', status: 400, field: 'id', code: 'bad_format' },
  { name: 'unknown company id', method: 'PATCH', url: () => '/v1/companies/01890000-0000-7000-8000-000000000000', body: { name: 'x' }, status: 404, field: 'id' },
  { name: 'empty patch', method: 'PATCH', url: () => `/v1/companies/${tree.partner.id}`, body: {}, status: 400 },
  { name: 'bad e-mail', method: 'POST', url: () => `/v1/companies/${tree.partner.id}/users`, body: { ...userBody, email: 'not-an-email' }, status: 400, field: 'email', code: 'bad_format' },
  { name: 'duplicate e-mail', method: 'POST', url: () => `/v1/companies/${tree.partner.id}/users`, body: () => ({ ...userBody, email: tree.directAdmin.email.toUpperCase() }), status: 409, field: 'email', code: 'email_taken' },
  { name: 'unknown role', method: 'POST', url: () => `/v1/companies/${tree.partner.id}/users`, body: { ...userBody, role: 'superuser' }, status: 400, field: 'role', code: 'not_allowed' },
  { name: 'unknown language', method: 'POST', url: () => `/v1/companies/${tree.partner.id}/users`, body: { ...userBody, language: 'fr' }, status: 400, field: 'language' },
  { name: 'short password', method: 'POST', url: () => `/v1/companies/${tree.partner.id}/users`, body: { ...userBody, password: 'short' }, status: 400, field: 'password', code: 'too_short' },
  { name: 'bad user id', method: 'PATCH', url: () => '/v1/users/xyz', body: { firstName: 'x' }, status: 400, field: 'id' },
  { name: 'role of wrong type', method: 'PATCH', url: () => `/v1/users/${tree.partnerAdmin.id}`, body: { role: ['company_admin'] }, status: 400, field: 'role' },
  { name: 'bad cursor', method: 'GET', url: () => '/v1/companies?cursor=garbage', status: 400, field: 'cursor', code: 'bad_cursor' },
  { name: 'limit out of range', method: 'GET', url: () => '/v1/companies?limit=1000', status: 400, field: 'limit', code: 'out_of_range' },
  { name: 'limit not a number', method: 'GET', url: () => '/v1/companies?limit=ten', status: 400, field: 'limit' },
  { name: 'unknown query parameter', method: 'GET', url: () => '/v1/companies?colour=red', status: 400, field: 'colour', code: 'unknown_field' },
  { name: 'unknown company type filter', method: 'GET', url: () => '/v1/companies?type=alien', status: 400, field: 'type' },
  { name: 'API key with empty name', method: 'POST', url: () => '/v1/api-keys', body: { name: '' }, status: 400, field: 'name', code: 'too_short' },
  { name: 'login without password', method: 'POST', url: () => '/v1/auth/login', body: { email: 'a@b.example' }, status: 400, field: 'password', code: 'required' },
  { name: 'no credentials', method: 'GET', url: () => '/v1/me', token: () => '', status: 401, code: 'unauthenticated' },
  { name: 'garbage bearer token', method: 'GET', url: () => '/v1/me', token: () => 'pk_nonsense', status: 401 },
  { name: 'malformed Authorization header', method: 'GET', url: () => '/v1/me', headers: { authorization: 'Basic abc' }, token: () => '', status: 401 },
  { name: 'bad Idempotency-Key', method: 'POST', url: () => '/v1/api-keys', body: { name: 'k' }, headers: { 'idempotency-key': 'bad key with spaces' }, status: 400, field: 'Idempotency-Key' },
  { name: 'unknown route', method: 'GET', url: () => '/v1/nothing-here', status: 404, code: 'route_not_found' },
];

describe('bad input gets a clear problem+json and changes nothing', () => {
  it(`covers ${cases.length} cases`, () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await snapshot();
    const token = c.token ? c.token() : admin();
    const response = await call(portico.app, c.method, c.url(), {
      token: token || undefined,
      body: c.raw ?? (typeof c.body === 'function' ? c.body() : c.body),
      headers: { ...(c.raw !== undefined && !c.headers?.['content-type'] ? { 'content-type': 'application/json' } : {}), ...c.headers },
    });
    expect(response.statusCode).toBe(c.status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({ status: c.status, requestId: response.headers['x-request-id'] });
    expect(typeof problem.code).toBe('string');
    expect(problem.detail.length).toBeGreaterThan(5);
    if (c.field) expect(problem.field).toBe(c.field);
    if (c.code) expect(problem.code).toBe(c.code);
    expect(await snapshot()).toBe(before);
  });
});
