import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree, makeUser, type TestUser } from './helpers/factories.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
let operatorFinance: TestUser;
let operatorTech: TestUser;

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
  operatorFinance = await makeUser(portico.app, portico.ctx, tree.operatorId, 'finance', 'operator');
  operatorTech = await makeUser(portico.app, portico.ctx, tree.operatorId, 'technical_admin', 'operator');
});
afterAll(() => portico?.close());

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const put = (items: unknown[], token = tree.operatorAdmin.token) => api('PUT', '/v1/price-book', token, { items });

const BOOK = [
  { product: 'port', speedMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 45000 },
  { product: 'port', speedMbps: 10000, market: 'DE', currency: 'EUR', monthlyMinor: 120000 },
  { product: 'mcr', speedMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 30000 },
  { product: 'vxc', rateLimitMinMbps: 1, rateLimitMaxMbps: 100, market: 'DE', currency: 'EUR', monthlyMinor: 5000 },
  { product: 'vxc', rateLimitMinMbps: 101, rateLimitMaxMbps: 1000, market: 'DE', currency: 'EUR', monthlyMinor: 20000 },
  { product: 'package', package: 'suite', market: 'DE', currency: 'EUR', monthlyMinor: 2500 },
  { product: 'port', speedMbps: 1000, market: 'GB', currency: 'GBP', monthlyMinor: 39000 },
  { product: 'vxc', rateLimitMinMbps: 1, rateLimitMaxMbps: 1000, market: 'GB', currency: 'GBP', monthlyMinor: 17000 },
];

