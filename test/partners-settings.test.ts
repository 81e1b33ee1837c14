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
const settingsOf = (id: string, token: string) => api('GET', `/v1/companies/${id}/managed-settings`, token);

describe('managed account settings and partner defaults', () => {
  it('a managed account starts with the product’s defaults, all inherited', async () => {
    const response = await settingsOf(tree.managed.id, tree.partnerAdmin.token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      companyId: tree.managed.id, dashboard: false, supportChat: false, companyProfile: false, showPrices: false, supportedBy: 'partner', approvalQueue: false,
      inherited: ['dashboard', 'supportChat', 'companyProfile', 'showPrices', 'supportedBy', 'approvalQueue'],
    });
  });

  it('the partner’s defaults reach every account that does not set its own; an account’s own value wins until set back to null', async () => {
    const defaults = await api('PATCH', `/v1/companies/${tree.partner.id}/partner-defaults`, tree.partnerAdmin.token, { dashboard: true, supportedBy: 'operator' });
    expect(defaults.statusCode).toBe(200);
    expect(defaults.json()).toMatchObject({ partnerId: tree.partner.id, dashboard: true, supportedBy: 'operator', supportChat: null });
    // Support chat unset follows operator support.
    expect((await settingsOf(tree.managed.id, tree.partnerAdmin.token)).json()).toMatchObject({ dashboard: true, supportedBy: 'operator', supportChat: true });

    const own = await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, { dashboard: false, showPrices: true });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ dashboard: false, showPrices: true, supportedBy: 'operator' });
    expect(own.json().inherited).toEqual(['supportChat', 'companyProfile', 'supportedBy', 'approvalQueue']);

    const back = await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, { dashboard: null });
    expect(back.json()).toMatchObject({ dashboard: true, showPrices: true });
    expect(back.json().inherited).toContain('dashboard');

    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select('action').where('target_id', 'in', [tree.managed.id, tree.partner.id]).where('action', 'like', '%settings%').execute();
    expect(audit.map((a) => a.action)).toEqual(['managed_settings.updated', 'managed_settings.updated']);
    const defaultsAudit = await portico.ctx.db.kysely.selectFrom('audit_events').select('action').where('action', '=', 'partner_defaults.updated').where('target_id', '=', tree.partner.id).execute();
    expect(defaultsAudit).toHaveLength(1);
  });

  it('the managed account’s users see their settings but cannot change them; the operator can', async () => {
    expect((await settingsOf(tree.managed.id, tree.managedAdmin.token)).statusCode).toBe(200);
    const refused = await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.managedAdmin.token, { showPrices: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'capability_required', capability: 'managed_settings.edit' });
    const partnerTech = await makeUser(portico.app, portico.ctx, tree.partner.id, 'technical_admin', 'partner');
    expect((await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, partnerTech.token, { showPrices: true })).statusCode).toBe(403);
    expect((await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.operatorAdmin.token, { approvalQueue: true })).json().approvalQueue).toBe(true);
  });

  it('another partner’s account is 404; a company that is not managed (or not a partner) is 422; bad input is 400 with the field', async () => {
    for (const [method, url] of [['GET', `/v1/companies/${tree.otherManaged.id}/managed-settings`], ['PATCH', `/v1/companies/${tree.otherManaged.id}/managed-settings`], ['GET', `/v1/companies/${tree.otherPartner.id}/partner-defaults`]] as const) {
      const response = await api(method, url, tree.partnerAdmin.token, method === 'PATCH' ? { dashboard: true } : undefined);
      expect(response.statusCode).toBe(404);
    }
    const notManaged = await settingsOf(tree.partner.id, tree.partnerAdmin.token);
    expect(notManaged.statusCode).toBe(422);
    expect(notManaged.json()).toMatchObject({ code: 'not_a_managed_account', field: 'id' });
    expect((await api('GET', `/v1/companies/${tree.managed.id}/partner-defaults`, tree.operatorAdmin.token)).json().code).toBe('not_a_partner');
    const direct = await settingsOf(tree.direct.id, tree.directAdmin.token);
    expect(direct.statusCode).toBe(403);
    for (const body of [{}, { dashboard: 'yes' }, { supportedBy: 'nobody' }, { colour: 'red' }]) {
      const response = await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, body);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('a managed user’s request carries its settings in force: GET /v1/me lists what they allow, from the next request on', async () => {
    const permissions = async () => (await api('GET', '/v1/me', tree.managedAdmin.token)).json().permissions as string[];
    expect(await permissions()).toEqual(expect.arrayContaining(['managed_settings.view', 'prices.view'])); // showPrices set above
    expect(await permissions()).not.toContain('managed_settings.edit');
    await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, { showPrices: false });
    expect(await permissions()).not.toContain('prices.view');
    // The dashboard's data: refused until the partner shows the dashboard (the setting and the capability are named).
    const summary = () => api('GET', '/v1/connections/summary', tree.managedAdmin.token);
    await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, { dashboard: false });
    expect((await summary()).json()).toMatchObject({ status: 403, code: 'managed_setting', setting: 'dashboard', capability: 'dashboard.view' });
    await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, { dashboard: true });
    expect((await summary()).statusCode).toBe(200);
    expect(await permissions()).toContain('dashboard.view');
    // The partner's own users are not bound by their accounts' settings.
    expect((await api('GET', '/v1/me', tree.partnerAdmin.token)).json().permissions).toContain('prices.view');
  });
});
