import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree, makeUser, type TestUser } from './helpers/factories.ts';
import { uuidv7 } from '../src/platform/ids.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
let partnerFinance: TestUser;
let directFinance: TestUser;
const frankfurt = uuidv7();
const london = uuidv7();
const paris = uuidv7();
const ids = { directPort: uuidv7(), providerPort: uuidv7(), directVxc: uuidv7(), partnerPort: uuidv7(), managedPort: uuidv7(), managedMcr: uuidv7(), operatorPort: uuidv7(), parisPort: uuidv7() };
const JANUARY = '2026-01';

const db = () => portico.ctx.db.kysely;
const api = (method: string, url: string, token?: string, headers?: Record<string, string>) => call(portico.app, method, url, { token, headers });
const at = (iso: string) => new Date(iso);

async function port(id: string, companyId: string, locationId: string, name: string, speedMbps: number, liveAt: string, decommissionedAt: string | null = null, kind: 'port' | 'mcr' = 'port') {
  await db().insertInto('ports').values({
    id, company_id: companyId, location_id: locationId, kind, name, speed_mbps: speedMbps, marketplace_visibility: 'private',
    provisioning_status: decommissionedAt ? 'DECOMMISSIONED' : 'LIVE', ordered_at: at(liveAt), live_at: at(liveAt), decommissioned_at: decommissionedAt ? at(decommissionedAt) : null,
  }).execute();
}

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
  partnerFinance = await makeUser(portico.app, portico.ctx, tree.partner.id, 'finance', 'partner');
  directFinance = await makeUser(portico.app, portico.ctx, tree.direct.id, 'finance', 'direct');
  await db().updateTable('companies').set({ account_ref: 'NW-1001', name: 'Harbor Retail' }).where('id', '=', tree.managed.id).execute();
  await db().insertInto('locations').values([
    { id: frankfurt, name: 'Invoice Frankfurt', market: 'Frankfurt', country: 'DE', region: 'EMEA', latitude: 50.1, longitude: 8.7 },
    { id: london, name: 'Invoice London', market: 'London', country: 'GB', region: 'EMEA', latitude: 51.5, longitude: -0.1 },
    { id: paris, name: 'Invoice Paris', market: 'Paris', country: 'FR', region: 'EMEA', latitude: 48.9, longitude: 2.4 },
  ]).execute();
  const book = await call(portico.app, 'PUT', '/v1/price-book', {
    token: tree.operatorAdmin.token,
    body: {
      items: [
        { product: 'port', speedMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 45000 },
        { product: 'port', speedMbps: 10000, market: 'DE', currency: 'EUR', monthlyMinor: 120000 },
        { product: 'mcr', speedMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 30000 },
        { product: 'vxc', rateLimitMinMbps: 1, rateLimitMaxMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 20000 },
        { product: 'vxc', rateLimitMinMbps: 1001, rateLimitMaxMbps: 2000, market: 'DE', currency: 'EUR', monthlyMinor: 30000 },
        { product: 'port', speedMbps: 1000, market: 'GB', currency: 'GBP', monthlyMinor: 39000 },
      ],
    },
  });
  expect(book.statusCode).toBe(200);
  // The direct customer: a 10G port all January, and a VXC from it raised from 1000 to 2000 Mbps on 11 January.
  await port(ids.directPort, tree.direct.id, frankfurt, 'Direct FRA 10G', 10000, '2025-12-01T00:00:00Z');
  await port(ids.providerPort, tree.otherPartner.id, frankfurt, 'Provider FRA', 10000, '2026-02-01T00:00:00Z');
  await db().insertInto('connections').values({
    id: ids.directVxc, company_id: tree.direct.id, provider_company_id: tree.otherPartner.id, name: 'Direct transit', rate_limit_mbps: 2000,
    a_port_id: ids.directPort, a_vlan: 100, b_port_id: ids.providerPort, b_vlan: 200, state: 'LIVE', live_at: at('2025-12-01T00:00:00Z'),
  }).execute();
  await db().insertInto('speed_changes').values({
    id: uuidv7(), connection_id: ids.directVxc, from_mbps: 1000, to_mbps: 2000, state: 'APPLIED', decided_at: at('2026-01-11T14:00:00Z'), requested_at: at('2026-01-10T09:00:00Z'),
  }).execute();
  // The partner: its own port in London all month; its managed account a port from 15 January and an MCR decommissioned on 20 January.
  await port(ids.partnerPort, tree.partner.id, london, 'Partner LON', 1000, '2025-10-01T00:00:00Z');
  await port(ids.managedPort, tree.managed.id, frankfurt, 'Harbor FRA', 1000, '2026-01-15T12:00:00Z');
  await port(ids.managedMcr, tree.managed.id, frankfurt, 'Harbor router', 1000, '2025-05-01T00:00:00Z', '2026-01-20T09:00:00Z', 'mcr');
  // The operator's own port is nobody's charge; a port where the book has no price is not charged.
  await port(ids.operatorPort, tree.operatorId, frankfurt, 'Operator FRA', 1000, '2025-01-01T00:00:00Z');
  await port(ids.parisPort, tree.direct.id, paris, 'Direct PAR', 1000, '2025-01-01T00:00:00Z');
});
afterAll(() => portico?.close());

