import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree, makeUser } from './helpers/factories.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
});
afterAll(() => portico?.close());

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const me = async (token: string) => (await api('GET', '/v1/me', token)).json();

describe('a partner user acting for a managed account (PUT/DELETE /v1/me/acting-for)', () => {
  it('scopes the session to the account, keeps the user and role, and audits every action as the partner user acting for it', async () => {
    const token = tree.partnerAdmin.token; // a session token from login
    expect((await api('PUT', '/v1/me/acting-for', token, { companyId: tree.managed.id })).statusCode).toBe(204);
    const acting = await me(token);
    expect(acting.user.id).toBe(tree.partnerAdmin.id);
    expect(acting.role).toBe('company_admin');
    expect(acting.company).toMatchObject({ id: tree.managed.id, type: 'managed', partnerId: tree.partner.id });
    expect(acting.actingFrom).toEqual({ companyId: tree.partner.id, name: tree.partner.name });
    // The partner is not bound by the settings it chose for the account (prices, profile: off by default).
    expect(acting.permissions).toEqual(expect.arrayContaining(['prices.view', 'company_profile.edit', 'dashboard.view']));
    expect(acting.permissions).not.toContain('managed_settings.edit'); // a partner's own work waits until it switches back
    // What the product withholds from every managed account stays withheld while acting for one.
    for (const fixed of ['invoices.view', 'billing_markets.view', 'quotes.create', 'marketplace.provide']) expect(acting.permissions).not.toContain(fixed);
    expect((await api('GET', '/v1/invoices', token)).json()).toMatchObject({ status: 403, code: 'managed_setting', setting: 'invoices' });
    // Everything is the account's: its tree is the account alone.
    expect((await api('GET', '/v1/companies', token)).json().items.map((c: { id: string }) => c.id)).toEqual([tree.managed.id]);
    expect((await api('GET', `/v1/companies/${tree.partner.id}`, token)).statusCode).toBe(404);

    const added = await api('POST', `/v1/companies/${tree.managed.id}/users`, token, { email: 'acted@managed.example', firstName: 'Ann', lastName: 'Acted', role: 'read_only' });
    expect(added.statusCode).toBe(201);
    expect((await api('POST', '/v1/api-keys', token, { name: 'nope' })).json()).toMatchObject({ status: 403, code: 'acting_for' });
    expect((await api('PUT', '/v1/me/acting-for', token, { companyId: tree.managed.id })).json()).toMatchObject({ status: 409, code: 'already_acting' });

    expect((await api('DELETE', '/v1/me/acting-for', token)).statusCode).toBe(204);
    const back = await me(token);
    expect(back.company.id).toBe(tree.partner.id);
    expect(back.actingFrom).toBeNull();

    const audit = (await api('GET', `/v1/audit-events?companyId=${tree.managed.id}`, token)).json().items;
    const created = audit.find((e: { action: string }) => e.action === 'user.created');
    expect(created).toMatchObject({ actorUserId: tree.partnerAdmin.id, companyId: tree.managed.id, actingForCompanyId: tree.managed.id });
    expect(audit.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['acting_for.started', 'acting_for.ended']));
  });

  it('only for the partner’s own managed accounts, only in a session, only by a partner’s users', async () => {
    const token = tree.partnerAdmin.token;
    for (const companyId of [tree.otherManaged.id, tree.partner.id, tree.direct.id, tree.otherPartner.id]) {
      expect((await api('PUT', '/v1/me/acting-for', token, { companyId })).json(), companyId).toMatchObject({ status: 404, code: 'company_not_found', field: 'companyId' });
    }
    expect((await api('PUT', '/v1/me/acting-for', token, { companyId: 'not-a-uuid' })).json()).toMatchObject({ status: 400, field: 'companyId' });
    expect((await api('PUT', '/v1/me/acting-for', tree.managedAdmin.token, { companyId: tree.managed.id })).json()).toMatchObject({ status: 403, capability: 'managed_accounts.act_for' });
    expect((await api('PUT', '/v1/me/acting-for', tree.directAdmin.token, { companyId: tree.managed.id })).statusCode).toBe(403);
    const key = (await api('POST', '/v1/api-keys', token, { name: 'integration' })).json().key;
    expect((await api('PUT', '/v1/me/acting-for', key, { companyId: tree.managed.id })).json()).toMatchObject({ status: 400, code: 'session_required' });
    // Another session of the same user is not switched.
    const reader = await makeUser(portico.app, portico.ctx, tree.partner.id, 'read_only', 'partner');
    expect((await api('PUT', '/v1/me/acting-for', reader.token, { companyId: tree.managed.id })).statusCode).toBe(204);
    expect((await me(reader.token)).role).toBe('read_only');
    expect((await api('POST', `/v1/companies/${tree.managed.id}/users`, reader.token, { email: 'x@managed.example', firstName: 'X', lastName: 'Y', role: 'read_only' })).statusCode).toBe(403);
    expect((await me(token)).company.id).toBe(tree.partner.id);
  });
});

describe('a partner lists and searches its managed accounts (GET /v1/companies?q=)', () => {
  it('by part of the name or the account reference, in any case, only in its own tree; % and _ are literal', async () => {
    const make = async (name: string, accountRef: string) =>
      (await api('POST', '/v1/companies', tree.partnerAdmin.token, { type: 'managed', name, accountRef })).json().id as string;
    const acme = await make('Acme Widgets', 'ACC-100');
    const bolt = await make('Bolt 100% Ltd', 'ACC-200');
    await api('POST', '/v1/companies', tree.otherPartnerAdmin.token, { type: 'managed', name: 'Acme Rival', accountRef: 'ACC-101' });
    const search = async (q: string) =>
      (await api('GET', `/v1/companies?q=${encodeURIComponent(q)}`, tree.partnerAdmin.token)).json().items.map((c: { id: string }) => c.id).sort();
    expect(await search('acme')).toEqual([acme]);
    expect(await search('acc-')).toEqual([acme, bolt].sort());
    expect(await search('100%')).toEqual([bolt]);
    expect(await search('_')).toEqual([]);
    expect((await api('GET', `/v1/companies?q=${'x'.repeat(101)}`, tree.partnerAdmin.token)).json()).toMatchObject({ status: 400, field: 'q' });
  });
});
