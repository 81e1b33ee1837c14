import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico, until } from './helpers/portico.ts';
import { makeTree, makeUser } from './helpers/factories.ts';

// Issue 12, point 8: billing reports of package-days, priced from the price book, checked against
// amounts computed by hand below; and the partner's own organisation in its customer list.

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
let provisioningId: string;

const api = (method: string, url: string, token: string, body?: unknown) => call(portico.app, method, url, { token, body });
const db = () => portico.ctx.db.kysely;
const token = () => tree.partnerAdmin.token;
const at = (iso: string) => new Date(iso);

async function customer(externalId: string, name: string, country: string, packages: { name: string; quantity: number }[], extra: Record<string, unknown> = {}) {
  const created = await api('POST', '/v1/wholesale/customers', token(), {
    provisioningId, externalId, customerInfo: { name, primaryEmail: `admin@${externalId}.example` },
    address: { addressLine1: 'Main street 1', city: 'Town', country }, packages, ...extra,
  });
  expect(created.statusCode).toBe(202);
  const id = created.json().id as string;
  await until(async () => (await api('GET', `/v1/wholesale/customers/${id}`, token())).json(), (c) => c.status === 'provisioned');
  return id;
}

async function subscriber(customerId: string, email: string) {
  const created = await api('POST', '/v1/wholesale/subscribers', token(), { customerId, email, firstName: email.split('@')[0], lastName: 'Test', package: 'meetings' });
  expect(created.statusCode).toBe(201);
  return created.json().id as string;
}

/** Sets a subscriber's package history by hand (the API writes "now"; a report looks back). */
async function history(subscriberId: string, periods: { package: string; start: string; end: string | null }[]) {
  const rows = await db().selectFrom('wholesale_assignments').select(['id', 'package']).where('subscriber_id', '=', subscriberId).orderBy('started_at').orderBy('id').execute();
  expect(rows.map((r) => r.package)).toEqual(periods.map((p) => p.package));
  for (const [i, row] of rows.entries()) {
    await db().updateTable('wholesale_assignments').set({ started_at: at(periods[i]!.start), ended_at: periods[i]!.end ? at(periods[i]!.end!) : null }).where('id', '=', row.id).execute();
  }
}

async function report(type: string, from: string, to: string, as = token()) {
  const requested = await api('POST', '/v1/wholesale/billing-reports', as, { type, from, to });
  expect(requested.statusCode).toBe(202);
  expect(requested.headers.location).toBe(requested.json().url);
  expect(requested.json()).toMatchObject({ status: 'queued', downloadUrl: null, type, from, to });
  const ready = await until(async () => (await api('GET', requested.json().url, as)).json(), (r) => r.status === 'ready' || r.status === 'failed');
  expect(ready.status).toBe('ready');
  const download = await api('GET', ready.downloadUrl, as);
  expect(download.statusCode).toBe(200);
  expect(download.headers['content-type']).toMatch(/^text\/csv/);
  expect(download.headers['content-disposition']).toBe(`attachment; filename="billing-report-${type}-${from}-${to}.csv"`);
  const lines = download.body.trimEnd().split('\r\n');
  expect(ready.rowCount).toBe(lines.length - 1);
  return lines;
}

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
  const template = { name: 'EU', providerAdminEmail: 'ops@northwind.example', country: 'DE', defaultEmailLanguage: 'en', subscription: 'sub-1', authMethod: 'platform' };
  provisioningId = (await api('POST', '/v1/wholesale/onboarding-templates', token(), template)).json().provisioningId;
  // The operator's prices for DE only (minor units): CH has none, so its rows are unpriced.
  const prices = [['meetings', 800], ['suite', 2500], ['attendant_console', 400]].map(([name, monthlyMinor]) => ({ product: 'package', package: name, market: 'DE', currency: 'EUR', monthlyMinor }));
  expect((await api('PUT', '/v1/price-book', tree.operatorAdmin.token, { items: prices })).statusCode).toBe(200);

  // Alpha (DE): alice has meetings from 10 Jan 10:00, suite from 15 Feb 12:00; bob meetings 20 Jan 08:00 to 5 Feb 00:00.
  const alpha = await customer('alpha', 'Alpha Kunde GmbH', 'DE', [{ name: 'meetings', quantity: 5 }, { name: 'suite', quantity: 2 }, { name: 'attendant_console', quantity: 1 }]);
  const alice = await subscriber(alpha, 'alice@alpha.example');
  const hq = (await api('GET', `/v1/wholesale/customers/${alpha}/locations`, token())).json().items[0].id;
  expect((await api('PATCH', `/v1/wholesale/subscribers/${alice}`, token(), { package: 'suite', locationId: hq, extension: '2001' })).statusCode).toBe(200);
  await history(alice, [{ package: 'meetings', start: '2026-01-10T10:00:00Z', end: '2026-02-15T12:00:00Z' }, { package: 'suite', start: '2026-02-15T12:00:00Z', end: null }]);
  const bob = await subscriber(alpha, 'bob@alpha.example');
  expect((await api('DELETE', `/v1/wholesale/subscribers/${bob}`, token())).statusCode).toBe(204);
  await history(bob, [{ package: 'meetings', start: '2026-01-20T08:00:00Z', end: '2026-02-05T00:00:00Z' }]);
  // The attendant console: 1 until 1 Feb 00:00, then 3.
  await db().deleteFrom('wholesale_line_periods').where('customer_id', '=', alpha).where('name', '=', 'attendant_console').execute();
  await db().insertInto('wholesale_line_periods').values([
    { id: '01900000-0000-7000-8000-000000000001', customer_id: alpha, name: 'attendant_console', quantity: 1, started_at: at('2026-01-01T00:00:00Z'), ended_at: at('2026-02-01T00:00:00Z') },
    { id: '01900000-0000-7000-8000-000000000002', customer_id: alpha, name: 'attendant_console', quantity: 3, started_at: at('2026-02-01T00:00:00Z'), ended_at: null },
  ]).execute();

  // Berg (CH, no prices): carol has meetings from 1 Feb.
  const berg = await customer('berg', 'Berg AG', 'CH', [{ name: 'meetings', quantity: 2 }]);
  await history(await subscriber(berg, 'carol@berg.example'), [{ package: 'meetings', start: '2026-02-01T00:00:00Z', end: null }]);
});
afterAll(async () => {
  await portico?.close();
});

