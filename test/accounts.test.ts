import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree, makeUser, PASSWORD } from './helpers/factories.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
});
afterAll(() => portico?.close());

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });

describe('login, sessions and the session cookie', () => {
  it('logs in with a cookie and a CSRF token, and /v1/me shows the user, company and permissions', async () => {
    const response = await api('POST', '/v1/auth/login', undefined, { email: tree.partnerAdmin.email.toUpperCase(), password: PASSWORD });
    expect(response.statusCode).toBe(200);
    const cookies = response.cookies as { name: string; value: string; httpOnly?: boolean; sameSite?: string }[];
    const session = cookies.find((c) => c.name === 'portico_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Strict');
    const csrf = response.json().csrfToken as string;

    const me = await call(portico.app, 'GET', '/v1/me', { headers: { cookie: `portico_session=${session.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: tree.partnerAdmin.email }, company: { id: tree.partner.id, type: 'partner' }, role: 'company_admin', csrfToken: csrf });
    expect(me.json().permissions).toContain('users.manage');

    // A cookie-authenticated change without the CSRF header is refused; with it, it goes through.
    const body = { firstName: 'Renamed' };
    const noCsrf = await call(portico.app, 'PATCH', '/v1/me', { body, headers: { cookie: `portico_session=${session.value}` } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf_token_invalid');
    const withCsrf = await call(portico.app, 'PATCH', '/v1/me', { body, headers: { cookie: `portico_session=${session.value}`, 'x-csrf-token': csrf } });
    expect(withCsrf.statusCode).toBe(200);
    expect(withCsrf.json().firstName).toBe('Renamed');

    const logout = await call(portico.app, 'POST', '/v1/auth/logout', { headers: { cookie: `portico_session=${session.value}`, 'x-csrf-token': csrf } });
    expect(logout.statusCode).toBe(204);
    const after = await call(portico.app, 'GET', '/v1/me', { headers: { cookie: `portico_session=${session.value}` } });
    expect(after.statusCode).toBe(401);
  });

  it('answers wrong password and unknown user the same way', async () => {
    const wrong = await api('POST', '/v1/auth/login', undefined, { email: tree.directAdmin.email, password: 'not the password' });
    const unknown = await api('POST', '/v1/auth/login', undefined, { email: 'nobody@nowhere.example', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (b: any) => ({ ...b, requestId: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
  });

  it('throttles failed logins per account, not successful ones', async () => {
    const victim = await makeUser(portico.app, portico.ctx, tree.direct.id, 'read_only', 'direct');
    // Successful logins never count.
    for (let i = 0; i < 8; i++) expect((await api('POST', '/v1/auth/login', undefined, { email: victim.email, password: PASSWORD })).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await api('POST', '/v1/auth/login', undefined, { email: victim.email, password: 'wrong password' })).statusCode).toBe(401);
    const blocked = await api('POST', '/v1/auth/login', undefined, { email: victim.email, password: PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect(blocked.json().code).toBe('too_many_login_attempts');
    // Another account from the same address is not blocked by this one's failures.
    expect((await api('POST', '/v1/auth/login', undefined, { email: tree.directAdmin.email, password: PASSWORD })).statusCode).toBe(200);
  });

  it('changing the password ends the other sessions', async () => {
    const user = await makeUser(portico.app, portico.ctx, tree.direct.id, 'technical_contact', 'direct');
    const other = await login(portico.app, user.email, PASSWORD);
    const changed = await api('POST', '/v1/me/password', user.token, { currentPassword: PASSWORD, newPassword: 'a brand new password' });
    expect(changed.statusCode).toBe(204);
    expect((await api('GET', '/v1/me', other)).statusCode).toBe(401);
    expect((await api('GET', '/v1/me', user.token)).statusCode).toBe(200);
    expect((await api('POST', '/v1/auth/login', undefined, { email: user.email, password: 'a brand new password' })).statusCode).toBe(200);
    const wrong = await api('POST', '/v1/me/password', user.token, { currentPassword: 'nope nope nope', newPassword: 'another new password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().field).toBe('currentPassword');
  });
});

describe('API keys', () => {
  it('are shown once, stored hashed, authenticate, and stop working when revoked', async () => {
    const created = await api('POST', '/v1/api-keys', tree.directAdmin.token, { name: 'automation' });
    expect(created.statusCode).toBe(201);
    const { id, key, prefix } = created.json();
    expect(key.startsWith(prefix)).toBe(true);
    const stored = await portico.ctx.db.kysely.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(key);
    expect(JSON.stringify(stored)).not.toContain(key);

    const listed = await api('GET', '/v1/api-keys', tree.directAdmin.token);
    expect(listed.json().items.find((k: any) => k.id === id)).not.toHaveProperty('key');

    const me = await api('GET', '/v1/me', key);
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(tree.directAdmin.id);

    expect((await api('DELETE', `/v1/api-keys/${id}`, tree.directAdmin.token)).statusCode).toBe(204);
    expect((await api('GET', '/v1/me', key)).statusCode).toBe(401);
  });

  it('are never stronger than their user, and a weaker key acts with its own role', async () => {
    const contact = await makeUser(portico.app, portico.ctx, tree.direct.id, 'technical_contact', 'direct');
    const tooStrong = await api('POST', '/v1/api-keys', contact.token, { name: 'x', role: 'company_admin' });
    expect(tooStrong.statusCode).toBe(403);
    const readOnlyKey = (await api('POST', '/v1/api-keys', tree.directAdmin.token, { name: 'ro', role: 'read_only' })).json().key;
    const me = await api('GET', '/v1/me', readOnlyKey);
    expect(me.json().role).toBe('read_only');
    const denied = await api('POST', `/v1/companies/${tree.direct.id}/users`, readOnlyKey, { email: 'ro-made@test.example', firstName: 'A', lastName: 'B', role: 'read_only' });
    expect(denied.statusCode).toBe(403);
  });

  it('cannot carry an operator-only role outside the operator', async () => {
    const response = await api('POST', '/v1/api-keys', tree.partnerAdmin.token, { name: 'co', role: 'compliance_officer' });
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe('role');
  });

  it("cannot be revoked by someone else (404)", async () => {
    const id = (await api('POST', '/v1/api-keys', tree.directAdmin.token, { name: 'mine' })).json().id;
    expect((await api('DELETE', `/v1/api-keys/${id}`, tree.partnerAdmin.token)).statusCode).toBe(404);
  });
});

describe('tenancy: anything outside the tree is 404', () => {
  it('a partner sees its managed accounts but not another partner’s', async () => {
    const list = await api('GET', '/v1/companies', tree.partnerAdmin.token);
    const ids = list.json().items.map((c: any) => c.id);
    expect(ids).toEqual(expect.arrayContaining([tree.partner.id, tree.managed.id]));
    expect(ids).not.toContain(tree.otherManaged.id);
    expect(ids).not.toContain(tree.direct.id);
    expect((await api('GET', `/v1/companies/${tree.managed.id}`, tree.partnerAdmin.token)).statusCode).toBe(200);
    for (const foreign of [tree.otherManaged.id, tree.otherPartner.id, tree.direct.id, tree.operatorId]) {
      const response = await api('GET', `/v1/companies/${foreign}`, tree.partnerAdmin.token);
      expect(response.statusCode).toBe(404);
      expect((await api('GET', `/v1/companies/${foreign}/users`, tree.partnerAdmin.token)).statusCode).toBe(404);
      expect((await api('PATCH', `/v1/companies/${foreign}`, tree.partnerAdmin.token, { name: 'x' })).statusCode).toBe(404);
    }
  });

  it('a managed account sees the name of its partner', async () => {
    const me = (await api('GET', '/v1/me', tree.managedAdmin.token)).json();
    expect(me.company).toMatchObject({ partnerId: tree.partner.id, partnerName: tree.partner.name });
    // Its profile only when its partner shows it (companyProfile, off by default: docs/partners.md).
    expect((await api('GET', `/v1/companies/${tree.managed.id}`, tree.managedAdmin.token)).json()).toMatchObject({ status: 403, setting: 'companyProfile' });
    await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, { companyProfile: true });
    const company = (await api('GET', `/v1/companies/${tree.managed.id}`, tree.managedAdmin.token)).json();
    expect(company.partnerName).toBe(tree.partner.name);
  });

  it('a managed account and a direct customer see only themselves', async () => {
    for (const [who, own] of [[tree.managedAdmin, tree.managed.id], [tree.directAdmin, tree.direct.id]] as const) {
      const ids = (await api('GET', '/v1/companies', who.token)).json().items.map((c: any) => c.id);
      expect(ids).toEqual([own]);
      expect((await api('GET', `/v1/companies/${tree.partner.id}`, who.token)).statusCode).toBe(404);
    }
  });

  it('the operator sees everyone', async () => {
    for (const id of [tree.partner.id, tree.managed.id, tree.direct.id, tree.otherManaged.id]) {
      expect((await api('GET', `/v1/companies/${id}`, tree.operatorAdmin.token)).statusCode).toBe(200);
    }
  });

  it('each company says whether it may provide and which roles its users may hold, so the portal re-derives neither', async () => {
    const customerRoles = ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only'];
    const expected = [
      [tree.operatorId, false, [...customerRoles, 'compliance_officer']],
      [tree.partner.id, true, customerRoles],
      [tree.direct.id, true, customerRoles],
      [tree.managed.id, false, customerRoles],
    ] as const;
    for (const [id, mayProvide, roles] of expected) {
      const company = (await api('GET', `/v1/companies/${id}`, tree.operatorAdmin.token)).json();
      expect({ mayProvide: company.mayProvide, userRoles: [...company.userRoles].sort() }).toEqual({ mayProvide, userRoles: [...roles].sort() });
    }
  });

  it('users of a foreign company are 404 to read, change and remove', async () => {
    const foreign = await makeUser(portico.app, portico.ctx, tree.otherManaged.id, 'read_only', 'managed');
    expect((await api('GET', `/v1/users/${foreign.id}`, tree.partnerAdmin.token)).statusCode).toBe(404);
    expect((await api('PATCH', `/v1/users/${foreign.id}`, tree.partnerAdmin.token, { firstName: 'X' })).statusCode).toBe(404);
    expect((await api('DELETE', `/v1/users/${foreign.id}`, tree.partnerAdmin.token)).statusCode).toBe(404);
    expect((await api('GET', `/v1/users/${foreign.id}`, tree.otherPartnerAdmin.token)).statusCode).toBe(200);
  });
});

describe('companies and users', () => {
  it('the operator creates partners and direct customers; a partner creates managed accounts under itself', async () => {
    const partner = await api('POST', '/v1/companies', tree.operatorAdmin.token, { name: 'New Partner', type: 'partner' });
    expect(partner.statusCode).toBe(201);
    const managed = await api('POST', '/v1/companies', tree.partnerAdmin.token, { name: 'Kid', type: 'managed', accountRef: 'REF-9' });
    expect(managed.statusCode).toBe(201);
    expect(managed.json()).toMatchObject({ type: 'managed', partnerId: tree.partner.id, accountRef: 'REF-9' });
    expect((await api('POST', '/v1/companies', tree.partnerAdmin.token, { name: 'Nope', type: 'direct' })).statusCode).toBe(403);
    expect((await api('POST', '/v1/companies', tree.directAdmin.token, { name: 'Nope', type: 'managed' })).statusCode).toBe(403);
    const foreignParent = await api('POST', '/v1/companies', tree.partnerAdmin.token, { name: 'Nope', type: 'managed', partnerId: tree.otherPartner.id });
    expect(foreignParent.statusCode).toBe(404);
    const viaOperator = await api('POST', '/v1/companies', tree.operatorAdmin.token, { name: 'Op-made', type: 'managed', partnerId: tree.partner.id });
    expect(viaOperator.json().partnerId).toBe(tree.partner.id);
    expect((await api('POST', '/v1/companies', tree.operatorAdmin.token, { name: 'x', type: 'managed', partnerId: tree.direct.id })).statusCode).toBe(400);
    // One level only: a managed account under a managed account is refused, whoever asks.
    for (const who of [tree.operatorAdmin, tree.partnerAdmin]) {
      const nested = await api('POST', '/v1/companies', who.token, { name: 'Nested', type: 'managed', partnerId: tree.managed.id });
      expect(nested.statusCode).toBe(422);
      expect(nested.json()).toMatchObject({ code: 'managed_cannot_manage', field: 'partnerId' });
    }
    expect((await api('POST', '/v1/companies', tree.managedAdmin.token, { name: 'Nested', type: 'managed' })).statusCode).toBe(403);
  });

  it('a partner admin adds, changes and removes users of its managed account', async () => {
    const created = await api('POST', `/v1/companies/${tree.managed.id}/users`, tree.partnerAdmin.token, {
      email: 'new.user@managed.example', firstName: 'New', lastName: 'User', role: 'technical_contact', language: 'de', password: 'long enough pw',
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({ companyId: tree.managed.id, role: 'technical_contact', language: 'de' });
    const listed = await api('GET', `/v1/companies/${tree.managed.id}/users`, tree.managedAdmin.token);
    expect(listed.json().items.map((u: any) => u.email)).toContain('new.user@managed.example');
    const changed = await api('PATCH', `/v1/users/${user.id}`, tree.partnerAdmin.token, { role: 'read_only' });
    expect(changed.json().role).toBe('read_only');
    const token = await login(portico.app, 'new.user@managed.example', 'long enough pw');
    expect((await api('DELETE', `/v1/users/${user.id}`, tree.partnerAdmin.token)).statusCode).toBe(204);
    expect((await api('GET', '/v1/me', token)).statusCode).toBe(401);
    expect((await api('GET', `/v1/users/${user.id}`, tree.partnerAdmin.token)).statusCode).toBe(404);
  });

  it('only company admins manage users; everyone may change their own profile but not their role', async () => {
    const reader = await makeUser(portico.app, portico.ctx, tree.direct.id, 'read_only', 'direct');
    expect((await api('POST', `/v1/companies/${tree.direct.id}/users`, reader.token, { email: 'x@y.example', firstName: 'X', lastName: 'Y', role: 'read_only' })).statusCode).toBe(403);
    expect((await api('PATCH', `/v1/users/${tree.directAdmin.id}`, reader.token, { firstName: 'Hacked' })).statusCode).toBe(403);
    expect((await api('PATCH', `/v1/users/${reader.id}`, reader.token, { language: 'it' })).json().language).toBe('it');
    expect((await api('PATCH', `/v1/users/${reader.id}`, reader.token, { role: 'company_admin' })).statusCode).toBe(403);
    expect((await api('PATCH', '/v1/me', reader.token, { language: 'de' })).json().language).toBe('de');
  });

  it('never leaves a company without a company admin', async () => {
    const company = (await api('POST', '/v1/companies', tree.partnerAdmin.token, { name: 'Solo', type: 'managed' })).json();
    const admin = (await api('POST', `/v1/companies/${company.id}/users`, tree.partnerAdmin.token, { email: 'solo.admin@test.example', firstName: 'S', lastName: 'A', role: 'company_admin' })).json();
    const demote = await api('PATCH', `/v1/users/${admin.id}`, tree.partnerAdmin.token, { role: 'read_only' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('last_company_admin');
    expect((await api('DELETE', `/v1/users/${admin.id}`, tree.partnerAdmin.token)).statusCode).toBe(409);
  });

  it('refuses compliance officers outside the operator', async () => {
    const response = await api('POST', `/v1/companies/${tree.direct.id}/users`, tree.operatorAdmin.token, { email: 'co@test.example', firstName: 'C', lastName: 'O', role: 'compliance_officer' });
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe('role');
  });
});

describe('audit log', () => {
  it('records every change with actor, before/after and request id, readable by admins in their tree', async () => {
    const company = (await api('POST', '/v1/companies', tree.partnerAdmin.token, { name: 'Audited', type: 'managed' })).json();
    const patch = await call(portico.app, 'PATCH', `/v1/companies/${company.id}`, { token: tree.partnerAdmin.token, body: { name: 'Audited Ltd' }, headers: { 'x-request-id': 'trace-abc-123' } });
    expect(patch.headers['x-request-id']).toBe('trace-abc-123');
    const log = await api('GET', `/v1/audit-events?companyId=${company.id}`, tree.partnerAdmin.token);
    expect(log.statusCode).toBe(200);
    const [updated, created] = log.json().items;
    expect(created).toMatchObject({ action: 'company.created', actorUserId: tree.partnerAdmin.id, actorEmail: tree.partnerAdmin.email, targetId: company.id });
    expect(updated).toMatchObject({ action: 'company.updated', requestId: 'trace-abc-123', before: { name: 'Audited' }, after: { name: 'Audited Ltd' } });

    // The partner's whole-tree view includes its managed accounts; another partner gets 404 for it.
    const all = (await api('GET', '/v1/audit-events?limit=200', tree.partnerAdmin.token)).json().items;
    expect(all.some((e: any) => e.companyId === company.id)).toBe(true);
    expect((await api('GET', `/v1/audit-events?companyId=${company.id}`, tree.otherPartnerAdmin.token)).statusCode).toBe(404);
    const reader = await makeUser(portico.app, portico.ctx, tree.partner.id, 'read_only', 'partner');
    expect((await api('GET', '/v1/audit-events', reader.token)).statusCode).toBe(403);
  });

  it('never stores secrets', async () => {
    await api('POST', '/v1/api-keys', tree.directAdmin.token, { name: 'secret-check' });
    await api('POST', `/v1/companies/${tree.direct.id}/users`, tree.directAdmin.token, { email: 'pw@test.example', firstName: 'P', lastName: 'W', role: 'read_only', password: 'super secret password' });
    const rows = await portico.ctx.db.kysely.selectFrom('audit_events').select(['before', 'after']).execute();
    const text = JSON.stringify(rows);
    expect(text).not.toContain('super secret password');
    expect(text).not.toMatch(/pk_[A-Za-z0-9_-]{40}/);
    expect(text).not.toContain('$argon2id');
  });
});

describe('pagination', () => {
  it('walks a list with cursors without repeats or gaps', async () => {
    for (let i = 0; i < 5; i++) await makeUser(portico.app, portico.ctx, tree.otherPartner.id, 'read_only', 'partner');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await api('GET', `/v1/companies/${tree.otherPartner.id}/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`, tree.otherPartnerAdmin.token)).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u: any) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(6);
    expect(new Set(seen).size).toBe(6);
  });
});
