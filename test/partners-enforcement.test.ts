import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { enableMarkets, makeTree } from './helpers/factories.ts';
import { upsertLocations } from '../src/modules/network/network.repo.ts';
import { uuidv7 } from '../src/platform/ids.ts';

/**
 * PRODUCT.md §4's table, row by row, through the API: what a managed account's admin may do with the
 * product's defaults and with every setting switched on, for both supportedBy values. A refusal is
 * 403 managed_setting naming the row's setting. (Maintenance e-mails going to the partner and
 * security e-mails to the user are checked with real SMTP in notifications-email.test.ts.)
 */
let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
  await api('PUT', `/v1/companies/${tree.partner.id}/branding`, tree.partnerAdmin.token, { displayName: 'Northwind Support', supportUrl: 'https://help.northwind.example', supportEmail: 'help@northwind.example' });
  await api('PUT', `/v1/companies/${tree.operatorId}/branding`, tree.operatorAdmin.token, { displayName: 'Portico', supportUrl: 'https://support.portico.example' });
  await upsertLocations(portico.ctx.db.kysely, [
    { id: london, name: 'LD London', market: 'London', country: 'GB', region: 'EMEA', latitude: 51.5, longitude: -0.1 },
    { id: paris, name: 'PA Paris', market: 'Paris', country: 'FR', region: 'EMEA', latitude: 48.9, longitude: 2.3 },
  ]);
  await enableMarkets(portico.ctx, tree.partner.id, ['GB']); // the partner's market; the account has none of its own
  const book = await api('PUT', '/v1/price-book', tree.operatorAdmin.token, { items: [{ product: 'port', speedMbps: 1000, market: 'GB', currency: 'GBP', monthlyMinor: 45000 }] });
  expect(book.statusCode).toBe(200);
});
const london = uuidv7();
const paris = uuidv7();
afterAll(() => portico?.close());

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });

type SupportedBy = 'partner' | 'operator';
interface Case { supportedBy: SupportedBy; allOn: boolean }
/** What a probe saw: 'ok', or the setting a 403 managed_setting named (anything else fails the test). */
type Seen = 'ok' | `refused:${string}` | string;

async function seen(response: Promise<{ statusCode: number; json: () => any }>): Promise<Seen> {
  const r = await response;
  if (r.statusCode >= 200 && r.statusCode < 300) return 'ok';
  const body = r.json();
  if (r.statusCode === 403 && body.code === 'managed_setting') return `refused:${body.setting}`;
  return `${r.statusCode} ${body.code}`;
}

const admin = () => tree.managedAdmin.token;
const permissions = async (): Promise<string[]> => (await api('GET', '/v1/me', admin())).json().permissions;