const invoicesOf = (companyId: string) => db().selectFrom('invoices').selectAll().where('company_id', '=', companyId).where('month', '=', JANUARY).execute();

describe('the monthly close', () => {
  it('makes one invoice per paying company, however often it runs (the job twice, then two closes at once)', async () => {
    await portico.ctx.jobs.send(db(), 'billing.close_month', { month: JANUARY });
    await portico.ctx.jobs.send(db(), 'billing.close_month', { month: JANUARY });
    await portico.ctx.jobs.drain();
    const again = await Promise.all([
      portico.services.invoices.closeMonth({ year: 2026, month: 1 }),
      portico.services.invoices.closeMonth({ year: 2026, month: 1 }),
    ]);
    expect(again.map((r) => r.invoices)).toEqual([0, 0]);
    const all = await db().selectFrom('invoices').select(['company_id', 'number']).where('month', '=', JANUARY).execute();
    expect(all.map((i) => i.company_id).sort()).toEqual([tree.direct.id, tree.partner.id].sort());
    expect(all.every((i) => /^INV-202601-\d{6}$/.test(i.number))).toBe(true);
    // Managed accounts, the operator and a company with no charges never get one.
    for (const id of [tree.managed.id, tree.operatorId, tree.otherPartner.id, tree.otherManaged.id]) expect(await invoicesOf(id)).toEqual([]);
    const audit = await db().selectFrom('audit_events').select(['company_id', 'target_id']).where('action', '=', 'invoice.created').execute();
    expect(audit.map((a) => a.company_id).sort()).toEqual([tree.direct.id, tree.partner.id].sort());
    const events = await db().selectFrom('events').select(['company_id', 'payload']).where('type', '=', 'invoice.ready').execute();
    expect(events).toHaveLength(2);
  });

  it('tells the payer’s subscribers that the invoice is ready (financial), never the managed account', async () => {
    await portico.ctx.jobs.drain();
    const invoice = (await invoicesOf(tree.partner.id))[0];
    const feed = (await api('GET', '/v1/notifications', tree.partnerAdmin.token)).json();
    const ready = feed.items.filter((n: any) => n.type === 'financial.invoice_ready');
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ group: 'financial', link: `/invoices/${invoice.id}` });
    expect(ready[0].title).toBe(`Invoice ${invoice.number} for 2026-01 is ready`);
    const managedFeed = (await api('GET', '/v1/notifications', tree.managedAdmin.token)).json();
    expect(managedFeed.items.filter((n: any) => n.type === 'financial.invoice_ready')).toEqual([]);
    const directFeed = (await api('GET', '/v1/notifications', tree.directAdmin.token)).json();
    expect(directFeed.items.filter((n: any) => n.type === 'financial.invoice_ready')).toHaveLength(1);
  });

  it('refuses a month that has not ended', async () => {
    const now = new Date();
    await expect(portico.services.invoices.closeMonth({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 })).rejects.toMatchObject({ code: 'month_not_over' });
  });
});

