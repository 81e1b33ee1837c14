import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { operationIdOf } from '../src/platform/http/openapi.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
let portico: TestPortico;
let doc: any;
const operations: { method: string; path: string; op: any }[] = [];

beforeAll(async () => {
  portico = await startTestPortico();
  doc = (await call(portico.app, 'GET', '/openapi.json')).json();
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) operations.push({ method: method.toUpperCase(), path, op });
  }
});
afterAll(() => portico?.close());

const deref = (node: any) => (node?.$ref ? node.$ref.split('/').slice(1).reduce((at: any, key: string) => at[key], doc) : node);

describe('the OpenAPI document', () => {
  it('passes redocly lint (recommended rules, less those docs/decisions.md decides against) with no errors and no warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portico-openapi-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
      const run = await promisify(execFile)(join(repo, 'node_modules/.bin/redocly'), ['lint', join(dir, 'openapi.json'), '--config', join(repo, 'redocly.yaml'), '--format=json'], { cwd: repo })
        .catch((failed: { stdout: string }) => failed);
      const report = JSON.parse(run.stdout);
      expect(report.problems.map((p: any) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('documents every error as application/problem+json with the Problem schema, including 413, 415, 429 and 500', () => {
    expect(operations.length).toBeGreaterThan(50);
    const seen = new Set<string>();
    for (const { method, path, op } of operations) {
      for (const [status, response] of Object.entries<any>(op.responses)) {
        if (Number(status) < 400) continue;
        seen.add(status);
        expect(Object.keys(deref(response).content), `${method} ${path} ${status}`).toEqual(['application/problem+json']);
        expect(deref(response).content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
      }
      expect(op.responses['500'], `${method} ${path}`).toBeDefined();
      if (op.requestBody) expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['400', '413', '415']));
    }
    expect([...seen].sort()).toEqual(['400', '401', '403', '404', '409', '413', '415', '422', '429', '500', '503']);
    expect(deref(doc.paths['/v1/auth/login'].post.responses['429']).headers['Retry-After']).toBeDefined();
    expect(doc.components.schemas.Problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code', 'detail', 'requestId']));
  });

  it('has an operationId, a declared tag and real response descriptions on every operation', () => {
    const declared = new Map<string, string>(doc.tags.map((t: any) => [t.name, t.description]));
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    for (const { method, path, op } of operations) {
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.tags, `${method} ${path}`).toHaveLength(1);
      expect(declared.get(op.tags[0]), `tag ${op.tags[0]}`).toMatch(/\w{3,}/);
      for (const [status, response] of Object.entries<any>(op.responses)) expect(deref(response).description, `${method} ${path} ${status}`).not.toBe('Default Response');
    }
    expect(doc.servers).toEqual([{ url: portico.ctx.config.publicUrl, description: expect.any(String) }]);
  });

  it('derives readable operationIds from the route', () => {
    expect(operationIdOf('GET', '/v1/connections', true)).toBe('listConnections');
    expect(operationIdOf('GET', '/v1/connections/:id')).toBe('getConnection');
    expect(operationIdOf('POST', '/v1/connections')).toBe('createConnection');
    expect(operationIdOf('POST', '/v1/connections/:id/accept')).toBe('acceptConnection');
    expect(operationIdOf('POST', '/v1/speed-changes/:id/withdraw')).toBe('withdrawSpeedChange');
    expect(operationIdOf('POST', '/v1/companies/:id/users')).toBe('createCompanyUser');
    expect(operationIdOf('GET', '/v1/webhooks/:id/deliveries', true)).toBe('listWebhookDeliveries');
    expect(operationIdOf('PUT', '/v1/me/notification-preferences')).toBe('replaceMyNotificationPreferences');
    expect(operationIdOf('DELETE', '/v1/api-keys/:id')).toBe('deleteApiKey');
    // Vite's hashed file names may hold "--" (an empty word): no crash.
    expect(operationIdOf('GET', '/assets/index--x1.js')).toBe('getAssetsIndexX1.js');
  });

  it('declares the headers: Idempotency-Key, X-CSRF-Token, X-Request-Id, Idempotent-Replayed; public routes need no authentication', () => {
    const headerNames = (op: any) => (op.parameters ?? []).filter((p: any) => p.in === 'header').map((p: any) => p.name);
    const byKey = (key: string) => operations.find(({ method, path }) => `${method} ${path}` === key)!.op;
    expect(headerNames(byKey('POST /v1/connections'))).toEqual(expect.arrayContaining(['X-Request-Id', 'Idempotency-Key', 'X-CSRF-Token']));
    expect(headerNames(byKey('POST /v1/connections/{id}/accept'))).not.toContain('Idempotency-Key');
    expect(headerNames(byKey('GET /v1/connections'))).toEqual(['X-Request-Id']);
    expect(byKey('POST /v1/connections').responses['201'].headers).toMatchObject({ 'Idempotent-Replayed': expect.any(Object), 'X-Request-Id': expect.any(Object) });
    for (const key of ['GET /healthz', 'GET /readyz', 'POST /v1/auth/login']) {
      expect(byKey(key).security, key).toEqual([]);
      expect(headerNames(byKey(key)), key).not.toContain('X-CSRF-Token');
    }
    expect(byKey('GET /v1/me').security).toBeUndefined();
    expect(doc.security).toEqual([{ bearer: [] }, { cookie: [] }]);
  });

  it('shows enums, the headquarters address and the health bodies as schemas', () => {
    const schemas = doc.components.schemas;
    expect(schemas.Connection.properties.state).toEqual({ $ref: '#/components/schemas/ConnectionState' });
    expect(schemas.ConnectionState.enum).toEqual(['AWAITING_PARTNER', 'AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE', 'DENIED', 'REJECTED', 'CANCELLED', 'DECOMMISSIONED']);
    expect(schemas.Port.properties.kind).toEqual({ $ref: '#/components/schemas/PortKind' });
    expect(schemas.Port.properties.marketplaceVisibility).toEqual({ $ref: '#/components/schemas/MarketplaceVisibility' });
    expect(schemas.MarketplaceVisibility.enum).toEqual(['public', 'private']);
    expect(schemas.ProviderProfile.properties.hqAddress.anyOf).toEqual([{ $ref: '#/components/schemas/BillingAddress' }, { type: 'null' }]);
    expect(doc.paths['/healthz'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Liveness' });
    expect(doc.paths['/readyz'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Readiness' });
    // Every string property that takes a fixed set of values says which.
    const plainStrings = JSON.stringify(doc).match(/"(state|kind|marketplaceVisibility|status|role|language|side|group|audience)":\{"type":"string"\}/g);
    expect(plainStrings).toBeNull();
  });

  it('gives POST /v1/connections one example per way of ordering, never bEnd and serviceKey together', () => {
    const examples = doc.paths['/v1/connections'].post.requestBody.content['application/json'].examples;
    expect(Object.keys(examples)).toEqual(['toPublicPort', 'withServiceKey']);
    for (const example of Object.values<any>(examples)) expect(Number('bEnd' in example.value) + Number('serviceKey' in example.value)).toBe(1);
  });

  it('declares the service-key defaults it applies', () => {
    const body = doc.paths['/v1/service-keys'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['portId', 'maxSpeedMbps']);
    expect({ singleUse: body.properties.singleUse.default, active: body.properties.active.default, preApproved: body.properties.preApproved.default })
      .toEqual({ singleUse: false, active: true, preApproved: false });
  });
});
