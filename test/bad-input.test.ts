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
  { name: 'blank name', method: 'POST', url: () => '/v1/companies', body: { name: '   ', type: 'managed' }, status: 400, field: 'name', code: 'bad_format' },
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
  // Characters PostgreSQL cannot store, or that make names lie, on the fields and parameters the fuzzer hit.
  { name: 'NUL in the login e-mail (unauthenticated)', method: 'POST', url: () => '/v1/auth/login', body: { email: 'a\u0000@b.example', password: 'whatever it is' }, token: () => '', status: 400, field: 'email', code: 'control_character' },
  { name: 'NUL in the login password', method: 'POST', url: () => '/v1/auth/login', body: { email: 'a@b.example', password: 'pass\u0000word' }, token: () => '', status: 400, field: 'password', code: 'control_character' },
  { name: 'NUL in firstName', method: 'POST', url: () => `/v1/companies/${tree.partner.id}/users`, body: { ...userBody, firstName: 'Val\u0000' }, status: 400, field: 'firstName', code: 'control_character' },
  { name: 'NUL in a patched lastName', method: 'PATCH', url: () => `/v1/users/${tree.partnerAdmin.id}`, body: { lastName: '\u0000' }, status: 400, field: 'lastName', code: 'control_character' },
  { name: 'NUL in an API key name', method: 'POST', url: () => '/v1/api-keys', body: { name: 'key\u0000' }, status: 400, field: 'name', code: 'control_character' },
  { name: 'NUL in a company name', method: 'POST', url: () => '/v1/companies', body: { name: 'Acme\u0000', type: 'managed' }, status: 400, field: 'name', code: 'control_character' },
  { name: 'NUL nested in a billing address', method: 'POST', url: () => '/v1/companies', body: { name: 'x', type: 'managed', billingAddress: { addressLine1: 'a', city: 'b\u0000', country: 'DE' } }, status: 400, field: 'billingAddress.city', code: 'control_character' },
  { name: 'NUL escaped in raw JSON', method: 'POST', url: () => '/v1/companies', raw: '{"name": "Acme\\u0000", "type": "managed"}', status: 400, field: 'name', code: 'control_character' },
  { name: 'NUL in a field name', method: 'POST', url: () => '/v1/companies', raw: '{"name": "x", "type": "managed", "\\u0000": 1}', status: 400, code: 'control_character' },
  { name: 'an unpaired surrogate', method: 'POST', url: () => '/v1/companies', raw: '{"name": "x\\ud800", "type": "managed"}', status: 400, field: 'name', code: 'control_character' },
  { name: 'an escape character in a company name', method: 'POST', url: () => '/v1/companies', body: { name: 'red\u001b[31m', type: 'managed' }, status: 400, field: 'name', code: 'control_character' },
  { name: 'NUL in the query parameter service', method: 'GET', url: () => '/v1/marketplace/providers?service=%00', status: 400, field: 'service', code: 'control_character' },
  { name: 'NUL in the query parameter key', method: 'GET', url: () => '/v1/service-keys/lookup?key=abc%00', status: 400, field: 'key', code: 'control_character' },
  { name: 'NUL in the query parameter to', method: 'GET', url: () => '/v1/admin/emails?to=%00', token: () => tree.operatorAdmin.token, status: 400, field: 'to', code: 'control_character' },
  { name: 'NUL in a path id', method: 'GET', url: () => '/v1/companies/%00', status: 400, field: 'id', code: 'control_character' },
  { name: 'JSON nested 100,000 levels deep', method: 'POST', url: () => '/v1/companies', raw: `{"name": "x", "type": "managed", "billingAddress": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, status: 400, code: 'too_deep' },
  { name: 'a right-to-left override in a company name', method: 'POST', url: () => '/v1/companies', body: { name: 'Acme\u202Egnp.exe', type: 'managed' }, status: 400, field: 'name', code: 'invisible_character' },
  { name: 'a zero-width space in firstName', method: 'POST', url: () => `/v1/companies/${tree.partner.id}/users`, body: { ...userBody, firstName: 'Va\u200Bl' }, status: 400, field: 'firstName', code: 'invisible_character' },
  { name: 'a bidi isolate in an API key name', method: 'POST', url: () => '/v1/api-keys', body: { name: '\u2066key\u2069' }, status: 400, field: 'name', code: 'invisible_character' },
  { name: 'a line break in a company name', method: 'POST', url: () => '/v1/companies', body: { name: 'Acme\nEvil', type: 'managed' }, status: 400, field: 'name', code: 'invisible_character' },
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

describe('no string input anywhere may hold a control character', () => {
  interface Operation { parameters?: { in: string; name: string }[]; requestBody?: unknown }
  const operations = async () => {
    const doc = (await call(portico.app, 'GET', '/openapi.json')).json() as { paths: Record<string, Record<string, Operation>> };
    return Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));
  };
  const anId = '01890000-0000-7000-8000-000000000000';
  const expectControlProblem = (response: Awaited<ReturnType<typeof call>>, where: string, field?: string) => {
    expect.soft({ where, status: response.statusCode, code: response.json().code, field: response.json().field }).toEqual({ where, status: 400, code: 'control_character', field: field ?? response.json().field });
  };

  it('in every path parameter, query parameter and body of the API', async () => {
    const before = await snapshot();
    const all = await operations();
    const withParams = all.filter((o) => o.op.parameters?.some((p) => p.in === 'path'));
    const withQuery = all.filter((o) => o.op.parameters?.some((p) => p.in === 'query'));
    const withBody = all.filter((o) => o.op.requestBody);
    // The sweep must reach the API, not an empty list.
    expect(withParams.length).toBeGreaterThan(15);
    expect(withQuery.length).toBeGreaterThan(8);
    expect(withBody.length).toBeGreaterThan(15);
    // The operator's admin, or a partner's where a route is the partners' alone (wholesale templates): roles are not what this checks.
    const send = async (method: string, url: string, body?: unknown) => {
      const response = await call(portico.app, method, url, { token: tree.operatorAdmin.token, body });
      const roleRefused = response.statusCode === 403 && response.json().code === 'capability_required';
      return roleRefused ? call(portico.app, method, url, { token: tree.partnerAdmin.token, body }) : response;
    };
    for (const { path, method, op } of withParams) {
      const first = op.parameters!.find((p) => p.in === 'path')!.name;
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => (name === first ? 'x%00' : anId));
      expectControlProblem(await send(method, url, op.requestBody ? {} : undefined), `${method} ${path}`, first);
    }
    for (const { path, method, op } of withQuery) {
      const name = op.parameters!.find((p) => p.in === 'query')!.name;
      const url = `${path.replace(/\{\w+\}/g, anId)}?${name}=%00`;
      expectControlProblem(await send(method, url), `${method} ${path}?${name}`, name);
    }
    for (const { path, method } of withBody) {
      const url = path.replace(/\{\w+\}/g, anId);
      expectControlProblem(await send(method, url, { name: 'x\u0000' }), `${method} ${path} body`, 'name');
    }
    expect(await snapshot()).toBe(before);
  });

  it('say which character, in a sentence', async () => {
    const blank = await call(portico.app, 'POST', '/v1/companies', { token: admin(), body: { name: '  ', type: 'managed' } });
    expect(blank.json()).toMatchObject({ code: 'bad_format', field: 'name', detail: 'The field name must not be blank.' });
    const bidi = await call(portico.app, 'POST', '/v1/companies', { token: admin(), body: { name: 'a\u202Eb', type: 'managed' } });
    expect(bidi.json().detail).toBe('The field name contains U+202E, a control or invisible formatting character that names may not hold.');
    const nul = await call(portico.app, 'GET', '/v1/service-keys/lookup?key=%00', { token: admin() });
    expect(nul.json().detail).toBe('Query parameter key contains U+0000, a control character that is not accepted.');
  });

  it('but accepts letters of every script, punctuation and emoji in names', async () => {
    const name = 'Équinoxe Networks’ 東京 مركز 🚀';
    const response = await call(portico.app, 'POST', '/v1/companies', { token: admin(), body: { name, type: 'managed' } });
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe(name);
  });
});