describe('invoices', () => {
  const directInvoice = async () => (await invoicesOf(tree.direct.id))[0];
  const partnerInvoice = async () => (await invoicesOf(tree.partner.id))[0];

  it('the direct customer’s: its port all month and its VXC split at the speed change (hand-computed)', async () => {
    const invoice = await directInvoice();
    const response = await api('GET', `/v1/invoices/${invoice.id}`, directFinance.token);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ id: invoice.id, number: invoice.number, companyId: tree.direct.id, month: JANUARY, totals: [{ currency: 'EUR', amountMinor: 146775 }] });
    expect(body.lines.map((l: any) => [l.serviceName, l.mbps, l.firstDay, l.lastDay, l.days, l.monthlyMinor, l.amountMinor])).toEqual([
      ['Direct FRA 10G', 10000, 1, 31, 31, 120000, 120000],
      ['Direct transit', 1000, 1, 10, 10, 20000, 6452], // 20000 × 10 / 31 = 6451.61
      ['Direct transit', 2000, 11, 31, 21, 30000, 20323], // 30000 × 21 / 31 = 20322.58
    ]);
    expect(body.accounts).toEqual([{ companyId: tree.direct.id, name: expect.any(String), accountRef: null, totals: [{ currency: 'EUR', amountMinor: 146775 }] }]);
  });

  it('the partner’s: its own lines, then its managed account’s with the account reference (a late start and a decommission)', async () => {
    const invoice = await partnerInvoice();
    const body = (await api('GET', `/v1/invoices/${invoice.id}`, tree.partnerAdmin.token)).json();
    expect(body.totals).toEqual([{ currency: 'GBP', amountMinor: 39000 }, { currency: 'EUR', amountMinor: 44032 }]);
    expect(body.lines.map((l: any) => [l.accountRef, l.product, l.serviceName, l.firstDay, l.lastDay, l.amountMinor, l.currency])).toEqual([
      [null, 'port', 'Partner LON', 1, 31, 39000, 'GBP'],
      ['NW-1001', 'port', 'Harbor FRA', 15, 31, 24677, 'EUR'], // 45000 × 17 / 31 = 24677.42
      ['NW-1001', 'mcr', 'Harbor router', 1, 20, 19355, 'EUR'], // 30000 × 20 / 31 = 19354.84
    ]);
    expect(body.accounts).toEqual([
      { companyId: tree.partner.id, name: expect.any(String), accountRef: null, totals: [{ currency: 'GBP', amountMinor: 39000 }] },
      { companyId: tree.managed.id, name: 'Harbor Retail', accountRef: 'NW-1001', totals: [{ currency: 'EUR', amountMinor: 44032 }] },
    ]);
  });

  it('as CSV with Accept: text/csv, amounts in major units', async () => {
    const invoice = await partnerInvoice();
    const response = await api('GET', `/v1/invoices/${invoice.id}`, partnerFinance.token, { accept: 'text/csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${invoice.number}.csv"`);
    const rows = response.body.trim().split('\r\n');
    expect(rows[0]).toBe('invoice,month,account,account_ref,product,service,service_id,market,currency,mbps,first_day,last_day,days,days_in_month,monthly_price,amount');
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^${invoice.number},2026-01,.+,,port,Partner LON,${ids.partnerPort},GB,GBP,1000,1,31,31,31,390.00,390.00$`)),
      `${invoice.number},2026-01,Harbor Retail,NW-1001,port,Harbor FRA,${ids.managedPort},DE,EUR,1000,15,31,17,31,450.00,246.77`,
      `${invoice.number},2026-01,Harbor Retail,NW-1001,mcr,Harbor router,${ids.managedMcr},DE,EUR,1000,1,20,20,31,300.00,193.55`,
    ]);
    expect((await api('GET', `/v1/invoices/${invoice.id}`, partnerFinance.token, { accept: 'application/json' })).headers['content-type']).toContain('application/json');
  });

  it('lists: a company its own, the operator everyone’s (and by month)', async () => {
    const direct = await api('GET', '/v1/invoices', tree.directAdmin.token);
    expect(direct.statusCode).toBe(200);
    expect(direct.json().items.map((i: any) => i.companyId)).toEqual([tree.direct.id]);
    expect(direct.json().items[0]).toMatchObject({ month: JANUARY, totals: [{ currency: 'EUR', amountMinor: 146775 }] });
    expect((await api('GET', '/v1/invoices', partnerFinance.token)).json().items.map((i: any) => i.companyId)).toEqual([tree.partner.id]);
    const all = (await api('GET', `/v1/invoices?month=${JANUARY}`, tree.operatorAdmin.token)).json().items.map((i: any) => i.companyId);
    expect(all.sort()).toEqual([tree.direct.id, tree.partner.id].sort());
    expect((await api('GET', '/v1/invoices?month=2025-12', tree.operatorAdmin.token)).json().items).toEqual([]);
    expect((await api('GET', `/v1/invoices?companyId=${tree.direct.id}`, tree.operatorAdmin.token)).json().items).toHaveLength(1);
    expect((await api('GET', '/v1/invoices?month=2026-13', tree.operatorAdmin.token)).json()).toMatchObject({ status: 400, field: 'month' });
    expect((await api('GET', `/v1/invoices?companyId=${tree.direct.id}`, tree.partnerAdmin.token)).statusCode).toBe(404);
  });

  it('who may: finance and company admins of the payer and the operator; managed users 403 invoices; others 404', async () => {
    const partner = await partnerInvoice();
    const direct = await directInvoice();
    expect((await api('GET', `/v1/invoices/${partner.id}`, tree.operatorAdmin.token)).statusCode).toBe(200);
    const managedFinance = await makeUser(portico.app, portico.ctx, tree.managed.id, 'finance', 'managed');
    for (const user of [tree.managedAdmin, managedFinance]) {
      for (const url of ['/v1/invoices', `/v1/invoices/${partner.id}`]) {
        const refused = await api('GET', url, user.token);
        expect(refused.statusCode, url).toBe(403);
        expect(refused.json()).toMatchObject({ code: 'managed_setting', setting: 'invoices', capability: 'invoices.view' });
      }
    }
    for (const role of ['technical_admin', 'technical_contact', 'read_only'] as const) {
      const user = await makeUser(portico.app, portico.ctx, tree.direct.id, role, 'direct');
      const refused = await api('GET', `/v1/invoices/${direct.id}`, user.token);
      expect(refused.json(), role).toMatchObject({ status: 403, code: 'capability_required', capability: 'invoices.view' });
    }
    expect((await api('GET', `/v1/invoices/${partner.id}`, tree.otherPartnerAdmin.token)).json()).toMatchObject({ status: 404, code: 'invoice_not_found' });
    expect((await api('GET', `/v1/invoices/${partner.id}`, tree.directAdmin.token)).statusCode).toBe(404);
    expect((await api('GET', `/v1/invoices/${direct.id}`, tree.partnerAdmin.token, { accept: 'text/csv' })).statusCode).toBe(404);
    expect((await api('GET', `/v1/invoices/${uuidv7()}`, tree.operatorAdmin.token)).statusCode).toBe(404);
    expect((await api('GET', '/v1/invoices/nope', tree.operatorAdmin.token)).json()).toMatchObject({ status: 400, field: 'id' });
  });
});

describe('the close schedule', () => {
  it('sends each ended month’s close once, however many workers ask', async () => {
    expect(await portico.services.invoices.scheduleDueClose(at('2026-03-01T00:10:00Z'))).toBe(true);
    expect(await portico.services.invoices.scheduleDueClose(at('2026-03-03T08:00:00Z'))).toBe(false);
    // January was closed above: it is not sent again.
    expect(await portico.services.invoices.scheduleDueClose(at('2026-02-01T00:10:00Z'))).toBe(false);
    await portico.ctx.jobs.drain();
    const months = await db().selectFrom('billing_close_schedule').select(['month', 'closed_at']).where('month', 'in', [JANUARY, '2026-02']).orderBy('month').execute();
    expect(months.map((m) => [m.month, m.closed_at instanceof Date])).toEqual([[JANUARY, true], ['2026-02', true]]);
    const february = await db().selectFrom('invoices').select('company_id').where('month', '=', '2026-02').execute();
    // The provider's port went live on 1 February: its partner pays from then on.
    expect(february.map((i) => i.company_id).sort()).toEqual([tree.direct.id, tree.partner.id, tree.otherPartner.id].sort());
  });
});

describe('this month’s charges (GET /v1/charges/current), what the partner hub lists per account', () => {
  it('per company of the tree: its services this month and what they come to by the month’s end (hand-computed)', async () => {
    const now = new Date();
    const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const partner = (await api('GET', '/v1/charges/current', partnerFinance.token)).json();
    expect(partner.month).toBe(month);
    const byCompany = new Map(partner.items.map((i: { companyId: string }) => [i.companyId, i]));
    // Its own 1G London port: GBP 390.00; its managed account's 1G Frankfurt port: EUR 450.00 (the MCR ended in January).
    const daysInMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
    const fullMonth = { firstDay: 1, lastDay: daysInMonth, days: daysInMonth, daysInMonth };
    expect(byCompany.get(tree.partner.id)).toEqual({
      companyId: tree.partner.id, services: 1, totals: [{ currency: 'GBP', amountMinor: 39000 }],
      lines: [expect.objectContaining({ product: 'port', market: 'GB', currency: 'GBP', mbps: 1000, monthlyMinor: 39000, amountMinor: 39000, ...fullMonth })],
    });
    expect(byCompany.get(tree.managed.id)).toEqual({
      companyId: tree.managed.id, services: 1, totals: [{ currency: 'EUR', amountMinor: 45000 }],
      lines: [expect.objectContaining({ product: 'port', market: 'DE', currency: 'EUR', mbps: 1000, monthlyMinor: 45000, amountMinor: 45000, ...fullMonth })],
    });
    expect([...byCompany.keys()].sort()).toEqual([tree.partner.id, tree.managed.id].sort()); // nobody outside its tree
    // The direct customer: 10G port EUR 1,200.00 + VXC at 2000 Mbps EUR 300.00; its Paris port has no price (counted, not charged).
    const direct = (await api('GET', '/v1/charges/current', directFinance.token)).json();
    expect(direct.items).toMatchObject([{ companyId: tree.direct.id, services: 3, totals: [{ currency: 'EUR', amountMinor: 150000 }] }]);
    expect(direct.items[0].lines.map((l: { product: string; amountMinor: number }) => [l.product, l.amountMinor]).sort()).toEqual([['port', 120000], ['vxc', 30000]]);
    expect((await api('GET', '/v1/charges/current', tree.managedAdmin.token)).json()).toMatchObject({ status: 403, code: 'managed_setting', setting: 'invoices' });
  });
});
