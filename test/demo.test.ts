import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { DEMO_PASSWORD, DEMO_PROVIDER_LOGIN, loadDemoData } from '../src/demo/demo.ts';

let portico: TestPortico;
beforeAll(async () => {
  portico = await startTestPortico({ config: { demo: true } });
});
afterAll(() => portico?.close());

describe('demo data', () => {
  it('has users of every role, 20+ metros, and providers to find in the marketplace', async () => {
    expect(portico.demoLogins!.map((l) => l.role)).toEqual(expect.arrayContaining(['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only', 'compliance_officer']));
    const token = await login(portico.app, 'admin@acme-media.example', DEMO_PASSWORD);
    const locations = (await call(portico.app, 'GET', '/v1/locations', { token })).json().items;
    expect(locations.length).toBeGreaterThanOrEqual(20);
    const companies = (await call(portico.app, 'GET', '/v1/companies', { token: await login(portico.app, 'admin@northwind.example', DEMO_PASSWORD) })).json().items;
    expect(companies.filter((c: any) => c.type === 'managed')).toHaveLength(2);
    const acmePorts = (await call(portico.app, 'GET', '/v1/ports', { token })).json().items;
    const near = acmePorts.find((p: any) => p.name === 'Acme EU edge');
    const [equinoxe] = (await call(portico.app, 'GET', `/v1/marketplace/providers?q=equ&nearPortId=${near.id}`, { token })).json().items;
    expect(equinoxe.title).toBe('Équinoxe Networks');
    expect(equinoxe.ports[0].locationName).toBe('Frankfurt FRA1');
    expect(equinoxe.ports.map((p: any) => p.locationName)).not.toContain('Milan MIL1'); // private
  });

  it('has VXCs in every state, with who and when, and unique VLANs per port', async () => {
    const token = await login(portico.app, 'ops@portico.example', DEMO_PASSWORD);
    const items = (await call(portico.app, 'GET', '/v1/connections?limit=100', { token })).json().items;
    const states = new Set(items.map((c: any) => c.state));
    for (const state of ['AWAITING_PARTNER', 'AWAITING_APPROVAL', 'LIVE', 'DENIED', 'CANCELLED', 'DECOMMISSIONED']) expect(states).toContain(state);
    const denied = items.find((c: any) => c.state === 'DENIED');
    expect(denied.approval.reason).toMatch(/\S/);
    for (const c of items) {
      // Every step of the history is stamped; people decide, the network configures.
      expect(c.history.at(-1).state).toBe(c.state);
      for (const step of c.history) expect(step.at).toBeTruthy();
      if (!['AWAITING_PARTNER', 'AWAITING_APPROVAL'].includes(c.state) && c.approval.state !== 'pre_approved') expect(c.history[1].by).toBeTruthy();
    }
    const open = items.filter((c: any) => !['DENIED', 'CANCELLED', 'DECOMMISSIONED'].includes(c.state));
    const aVlans = open.map((c: any) => `${c.aEnd.portId}/${c.aEnd.vlan}`);
    expect(new Set(aVlans).size).toBe(aVlans.length);
    // A managed account's connection is among them (Harbor Retail, managed by Northwind).
    expect(items.map((c: any) => c.companyName)).toContain('Harbor Retail');
    // A VXC ordered with a pre-approved key on a private port skipped approval and is live.
    const keyed = items.find((c: any) => c.serviceKeyId);
    expect(keyed).toMatchObject({ state: 'LIVE', approval: { state: 'pre_approved' } });
    expect(items.find((c: any) => c.pendingSpeedChange)?.state).toBe('LIVE');
    // Both ends of every accepted VXC have a VLAN.
    const accepted = items.filter((c: any) => ['DEPLOYABLE', 'CONFIGURED', 'LIVE'].includes(c.state));
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.filter((c: any) => c.bEnd.vlan === null).map((c: any) => c.name)).toEqual([]);
  });

  it('tells a believable story: every history runs forward in time, the old ones from months ago, what is provisioned from the last hours', async () => {
    const token = await login(portico.app, 'ops@portico.example', DEMO_PASSWORD);
    const items = (await call(portico.app, 'GET', '/v1/connections?limit=100', { token })).json().items;
    const DAY = 24 * 60 * 60 * 1000;
    for (const c of items) {
      const times = c.history.map((h: any) => Date.parse(h.at));
      expect(times, c.name).toEqual([...times].sort((x, y) => x - y));
    }
    const old = items.find((c: any) => c.name === 'Acme London transit (old)');
    expect(Date.now() - Date.parse(old.history[0].at)).toBeGreaterThan(100 * DAY);
    expect(Date.now() - Date.parse(old.history.at(-1).at)).toBeGreaterThan(7 * DAY);
    const building = items.find((c: any) => c.name === 'Harbor cloud POS');
    expect(Date.now() - Date.parse(building.history[0].at)).toBeLessThan(DAY);
    // The audit log tells the same story: the old VXC's rows are dated when each step happened.
    const { rows } = await portico.ctx.db.query('SELECT action, created_at FROM audit_events WHERE target_id = $1 ORDER BY id', [old.id]);
    expect(rows.map((r: any) => r.action)).toEqual(['connection.requested', 'connection.accepted', 'connection.configure', 'connection.go_live', 'connection.decommissioned']);
    expect(rows.map((r: any) => new Date(r.created_at).toISOString())).toEqual(old.history.map((h: any) => h.at));
  });

  it('shows DEPLOYABLE / CONFIGURED only while it is really provisioned: they go LIVE', async () => {
    await portico.ctx.jobs.drain();
    const token = await login(portico.app, 'ops@portico.example', DEMO_PASSWORD);
    const items = (await call(portico.app, 'GET', '/v1/connections?limit=100', { token })).json().items;
    for (const name of ['Harbor cloud POS', 'Lumen imaging archive']) {
      const vxc = items.find((c: any) => c.name === name);
      expect(vxc, name).toMatchObject({ state: 'LIVE' });
      expect(vxc.history.map((h: any) => h.state)).toEqual(['AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE']);
    }
    const { rows } = await portico.ctx.db.query(`SELECT (SELECT count(*)::int FROM connections WHERE state IN ('DEPLOYABLE', 'CONFIGURED'))
      + (SELECT count(*)::int FROM ports WHERE provisioning_status IN ('DEPLOYABLE', 'CONFIGURED')) AS n`);
    expect(rows[0].n).toBe(0);
  });

  it('has service keys: single-use with a VLAN, multi-use pre-approved, on a private port', async () => {
    const token = await login(portico.app, DEMO_PROVIDER_LOGIN, DEMO_PASSWORD);
    const keys = (await call(portico.app, 'GET', '/v1/service-keys', { token })).json().items;
    const ports = (await call(portico.app, 'GET', '/v1/ports', { token })).json().items;
    const privatePorts = new Set(ports.filter((p: any) => p.marketplaceVisibility === 'private').map((p: any) => p.id));
    expect(keys.find((k: any) => k.singleUse)).toMatchObject({ vlan: expect.any(Number), spentAt: null, active: true });
    const peering = keys.find((k: any) => !k.singleUse && k.preApproved);
    expect(privatePorts.has(peering.portId)).toBe(true);
    expect(peering).toMatchObject({ usedCount: 1, lastUsedAt: expect.any(String) });
    // The single-use key is usable by a customer (its VLAN is free on the provider's port).
    const acme = await login(portico.app, 'admin@acme-media.example', DEMO_PASSWORD);
    const single = keys.find((k: any) => k.singleUse);
    expect((await call(portico.app, 'GET', `/v1/service-keys/lookup?key=${single.key}`, { token: acme })).statusCode).toBe(200);
  });

  it('shows the demo provider admin its pending approvals', async () => {
    const token = await login(portico.app, DEMO_PROVIDER_LOGIN, DEMO_PASSWORD);
    const approvals = (await call(portico.app, 'GET', '/v1/approvals', { token })).json().items;
    const requests = approvals.filter((a: any) => a.kind === 'connection');
    expect(requests.length).toBeGreaterThanOrEqual(2);
    for (const a of requests) expect(a.connection.state).toBe('AWAITING_APPROVAL');
    const speed = approvals.find((a: any) => a.kind === 'speed_change');
    expect(speed).toMatchObject({ speedChange: { state: 'AWAITING_APPROVAL', fromMbps: 1000, toMbps: 2000 }, connection: { state: 'LIVE', rateLimitMbps: 1000 } });
    expect(requests.map((a: any) => a.connection.companyName)).toEqual(expect.arrayContaining(['Blue Fjord Analytics', 'Harbor Retail']));
  });

  it('has Lumen’s order waiting in Northwind’s approval queue, unseen by the provider', async () => {
    const northwind = await login(portico.app, 'admin@northwind.example', DEMO_PASSWORD);
    const queue = (await call(portico.app, 'GET', '/v1/partner-approvals', { token: northwind })).json().items;
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ kind: 'connection', state: 'pending', companyName: 'Lumen Clinics', accountRef: 'NW-1002', summary: { connectionName: 'Lumen DR replica Paris' } });
    const provider = await login(portico.app, DEMO_PROVIDER_LOGIN, DEMO_PASSWORD);
    expect((await call(portico.app, 'GET', `/v1/connections/${queue[0].connectionId}`, { token: provider })).statusCode).toBe(404);
    const lumen = await login(portico.app, 'admin@lumen-clinics.example', DEMO_PASSWORD);
    const held = (await call(portico.app, 'GET', `/v1/connections/${queue[0].connectionId}`, { token: lumen })).json();
    expect(held).toMatchObject({ state: 'AWAITING_PARTNER', approval: { state: 'awaiting_partner' }, partnerApprovals: [{ id: queue[0].id, kind: 'connection' }] });
  });

  it('enables billing markets in some countries only, and every demo port is in one of its owner’s (a managed account: its partner’s)', async () => {
    const northwind = await login(portico.app, 'admin@northwind.example', DEMO_PASSWORD);
    const markets = (await call(portico.app, 'GET', '/v1/billing-markets', { token: northwind })).json().items;
    expect(markets.map((m: any) => m.country)).toEqual(['DE', 'GB', 'IT']);
    const harbor = await login(portico.app, 'admin@harbor-retail.example', DEMO_PASSWORD);
    const locations = (await call(portico.app, 'GET', '/v1/locations', { token: harbor })).json().items;
    const orderable = locations.filter((l: any) => l.orderable).map((l: any) => l.country);
    expect(new Set(orderable)).toEqual(new Set(['DE', 'GB', 'IT']));
    expect(locations.filter((l: any) => !l.orderable).length).toBeGreaterThan(10);
    const { rows } = await portico.ctx.db.query(`
      SELECT p.name FROM ports p JOIN locations l ON l.id = p.location_id JOIN companies c ON c.id = p.company_id
      WHERE NOT EXISTS (SELECT 1 FROM billing_markets m WHERE m.company_id = COALESCE(c.partner_id, c.id) AND m.country = l.country)`);
    expect(rows).toEqual([]);
  });

  it('has a partner whose managed accounts see its branding: one partner-supported with the defaults, one operator-supported with more switched on', async () => {
    const as = async (email: string) => {
      const token = await login(portico.app, email, DEMO_PASSWORD);
      const get = async (url: string) => (await call(portico.app, 'GET', url, { token })).json();
      return { me: await get('/v1/me'), look: await get('/v1/me/branding'), support: await get('/v1/support') };
    };
    const harbor = await as('admin@harbor-retail.example');
    const lumen = await as('admin@lumen-clinics.example');
    for (const account of [harbor, lumen]) expect(account.look).toMatchObject({ displayName: 'Northwind Connect', primaryColor: '#0f766e' });
    expect(harbor.support).toMatchObject({ supportedBy: 'partner', name: 'Northwind Connect', chatUrl: null });
    expect(harbor.me.permissions).not.toEqual(expect.arrayContaining(['dashboard.view']));
    expect(harbor.me.permissions).not.toContain('prices.view');
    expect(lumen.support).toMatchObject({ supportedBy: 'operator', name: 'Portico', chatUrl: 'https://support.portico.example' });
    expect(lumen.me.permissions).toEqual(expect.arrayContaining(['dashboard.view', 'prices.view', 'company_profile.edit', 'support_chat.use']));
    // Everyone else sees the operator's look.
    expect((await as('admin@acme-media.example')).look).toMatchObject({ displayName: 'Portico' });
  });

  it('gives Northwind a wholesale onboarding template with a provisioning id', async () => {
    const northwind = await login(portico.app, 'admin@northwind.example', DEMO_PASSWORD);
    const templates = (await call(portico.app, 'GET', '/v1/wholesale/onboarding-templates', { token: northwind })).json().items;
    expect(templates).toHaveLength(1);
    expect(templates[0]).toMatchObject({ name: 'Northwind Connect UK', country: 'GB', region: 'EMEA', authMethod: 'platform', provisioningId: expect.stringMatching(/^prv_[A-Za-z0-9_-]{24}$/) });
  });

  it('loads again without adding anything', async () => {
    const before = (await portico.ctx.db.query('SELECT (SELECT count(*) FROM companies) AS companies, (SELECT count(*) FROM ports) AS ports, (SELECT count(*) FROM connections) AS connections, (SELECT count(*) FROM service_keys) AS keys, (SELECT count(*) FROM speed_changes) AS speed_changes, (SELECT count(*) FROM billing_markets) AS markets, (SELECT count(*) FROM wholesale_templates) AS templates')).rows[0];
    expect(await loadDemoData(portico.ctx, { onlyIfEmpty: false })).toEqual([]);
    const after = (await portico.ctx.db.query('SELECT (SELECT count(*) FROM companies) AS companies, (SELECT count(*) FROM ports) AS ports, (SELECT count(*) FROM connections) AS connections, (SELECT count(*) FROM service_keys) AS keys, (SELECT count(*) FROM speed_changes) AS speed_changes, (SELECT count(*) FROM billing_markets) AS markets, (SELECT count(*) FROM wholesale_templates) AS templates')).rows[0];
    expect(after).toEqual(before);
  });
});
