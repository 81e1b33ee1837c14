import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';
import { enableMarkets, makeUser, type TestUser } from './helpers/factories.ts';

/**
 * Tenant isolation, walked over every operation of the OpenAPI document: the users of one partner
 * and of its managed account reach nothing of another partner's tree. Every path parameter is
 * filled with each of the other tree's ids; no such call succeeds, and no answer to any call —
 * lists included — carries one of those ids. (The provider in the middle is public marketplace
 * data, not the other tree's.)
 */
let portico: TestPortico;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
 
let doc: { paths: Record<string, Record<string, any>> } & Record<string, any>;
const foreign = new Map<string, string>(); // id → what it is
let otherManagedAdmin: TestUser;

beforeAll(async () => {
  portico = await startTestPortico({ config: { webhookAllowPrivate: true } });
  world = await marketplaceWorld(portico);
  const { tree, api, livePort } = world;
  doc = (await call(portico.app, 'GET', '/openapi.json')).json();
  otherManagedAdmin = await makeUser(portico.app, portico.ctx, tree.otherManaged.id, 'company_admin', 'managed');
  await enableMarkets(portico.ctx, tree.otherPartner.id, ['GB']);
  const providerPort = await livePort(world.provider.token, 'provider public', { marketplaceVisibility: 'public' });

  // The other tree: its companies, users, ports, a VXC waiting in its partner's queue, a webhook, an API key, a billing market, settings, branding, support details.
  const add = (id: string, what: string) => foreign.set(id, what);
  add(tree.otherPartner.id, 'other partner');
  add(tree.otherManaged.id, 'other managed account');
  add(tree.otherPartnerAdmin.id, 'other partner admin');
  add(otherManagedAdmin.id, 'other managed admin');
  const otherPort = await livePort(tree.otherPartnerAdmin.token, 'other partner port');
  add(otherPort, 'other partner port');
  const otherManagedPort = await livePort(otherManagedAdmin.token, 'other managed port');
  add(otherManagedPort, 'other managed port');
  // Its partner approves its orders first: the VXC waits in the other partner's queue.
  await api('PATCH', `/v1/companies/${tree.otherManaged.id}/managed-settings`, tree.otherPartnerAdmin.token, { approvalQueue: true });
  const vxc = await api('POST', '/v1/connections', otherManagedAdmin.token, { name: 'other vxc', rateLimitMbps: 500, aEnd: { portId: otherManagedPort }, bEnd: { portId: providerPort } });
  expect(vxc.statusCode).toBe(201);
  add(vxc.json().id, 'other VXC');
  for (const item of (await api('GET', '/v1/partner-approvals', tree.otherPartnerAdmin.token)).json().items) add(item.id, 'other partner approval');
  const hook = await api('POST', '/v1/webhooks', tree.otherPartnerAdmin.token, { url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] });
  add(hook.json().id, 'other webhook');
  const key = await api('POST', '/v1/api-keys', tree.otherPartnerAdmin.token, { name: 'other key' });
  add(key.json().id, 'other API key');
  const markets = (await api('GET', `/v1/billing-markets?companyId=${tree.otherPartner.id}`, tree.otherPartnerAdmin.token)).json().items;
  for (const market of markets) add(market.id, 'other billing market');
  await api('PATCH', `/v1/companies/${tree.otherManaged.id}/managed-settings`, tree.otherPartnerAdmin.token, { dashboard: true });
  await api('PUT', `/v1/companies/${tree.otherPartner.id}/branding`, tree.otherPartnerAdmin.token, { displayName: 'Other Co' });
  await api('PUT', `/v1/companies/${tree.otherManaged.id}/support-details`, tree.otherPartnerAdmin.token, { nocEmail: 'noc@other.example' });
  expect([...foreign.values()]).toEqual(expect.arrayContaining(['other webhook', 'other API key', 'other billing market', 'other VXC', 'other partner approval']));
}, 120_000);
afterAll(() => portico?.close());

const MISSING = '01890000-0000-7000-8000-000000000000';

/** A body that passes the operation's schema where it can (required fields only), so the id is what is judged. */
 