/** Each row: how to probe it, and what it must answer for a case. */
const rows: { row: string; probe: () => Promise<Seen | Seen[]>; expected: (c: Case) => Seen | Seen[] }[] = [
  {
    row: 'support chat (off when the partner supports the account, on when the operator does)',
    probe: async () => {
      const entry = (await api('GET', '/v1/support', admin())).json();
      return [entry.supportedBy, entry.chatUrl ?? 'no chat', (await permissions()).includes('support_chat.use') ? 'held' : 'not held'];
    },
    expected: ({ supportedBy, allOn }) => {
      const chat = allOn || supportedBy === 'operator';
      const url = supportedBy === 'partner' ? 'https://help.northwind.example' : 'https://support.portico.example';
      return [supportedBy, chat ? url : 'no chat', chat ? 'held' : 'not held'];
    },
  },
  {
    row: 'company profile (not viewable or editable by default)',
    probe: async () => [
      await seen(api('GET', `/v1/companies/${tree.managed.id}`, admin())),
      await seen(api('PATCH', `/v1/companies/${tree.managed.id}`, admin(), { name: tree.managed.name })),
      (await api('GET', '/v1/me', admin())).json().company.accountRef ?? 'withheld',
    ],
    expected: ({ allOn }) => (allOn ? ['ok', 'ok', 'ACME-1'] : ['refused:companyProfile', 'refused:companyProfile', 'withheld']),
  },
  {
    row: 'billing markets (never visible: the partner’s only)',
    probe: async () => [
      await seen(api('GET', '/v1/billing-markets', admin())),
      await seen(api('POST', '/v1/billing-markets', admin(), { country: 'FR' })),
    ],
    expected: () => ['refused:billingMarkets', 'refused:billingMarkets'],
  },
  {
    row: 'ordering (only at locations where the partner enabled a billing market)',
    probe: async () => {
      const order = (locationId: string) => api('POST', '/v1/ports', admin(), { locationId, name: `edge ${uuidv7()}`, speedMbps: 1000 });
      const outside = (await order(paris)).json();
      const locations = (await api('GET', '/v1/locations', admin())).json().items;
      const orderable = locations.filter((l: { id: string }) => l.id === london || l.id === paris).map((l: { id: string; orderable: boolean }) => [l.id === london ? 'london' : 'paris', l.orderable]);
      return [await seen(order(london)), `${outside.status} ${outside.code}`, ...orderable.sort().map(String)];
    },
    expected: () => ['ok', '422 billing_market_not_enabled', 'london,true', 'paris,false'],
  },
  {
    row: 'dashboard (the partner decides; off by default)',
    probe: () => seen(api('GET', '/v1/connections/summary', admin())),
    expected: ({ allOn }) => (allOn ? 'ok' : 'refused:dashboard'),
  },
  {
    row: 'marketplace profile (never: a managed account is not a provider)',
    probe: () => seen(api('PUT', `/v1/companies/${tree.managed.id}/marketplace-profile`, admin(), { title: 'Acme', description: 'x' })),
    expected: () => 'refused:marketplaceProfile',
  },
  {
    row: 'prices (hidden by default; the partner may show them)',
    probe: async () => [
      (await permissions()).includes('prices.view') ? 'held' : 'not held',
      await seen(api('GET', `/v1/prices?product=port&speedMbps=1000&locationId=${london}`, admin())),
    ],
    expected: ({ allOn }) => (allOn ? ['held', 'ok'] : ['not held', 'refused:showPrices']),
  },
  {
    row: 'quoting tool (no access, whatever the prices setting)',
    probe: () => seen(api('POST', '/v1/quotes', admin(), { product: 'port', speedMbps: 1000, locationId: london })),
    expected: () => 'refused:quotingTool',
  },
  {
    row: 'invoices / payment (never: its charges are invoiced to the partner)',
    probe: () => seen(api('GET', '/v1/invoices', admin())),
    expected: () => 'refused:invoices',
  },
  {
    row: 'technical support details (partner-supported: view only; operator-supported: neither)',
    probe: async () => [
      await seen(api('GET', `/v1/companies/${tree.managed.id}/support-details`, admin())),
      await seen(api('PUT', `/v1/companies/${tree.managed.id}/support-details`, admin(), { nocEmail: 'noc@acme.example' })),
    ],
    expected: ({ supportedBy }) => [supportedBy === 'partner' ? 'ok' : 'refused:supportedBy', 'refused:supportedBy'],
  },
];

const cases: Case[] = [
  { supportedBy: 'partner', allOn: false }, { supportedBy: 'operator', allOn: false },
  { supportedBy: 'partner', allOn: true }, { supportedBy: 'operator', allOn: true },
];

describe.each(cases)('a managed account supported by the $supportedBy, everything switched on: $allOn', (c) => {
  beforeAll(async () => {
    // Back to the product's defaults, then the case's settings (supportChat left to follow supportedBy unless all are on).
    const reset = { dashboard: null, supportChat: null, companyProfile: null, showPrices: null, supportedBy: c.supportedBy, approvalQueue: null };
    const on = c.allOn ? { dashboard: true, supportChat: true, companyProfile: true, showPrices: true } : {};
    const response = await api('PATCH', `/v1/companies/${tree.managed.id}/managed-settings`, tree.partnerAdmin.token, { ...reset, ...on });
    expect(response.statusCode).toBe(200);
    await api('PATCH', `/v1/companies/${tree.managed.id}`, tree.partnerAdmin.token, { accountRef: 'ACME-1' });
  });

  it.each(rows)('$row', async ({ probe, expected }) => {
    expect(await probe()).toEqual(expected(c));
  });

  it('the partner’s own admin is bound by none of it', async () => {
    const own = await api('GET', '/v1/me', tree.partnerAdmin.token);
    expect(own.json().permissions).toEqual(expect.arrayContaining(['prices.view', 'dashboard.view', 'support_chat.use', 'company_profile.edit', 'support_details.edit']));
    expect((await api('GET', `/v1/companies/${tree.managed.id}/support-details`, tree.partnerAdmin.token)).statusCode).toBe(200);
    expect((await api('PUT', `/v1/companies/${tree.managed.id}/support-details`, tree.partnerAdmin.token, { nocEmail: 'noc@northwind.example' })).statusCode).toBe(200);
  });
});