describe('the price book', () => {
  it('starts empty; a PUT replaces it whole, GET answers what was written, and the replacement is audited with counts', async () => {
    const empty = await api('GET', '/v1/price-book', tree.operatorAdmin.token);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ items: [], updatedAt: null });

    const first = await put(BOOK);
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toEqual(BOOK);
    expect(first.json().updatedAt).toEqual(expect.any(String));
    expect((await api('GET', '/v1/price-book', tree.operatorAdmin.token)).json().items).toEqual(BOOK);

    // A second PUT replaces: what it leaves out is gone.
    const second = await put(BOOK.slice(0, 2), operatorFinance.token);
    expect(second.statusCode).toBe(200);
    expect((await api('GET', '/v1/price-book', operatorTech.token)).json().items).toEqual(BOOK.slice(0, 2));

    const audit = await portico.ctx.db.kysely.selectFrom('audit_events').select(['action', 'before', 'after', 'actor_user_id', 'company_id'])
      .where('action', '=', 'price_book.replaced').orderBy('id').execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor_user_id: tree.operatorAdmin.id, company_id: tree.operatorId,
      before: { items: 0, markets: 0, byProduct: { port: 0, mcr: 0, vxc: 0, package: 0 } },
      after: { items: 8, markets: 2, byProduct: { port: 3, mcr: 1, vxc: 3, package: 1 } },
    });
    expect(audit[1]).toMatchObject({ actor_user_id: operatorFinance.id, before: { items: 8 }, after: { items: 2, markets: 1, byProduct: { port: 2, mcr: 0, vxc: 0, package: 0 } } });
  });

  it('an empty PUT clears the book', async () => {
    expect((await put([])).json().items).toEqual([]);
    expect((await put(BOOK)).statusCode).toBe(200);
  });

  it('refuses bad input with 400 naming the item’s field, and changes nothing', async () => {
    const good = BOOK[0];
    const cases: [string, unknown[], string, string?][] = [
      ['negative', [good, { ...good, speedMbps: 100000, monthlyMinor: -1 }], 'items.1.monthlyMinor'],
      ['non-integer', [good, { ...good, speedMbps: 100000, monthlyMinor: 12.5 }], 'items.1.monthlyMinor'],
      ['a string amount', [{ ...good, monthlyMinor: '100' }], 'items.0.monthlyMinor'],
      ['unknown currency', [good, { ...good, market: 'FR', currency: 'EUX' }], 'items.1.currency', 'unknown_currency'],
      ['malformed currency', [{ ...good, currency: 'euro' }], 'items.0.currency'],
      ['unknown market', [good, BOOK[1], { ...good, market: 'XX' }], 'items.2.market', 'unknown_market'],
      ['malformed market', [{ ...good, market: 'DEU' }], 'items.0.market'],
      ['a second currency in a market', [good, { ...good, speedMbps: 10000, currency: 'USD' }], 'items.1.currency', 'currency_mismatch'],
      ['overlapping bands', [BOOK[3], { ...BOOK[4], rateLimitMinMbps: 100 }], 'items.1.rateLimitMinMbps', 'overlapping_bands'],
      ['a band inside another', [{ ...BOOK[3], rateLimitMaxMbps: 1000 }, good, { ...BOOK[4], rateLimitMinMbps: 200, rateLimitMaxMbps: 300 }], 'items.2.rateLimitMinMbps', 'overlapping_bands'],
      ['a reversed band', [{ ...BOOK[3], rateLimitMinMbps: 500, rateLimitMaxMbps: 100 }], 'items.0.rateLimitMaxMbps', 'band_reversed'],
      ['a duplicate port', [good, BOOK[1], { ...good, monthlyMinor: 1 }], 'items.2', 'duplicate_item'],
      ['a duplicate band', [BOOK[3], { ...BOOK[3], monthlyMinor: 1 }], 'items.1', 'duplicate_item'],
      ['a duplicate package', [BOOK[5], { ...BOOK[5], package: ' suite ' }], 'items.1', 'duplicate_item'],
      ['a port without speed', [{ product: 'port', market: 'DE', currency: 'EUR', monthlyMinor: 1 }], 'items.0.speedMbps', 'required'],
      ['a vxc with a speed', [{ ...BOOK[3], speedMbps: 1000 }], 'items.0.speedMbps', 'not_allowed'],
      ['a vxc without its maximum', [{ product: 'vxc', rateLimitMinMbps: 1, market: 'DE', currency: 'EUR', monthlyMinor: 1 }], 'items.0.rateLimitMaxMbps', 'required'],
      ['a package without its name', [{ product: 'package', market: 'DE', currency: 'EUR', monthlyMinor: 1 }], 'items.0.package', 'required'],
      ['an unknown product', [{ ...good, product: 'cable' }], 'items.0.product'],
      ['an unknown field', [{ ...good, colour: 'red' }], 'items.0.colour'],
    ];
    for (const [what, items, field, code] of cases) {
      const response = await put(items);
      expect(response.statusCode, what).toBe(400);
      expect(response.headers['content-type'], what).toContain('application/problem+json');
      expect(response.json().field, what).toBe(field);
      if (code) expect(response.json().code, what).toBe(code);
    }
    expect((await api('PUT', '/v1/price-book', tree.operatorAdmin.token, { book: [] })).statusCode).toBe(400);
    expect((await api('GET', '/v1/price-book', tree.operatorAdmin.token)).json().items).toEqual(BOOK);
  });

  it('is the operator’s: others are refused, and only the operator’s admins and finance replace it', async () => {
    const directFinance = await makeUser(portico.app, portico.ctx, tree.direct.id, 'finance', 'direct');
    for (const user of [tree.partnerAdmin, tree.directAdmin, tree.managedAdmin, directFinance]) {
      const read = await api('GET', '/v1/price-book', user.token);
      expect(read.statusCode).toBe(403);
      expect(read.json()).toMatchObject({ code: 'capability_required', capability: 'price_book.view' });
      const write = await put(BOOK, user.token);
      expect(write.statusCode).toBe(403);
      expect(write.json()).toMatchObject({ capability: 'price_book.edit' });
    }
    const tech = await put([], operatorTech.token);
    expect(tech.statusCode).toBe(403);
    expect(tech.json()).toMatchObject({ code: 'capability_required', capability: 'price_book.edit' });
    expect((await api('GET', '/v1/price-book')).statusCode).toBe(401);
    expect((await api('GET', '/v1/price-book', tree.operatorAdmin.token)).json().items).toEqual(BOOK);
  });

  it('two replacements at once: the book is one of them whole, never a mix', async () => {
    const a = BOOK.slice(0, 3);
    const b = BOOK.slice(3);
    const [ra, rb] = await Promise.all([put(a), put(b)]);
    expect([ra.statusCode, rb.statusCode]).toEqual([200, 200]);
    const items = (await api('GET', '/v1/price-book', tree.operatorAdmin.token)).json().items;
    expect([a, b]).toContainEqual(items);
  });
});