function sampleOf(node: any): unknown {
  const schema = node?.$ref ? node.$ref.split('/').slice(1).reduce((at: any, key: string) => at[key], doc) : node;  
  if (!schema) return undefined;
  if (schema.anyOf) return sampleOf(schema.anyOf.find((s: { type?: string }) => s.type !== 'null'));
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  switch (schema.type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((key: string) => [key, sampleOf(schema.properties?.[key])]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string': {
      if (schema.format === 'uuid') return MISSING;
      if (schema.format === 'email') return 'probe@example.com';
      if (schema.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
      if (schema.format === 'uri') return 'https://example.com/probe';
      const candidates = ['GB', '#0f766e', '+44 20 7946 0000', 'Probe'];
      if (schema.pattern) return candidates.find((c) => new RegExp(schema.pattern).test(c)) ?? 'probe';
      return 'probe'.padEnd(schema.minLength ?? 1, 'e');
    }
    default:
      return undefined;
  }
}
const leaks = (body: string) => [...foreign.keys()].filter((id) => body.includes(id)).map((id) => foreign.get(id));

const callers = () => [
  ['the partner’s admin', world.tree.partnerAdmin],
  ['its managed account’s admin', world.tree.managedAdmin],
] as const;

describe('isolation between two partners’ trees, over every operation', () => {
  it.each([0, 1])('an operation with another tree’s id in its path answers 404 or as for an id that does not exist (%#: partner, then managed account)', async (index) => {
    const [, who] = callers()[index];
    let calls = 0;
    let judged = 0; // mutations whose sample body passed validation, so the id itself was looked up
    const failures: string[] = [];
    const answer = async (method: string, url: string, body: unknown) => {
      const response = await call(portico.app, method.toUpperCase(), url, { token: who.token, body });
      calls++;
      const problem = response.body ? JSON.parse(response.body) : {};
      return { status: response.statusCode, code: problem.code as string | undefined, body: response.body };
    };
    for (const [template, methods] of Object.entries(doc.paths)) {
      if (!template.startsWith('/v1/') || !template.includes('{')) continue;
      for (const [method, operation] of Object.entries(methods) as [string, any][]) {  
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        const body = schema ? sampleOf(schema) : undefined;
        // What an id that exists nowhere gets: the other tree's ids must get the same, or 404.
        const missing = await answer(method, template.replace(/\{[^}]+\}/g, MISSING), body);
        if (method !== 'get' && missing.status === 404) judged++;
        for (const [id, what] of foreign) {
          const got = await answer(method, template.replace(/\{[^}]+\}/g, id), body);
          const where = `${method.toUpperCase()} ${template} with ${what}`;
          const indistinguishable = got.status === 404 || (got.status === missing.status && got.code === missing.code);
          if (got.status < 400 || !indistinguishable) failures.push(`${where}: ${got.status} ${got.body.slice(0, 160)} (a missing id: ${missing.status} ${missing.code})`);
          const leaked = leaks(got.body);
          if (leaked.length) failures.push(`${where}: body names ${leaked.join(', ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(300); // every templated operation × every foreign id
    expect(judged).toBeGreaterThan(10); // the mutations were judged on their ids, not refused for their bodies
  }, 240_000);

  it.each([0, 1])('no list or read without an id shows another tree’s ids (%#)', async (index) => {
    const [, who] = callers()[index];
    const failures: string[] = [];
    let reads = 0;
    for (const [template, methods] of Object.entries(doc.paths)) {
      if (!template.startsWith('/v1/') || template.includes('{') || !methods.get) continue;
      const response = await call(portico.app, 'GET', template, { token: who.token });
      reads++;
      if (response.statusCode >= 500) failures.push(`GET ${template}: ${response.statusCode}`);
      const leaked = leaks(response.body);
      if (leaked.length) failures.push(`GET ${template}: body names ${leaked.join(', ')}`);
    }
    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(20);
  });

  it('ids of another tree in queries and bodies are 404 too, and change nothing', async () => {
    const { tree } = world;
    const token = tree.partnerAdmin.token;
    const api = (method: string, url: string, body?: unknown) => call(portico.app, method, url, { token, body });
    const refused = [
      await api('GET', `/v1/billing-markets?companyId=${tree.otherPartner.id}`),
      await api('POST', '/v1/billing-markets', { companyId: tree.otherPartner.id, country: 'FR' }),
      await api('GET', `/v1/audit-events?companyId=${tree.otherManaged.id}`),
      await api('POST', '/v1/companies', { type: 'managed', name: 'Stolen', partnerId: tree.otherPartner.id }),
      await api('PUT', '/v1/me/acting-for', { companyId: tree.otherManaged.id }),
      await api('POST', '/v1/connections', { name: 'x', rateLimitMbps: 100, aEnd: { portId: [...foreign].find(([, w]) => w === 'other managed port')![0] }, bEnd: { portId: [...foreign].find(([, w]) => w === 'other partner port')![0] } }),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
    for (const response of refused) expect(leaks(response.body)).toEqual([]);
    // The other tree is as it was.
    const other = (await call(portico.app, 'GET', `/v1/billing-markets?companyId=${tree.otherPartner.id}`, { token: tree.otherPartnerAdmin.token })).json().items;
    expect(other.map((m: { country: string }) => m.country)).toEqual(['GB']);
  });
});
