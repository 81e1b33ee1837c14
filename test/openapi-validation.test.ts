import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';

let portico: TestPortico;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;

beforeAll(async () => {
  portico = await startTestPortico();
  world = await marketplaceWorld(portico);
});
afterAll(() => portico?.close());

const ROLES = '"company_admin", "technical_admin", "technical_contact", "finance", "read_only", "compliance_officer"';
const STATES = '"AWAITING_PARTNER", "AWAITING_APPROVAL", "DEPLOYABLE", "CONFIGURED", "LIVE", "DENIED", "REJECTED", "CANCELLED", "DECOMMISSIONED"';

describe('schema violations answer a sentence that says what is allowed', () => {
  const cases: { name: string; method: string; url: () => string; body?: unknown; raw?: string; field: string; code: string; detail: string }[] = [
    { name: 'enum (body)', method: 'POST', url: () => '/v1/companies', body: { name: 'x', type: 'reseller' }, field: 'type', code: 'not_allowed', detail: 'The field type must be one of "partner", "direct", "managed".' },
    { name: 'enum (role)', method: 'POST', url: () => `/v1/companies/${world.tree.partner.id}/users`, body: { email: 'v@test.example', firstName: 'V', lastName: 'W', role: 'superuser' }, field: 'role', code: 'not_allowed', detail: `The field role must be one of ${ROLES}.` },
    { name: 'enum (query)', method: 'GET', url: () => '/v1/connections?state=ALIVE', field: 'state', code: 'not_allowed', detail: `Query parameter state must be one of ${STATES}.` },
    { name: 'enum in an array', method: 'PUT', url: () => `/v1/companies/${world.providerCompany.id}/marketplace-profile`, body: { title: 'P', description: 'D', services: ['cloud', 'teleportation'], contactEmail: 'p@test.example' }, field: 'services.1', code: 'not_allowed', detail: 'The field services.1 must be one of "cloud", "internet", "security", "storage", "compute", "voice", "content-delivery", "data-centre", "managed-services", "iot".' },
    { name: 'required', method: 'POST', url: () => '/v1/companies', body: { type: 'managed' }, field: 'name', code: 'required', detail: 'The field name is required.' },
    { name: 'nested required', method: 'POST', url: () => '/v1/companies', body: { name: 'x', type: 'managed', billingAddress: { addressLine1: 'a', country: 'DE' } }, field: 'billingAddress.city', code: 'required', detail: 'The field billingAddress.city is required.' },
    { name: 'unknown field', method: 'POST', url: () => '/v1/companies', body: { name: 'x', type: 'managed', color: 'red' }, field: 'color', code: 'unknown_field', detail: 'The field color is not a known field.' },
    { name: 'wrong type', method: 'POST', url: () => '/v1/companies', body: { name: 42, type: 'managed' }, field: 'name', code: 'wrong_type', detail: 'The field name must be a string.' },
    { name: 'body of the wrong type', method: 'POST', url: () => '/v1/companies', raw: '[1,2]', field: 'body', code: 'wrong_type', detail: 'The body must be an object.' },
    { name: 'too long', method: 'POST', url: () => '/v1/companies', body: { name: 'x'.repeat(201), type: 'managed' }, field: 'name', code: 'too_long', detail: 'The field name must be at most 200 characters long.' },
    { name: 'empty', method: 'POST', url: () => '/v1/api-keys', body: { name: '' }, field: 'name', code: 'too_short', detail: 'The field name must not be empty.' },
    { name: 'too short', method: 'POST', url: () => `/v1/companies/${world.tree.partner.id}/users`, body: { email: 'v@test.example', firstName: 'V', lastName: 'W', role: 'finance', password: 'short' }, field: 'password', code: 'too_short', detail: 'The field password must be at least 10 characters long.' },
    { name: 'blank', method: 'POST', url: () => '/v1/companies', body: { name: '   ', type: 'managed' }, field: 'name', code: 'bad_format', detail: 'The field name must not be blank.' },
    { name: 'pattern', method: 'POST', url: () => '/v1/companies', body: { name: 'x', type: 'managed', billingAddress: { addressLine1: 'a', city: 'b', country: 'de' } }, field: 'billingAddress.country', code: 'bad_format', detail: 'The field billingAddress.country must match the pattern ^[A-Z]{2}$.' },
    { name: 'format (path)', method: 'GET', url: () => '/v1/companies/123', field: 'id', code: 'bad_format', detail: 'Path parameter id must be a UUID.' },
    { name: 'format (e-mail)', method: 'POST', url: () => `/v1/companies/${world.tree.partner.id}/users`, body: { email: 'nope', firstName: 'V', lastName: 'W', role: 'finance' }, field: 'email', code: 'bad_format', detail: 'The field email must be an e-mail address.' },
    { name: 'maximum (query)', method: 'GET', url: () => '/v1/companies?limit=1000', field: 'limit', code: 'out_of_range', detail: 'Query parameter limit must be at most 200.' },
    { name: 'minimum', method: 'POST', url: () => '/v1/service-keys', body: { portId: '01890000-0000-7000-8000-000000000000', maxSpeedMbps: 0 }, field: 'maxSpeedMbps', code: 'out_of_range', detail: 'The field maxSpeedMbps must be at least 1.' },
    { name: 'query of the wrong type', method: 'GET', url: () => '/v1/companies?limit=ten', field: 'limit', code: 'wrong_type', detail: 'Query parameter limit must be an integer.' },
    { name: 'empty change', method: 'PATCH', url: () => `/v1/companies/${world.tree.partner.id}`, body: {}, field: 'body', code: 'too_short', detail: 'The body must contain at least 1 field.' },
    { name: 'duplicates', method: 'PUT', url: () => `/v1/companies/${world.providerCompany.id}/marketplace-profile`, body: { title: 'P', description: 'D', services: ['cloud', 'cloud'], contactEmail: 'p@test.example' }, field: 'services', code: 'not_allowed', detail: 'The field services must not list the same value twice (items 0 and 1 are equal).' },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const token = c.url().includes(world.providerCompany.id) || c.url() === '/v1/service-keys' ? world.provider.token : world.tree.partnerAdmin.token;
    const response = await call(portico.app, c.method, c.url(), { token, body: c.raw ?? c.body, headers: c.raw ? { 'content-type': 'application/json' } : {} });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ field: c.field, code: c.code, detail: c.detail });
  });

  it('never answers in ajv’s words', async () => {
    expect(cases.length).toBeGreaterThan(15);
    for (const c of cases) {
      expect(c.detail).toMatch(/^[A-Z][^]*\.$/);
      expect(c.detail).not.toMatch(/must NOT|constant|equal to|allowed values|properties/);
    }
  });
});

describe('service-key creation defaults', () => {
  it('issues a reusable, active key that needs approval when the provider says nothing else', async () => {
    const port = await world.livePort(world.provider.token, 'defaults port');
    const created = await call(portico.app, 'POST', '/v1/service-keys', { token: world.provider.token, body: { portId: port, maxSpeedMbps: 1000 } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ singleUse: false, active: true, preApproved: false, vlan: null });
    // Given values still win over the defaults.
    const chosen = await call(portico.app, 'POST', '/v1/service-keys', { token: world.provider.token, body: { portId: port, maxSpeedMbps: 1000, singleUse: true, vlan: 300, active: false, preApproved: true } });
    expect(chosen.json()).toMatchObject({ singleUse: true, active: false, preApproved: true, vlan: 300 });
  });
});
