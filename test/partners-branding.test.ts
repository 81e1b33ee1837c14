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

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const full = { displayName: 'Northwind Cloud', logoUrl: 'https://northwind.example/logo.png', primaryColor: '#1A73E8', supportEmail: 'help@northwind.example', supportUrl: 'https://northwind.example/help', supportPhone: '+44 20 7946 0000' };

describe('partner branding', () => {
  it('is the partner’s company name until it sets its own; its managed accounts see the partner’s', async () => {
    const before = await api('GET', `/v1/companies/${tree.partner.id}/branding`, tree.partnerAdmin.token);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ partnerId: tree.partner.id, displayName: tree.partner.name, logoUrl: null, custom: false });

    const saved = await api('PUT', `/v1/companies/${tree.partner.id}/branding`, tree.partnerAdmin.token, full);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ partnerId: tree.partner.id, ...full, primaryColor: '#1a73e8', custom: true });

    const seen = await api('GET', `/v1/companies/${tree.managed.id}/branding`, tree.managedAdmin.token);
    expect(seen.json()).toEqual(saved.json());
    // A PUT replaces: what it leaves out is cleared.
    const replaced = await api('PUT', `/v1/companies/${tree.partner.id}/branding`, tree.operatorAdmin.token, { displayName: 'Northwind' });
    expect(replaced.json()).toMatchObject({ displayName: 'Northwind', logoUrl: null, supportEmail: null, custom: true });
    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select('action').where('action', '=', 'partner_branding.updated').where('target_id', '=', tree.partner.id).execute();
    expect(audit).toHaveLength(2);
  });

  it('only partner and operator admins change it; other trees are 404; a direct customer sees the operator’s and sets none; bad fields are 400 naming them', async () => {
    const managedTry = await api('PUT', `/v1/companies/${tree.partner.id}/branding`, tree.managedAdmin.token, full);
    expect(managedTry.statusCode).toBe(403);
    expect((await api('PUT', `/v1/companies/${tree.otherPartner.id}/branding`, tree.partnerAdmin.token, full)).statusCode).toBe(404);
    expect((await api('GET', `/v1/companies/${tree.otherManaged.id}/branding`, tree.partnerAdmin.token)).statusCode).toBe(404);
    await api('PUT', `/v1/companies/${tree.operatorId}/branding`, tree.operatorAdmin.token, { displayName: 'Portico Networks', supportEmail: 'noc@portico.example' });
    const direct = await api('GET', `/v1/companies/${tree.direct.id}/branding`, tree.directAdmin.token);
    expect(direct.json()).toMatchObject({ partnerId: tree.operatorId, displayName: 'Portico Networks', supportEmail: 'noc@portico.example', custom: true });
    expect((await api('PUT', `/v1/companies/${tree.direct.id}/branding`, tree.directAdmin.token, full)).json()).toMatchObject({ status: 403, capability: 'branding.edit' });
    expect((await api('PUT', `/v1/companies/${tree.direct.id}/branding`, tree.operatorAdmin.token, full)).json()).toMatchObject({ status: 422, code: 'not_a_partner' });
    for (const [field, value] of [['primaryColor', 'blue'], ['logoUrl', 'http://insecure.example/logo.png'], ['supportEmail', 'not an e-mail'], ['displayName', '']] as const) {
      const response = await api('PUT', `/v1/companies/${tree.partner.id}/branding`, tree.partnerAdmin.token, { ...full, [field]: value });
      expect(response.statusCode, field).toBe(400);
      expect(response.json().field, field).toContain(field);
    }
  });
});

describe('the look of a user’s portal (GET /v1/me/branding)', () => {
  it('a managed user sees its partner’s branding, a direct user the operator’s, Portico’s own until one is set', async () => {
    const fresh = await makeTree(portico.app, portico.ctx);
    const look = async (token: string) => (await api('GET', '/v1/me/branding', token)).json();
    await api('PUT', `/v1/companies/${fresh.operatorId}/branding`, fresh.operatorAdmin.token, { displayName: 'Portico' }); // a known start
    expect(await look(fresh.managedAdmin.token)).toMatchObject({ displayName: 'Portico', brandedBy: fresh.operatorId });
    await api('PUT', `/v1/companies/${fresh.partner.id}/branding`, fresh.partnerAdmin.token, { displayName: 'Northwind', primaryColor: '#0F766E', logoUrl: 'https://n.example/l.png' });
    expect(await look(fresh.managedAdmin.token)).toEqual({
      brandedBy: fresh.partner.id, displayName: 'Northwind', primaryColor: '#0f766e', logoUrl: 'https://n.example/l.png', supportEmail: null, supportUrl: null, supportPhone: null,
    });
    expect(await look(fresh.directAdmin.token)).toMatchObject({ brandedBy: fresh.operatorId, displayName: 'Portico' });
    // A partner's own users see the operator's look, not the one they set for their accounts.
    expect(await look(fresh.partnerAdmin.token)).toMatchObject({ brandedBy: fresh.operatorId });
  });
});