// By hand, for 15 Jan – 28 Feb 2026 (January 31 days, February 28):
// alice meetings 15–31 Jan (17 d) + 1–14 Feb (14 d; 15 Feb is suite's): 800×17/31 = 438.71 → 439, 800×14/28 = 400 → 8.39
// alice suite 15–28 Feb (14 d): 2500×14/28 = 1250 → 12.50
// bob meetings 20–31 Jan (12 d) + 1–4 Feb (4 d; ended at 5 Feb 00:00): 800×12/31 = 309.68 → 310, 800×4/28 = 114.29 → 114 → 4.24
// attendant console ×1 15–31 Jan (17 d): 400×17/31 = 219.35 → 219 → 2.19; ×3 1–28 Feb (28 d, 84 package-days): 1200 → 12.00
// carol meetings 1–28 Feb (28 d), CH: no price.
// The full admins' packages started today (December), after the range: not in it.
describe('wholesale billing reports', () => {
  it('the user report: package-days per subscriber and package, add-ons per quantity, amounts as computed by hand', async () => {
    expect(await report('user', '2026-01-15', '2026-02-28')).toEqual([
      'customer_external_id,customer_name,subscriber_email,subscriber_name,package,kind,quantity,first_day,last_day,package_days,market,currency,amount',
      'alpha,Alpha Kunde GmbH,alice@alpha.example,alice Test,meetings,base,1,2026-01-15,2026-02-14,31,DE,EUR,8.39',
      'alpha,Alpha Kunde GmbH,alice@alpha.example,alice Test,suite,base,1,2026-02-15,2026-02-28,14,DE,EUR,12.50',
      'alpha,Alpha Kunde GmbH,bob@alpha.example,bob Test,meetings,base,1,2026-01-20,2026-02-04,16,DE,EUR,4.24',
      'alpha,Alpha Kunde GmbH,,,attendant_console,addon,1,2026-01-15,2026-01-31,17,DE,EUR,2.19',
      'alpha,Alpha Kunde GmbH,,,attendant_console,addon,3,2026-02-01,2026-02-28,84,DE,EUR,12.00',
      'berg,Berg AG,carol@berg.example,carol Test,meetings,base,1,2026-02-01,2026-02-28,28,CH,,',
    ]);
  });

  it('the customer and partner reports add up the user report’s rows', async () => {
    expect(await report('customer', '2026-01-15', '2026-02-28')).toEqual([
      'customer_external_id,customer_name,package,kind,subscribers,package_days,market,currency,amount',
      'alpha,Alpha Kunde GmbH,meetings,base,2,47,DE,EUR,12.63',
      'alpha,Alpha Kunde GmbH,suite,base,1,14,DE,EUR,12.50',
      'alpha,Alpha Kunde GmbH,attendant_console,addon,,101,DE,EUR,14.19',
      'berg,Berg AG,meetings,base,1,28,CH,,',
    ]);
    expect(await report('partner', '2026-01-15', '2026-02-28')).toEqual([
      'package,kind,customers,subscribers,package_days,currency,amount',
      'meetings,base,1,2,47,EUR,12.63',
      'meetings,base,1,1,28,,',
      'suite,base,1,1,14,EUR,12.50',
      'attendant_console,addon,1,,101,EUR,14.19',
    ]);
  });

  it('a range with nothing held is a header only; another partner’s report is 404; finance may, a technical admin may not', async () => {
    expect(await report('user', '2025-01-01', '2025-01-31')).toEqual([
      'customer_external_id,customer_name,subscriber_email,subscriber_name,package,kind,quantity,first_day,last_day,package_days,market,currency,amount',
    ]);
    const finance = await makeUser(portico.app, portico.ctx, tree.partner.id, 'finance', 'partner');
    const lines = await report('partner', '2026-02-01', '2026-02-28', finance.token);
    // February only: alice 14 d (400) and bob 4 d (114).
    expect(lines[1]).toBe('meetings,base,1,2,18,EUR,5.14');
    const mine = (await api('GET', '/v1/wholesale/billing-reports', token())).json();
    expect(mine.items.length).toBe(5);
    expect(mine.items[0].type).toBe('partner'); // newest first
    const other = await api('GET', mine.items[0].url, tree.otherPartnerAdmin.token);
    expect(other.statusCode).toBe(404);
    expect((await api('GET', `${mine.items[0].url}/download`, tree.otherPartnerAdmin.token)).statusCode).toBe(404);
    expect((await api('GET', '/v1/wholesale/billing-reports', tree.otherPartnerAdmin.token)).json().items).toEqual([]);
    const technical = await makeUser(portico.app, portico.ctx, tree.partner.id, 'technical_admin', 'partner');
    expect((await api('POST', '/v1/wholesale/billing-reports', technical.token, { type: 'user', from: '2026-01-01', to: '2026-01-31' })).statusCode).toBe(403);
    expect((await api('GET', mine.items[0].url, tree.operatorAdmin.token)).statusCode).toBe(200);
    // Not ready yet: the download is refused until it is.
    await db().updateTable('wholesale_billing_reports').set({ status: 'generating' }).where('id', '=', mine.items[0].id).execute();
    const early = await api('GET', `${mine.items[0].url}/download`, token());
    expect([early.statusCode, early.json().code, (await api('GET', mine.items[0].url, token())).json().downloadUrl]).toEqual([409, 'report_not_ready', null]);
  });

  it('bad input: each a problem naming its field, and no report made', async () => {
    const count = async () => Number((await db().selectFrom('wholesale_billing_reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ type: 'user', from: '2026-02-30', to: '2026-03-01' }, 400, 'invalid_date', 'from'],
      [{ type: 'user', from: '2026-03-01', to: '2026-02-01' }, 400, 'invalid_range', 'to'],
      [{ type: 'user', from: '2026-01-01', to: tomorrow }, 400, 'to_in_future', 'to'],
      [{ type: 'user', from: '2024-01-01', to: '2025-01-01' }, 400, 'range_too_long', 'to'],
      [{ type: 'invoice', from: '2026-01-01', to: '2026-01-31' }, 400, 'not_allowed', 'type'],
      [{ type: 'user', from: '1 Jan 2026', to: '2026-01-31' }, 400, 'bad_format', 'from'],
      [{ type: 'user', to: '2026-01-31' }, 400, 'required', 'from'],
    ];
    for (const [body, status, code, field] of cases) {
      const response = await api('POST', '/v1/wholesale/billing-reports', token(), body);
      expect({ body, status: response.statusCode, type: response.headers['content-type'] }).toEqual({ body, status, type: 'application/problem+json; charset=utf-8' });
      expect(response.json()).toMatchObject({ code, field });
    }
    expect(await count()).toBe(before);
  });
});

describe('the partner’s own organisation', () => {
  it('is in its customer list as ownOrganisation, one at a time; cancelling keeps the partner’s company', async () => {
    const id = await customer('self', 'Our own subscription', 'DE', [{ name: 'meetings', quantity: 3 }], { ownOrganisation: true });
    const own = (await api('GET', `/v1/wholesale/customers/${id}`, token())).json();
    expect(own).toMatchObject({ ownOrganisation: true, companyId: tree.partner.id, status: 'provisioned' });
    const listed = (await api('GET', '/v1/wholesale/customers?limit=200', token())).json().items.filter((c: { ownOrganisation: boolean }) => c.ownOrganisation);
    expect(listed.map((c: { id: string }) => c.id)).toEqual([id]);
    const second = await api('POST', '/v1/wholesale/customers', token(), {
      provisioningId, externalId: 'self-2', customerInfo: { name: 'Again', primaryEmail: 'again@self.example' }, address: { addressLine1: 'Main street 1', city: 'Town', country: 'DE' },
      packages: [{ name: 'meetings', quantity: 1 }], ownOrganisation: true,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'own_organisation_exists', field: 'ownOrganisation' });
    expect((await api('DELETE', `/v1/wholesale/customers/${id}`, token())).statusCode).toBe(202);
    const gone = await until(async () => (await api('GET', `/v1/wholesale/customers/${id}`, token())).json(), (c) => c.status === 'deprovisioned');
    expect(gone.ownOrganisation).toBe(true);
    const partner = await db().selectFrom('companies').select(['deprovisioned_at']).where('id', '=', tree.partner.id).executeTakeFirstOrThrow();
    expect(partner.deprovisioned_at).toBeNull();
    expect((await api('GET', `/v1/wholesale/customers?status=deprovisioned`, token())).json().items.map((c: { id: string }) => c.id)).toContain(id);
  });
});
