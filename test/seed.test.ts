import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { seedCompany, seedUser } from '../src/modules/accounts/index.ts';
import { seedLocations, seedPort } from '../src/modules/network/index.ts';
import { seedConnection } from '../src/modules/connections/index.ts';
import { seedServiceKey } from '../src/modules/marketplace/index.ts';
import { seedBillingMarkets } from '../src/modules/partners/index.ts';
import type { Actor } from '../src/platform/actor.ts';
import type { Tx } from '../src/platform/db/db.ts';

// The seed commands the demo data is made with, where the demo itself does not reach: things still
// being provisioned, and the rules a seed is held to.
let portico: TestPortico;
let customer: Actor;
let provider: Actor;
let location: string;
beforeAll(async () => {
  portico = await startTestPortico();
  await portico.ctx.db.kysely.transaction().execute(async (trx) => {
    const person = (companyId: string, email: string) =>
      seedUser(portico.ctx, trx, { companyId, companyType: 'direct', email, firstName: 'Seed', lastName: 'User', role: 'company_admin', language: 'en', passwordHash: null });
    const company = (name: string, email: string) => seedCompany(portico.ctx, trx, { type: 'direct', name, partnerId: null, accountRef: null, billingAddress: null }, { userEmail: email });
    customer = (await person((await company('Seed Customer', 'c@seed.example')).id, 'c@seed.example')).actor;
    provider = (await person((await company('Seed Provider', 'p@seed.example')).id, 'p@seed.example')).actor;
    location = (await seedLocations(trx, [{ name: 'Seed Town', market: 'Seed', country: 'GB', region: 'EMEA', latitude: 51, longitude: 0 }])).get('Seed Town')!;
    for (const actor of [customer, provider]) await seedBillingMarkets(trx, actor, actor.companyId, ['GB']);
  });
});
afterAll(() => portico?.close());

const inTx = <T>(work: (trx: Tx) => Promise<T>) => portico.ctx.db.kysely.transaction().execute(work);

const port = (name: string, by: Actor, state: 'DEPLOYABLE' | 'CONFIGURED' | 'LIVE') =>
  inTx((trx) => seedPort(portico.ctx, trx, { companyId: by.companyId, locationId: location, name, speedMbps: 10000, visibility: 'public', orderedBy: by, state }));

const statusOf = async (table: 'ports' | 'connections', id: string) => {
  const column = table === 'ports' ? 'provisioning_status' : 'state';
  return (await portico.ctx.db.query(`SELECT ${column} AS s FROM ${table} WHERE id = $1`, [id])).rows[0].s;
};

describe('seed commands', () => {
  it('finds a user and a company again instead of adding them twice', async () => {
    const again = await inTx((trx) => seedUser(portico.ctx, trx, { companyId: customer.companyId, companyType: 'direct', email: 'C@seed.example', firstName: 'x', lastName: 'y', role: 'read_only', language: 'en', passwordHash: null }));
    expect(again).toMatchObject({ created: false, actor: { userId: customer.userId, companyId: customer.companyId, role: 'company_admin' } });
    const company = await inTx((trx) => seedCompany(portico.ctx, trx, { type: 'direct', name: 'Other name', partnerId: null, accountRef: null, billingAddress: null }, { userEmail: 'c@seed.example' }));
    expect(company).toEqual({ id: customer.companyId, created: false });
  });

  it('a port seeded while still provisioned is taken on to LIVE by the network, with the audit rows of each step', async () => {
    const seeded = await port('Seed port building', customer, 'DEPLOYABLE');
    expect(seeded.created).toBe(true);
    expect(await statusOf('ports', seeded.id)).toBe('DEPLOYABLE');
    await portico.ctx.jobs.drain();
    expect(await statusOf('ports', seeded.id)).toBe('LIVE');
    const { rows } = await portico.ctx.db.query('SELECT action, actor_user_id FROM audit_events WHERE target_id = $1 ORDER BY id', [seeded.id]);
    expect(rows).toEqual([
      { action: 'port.ordered', actor_user_id: customer.userId }, { action: 'port.configure', actor_user_id: null }, { action: 'port.go_live', actor_user_id: null },
    ]);
    expect(await port('Seed port building', customer, 'LIVE')).toMatchObject({ id: seeded.id, created: false });
  });

  it('refuses a port outside the company’s billing markets, writing nothing', async () => {
    const elsewhere = (await inTx((trx) => seedLocations(trx, [{ name: 'Seed Ville', market: 'Seed', country: 'FR', region: 'EMEA', latitude: 48, longitude: 2 }]))).get('Seed Ville')!;
    const seed = inTx((trx) => seedPort(portico.ctx, trx, { companyId: customer.companyId, locationId: elsewhere, name: 'Seed abroad', speedMbps: 10000, visibility: 'public', orderedBy: customer, state: 'LIVE' }));
    await expect(seed).rejects.toThrow(/no billing market in FR/);
    expect((await portico.ctx.db.query('SELECT count(*)::int AS n FROM ports WHERE name = $1', ['Seed abroad'])).rows[0].n).toBe(0);
  });

  it('a connection seeded CONFIGURED goes LIVE; its VLANs are the lowest free, the B-end from the one asked for', async () => {
    const a = await port('Seed A', customer, 'LIVE');
    const b = await port('Seed B', provider, 'LIVE');
    const seed = (name: string, state: 'CONFIGURED' | 'LIVE') =>
      inTx((trx) => seedConnection(portico.ctx, trx, { name, rateLimitMbps: 100, aPortId: a.id, bPortId: b.id, state, orderedBy: customer, decidedBy: provider, bEndVlan: 300 }));
    const first = await seed('Seed VXC 1', 'LIVE');
    const second = await seed('Seed VXC 2', 'CONFIGURED');
    expect(await statusOf('connections', second)).toBe('CONFIGURED');
    await portico.ctx.jobs.drain();
    const { rows } = await portico.ctx.db.query('SELECT id, state, a_vlan, b_vlan, accepted_by FROM connections WHERE id = ANY($1) ORDER BY id', [[first, second]]);
    expect(rows).toEqual([
      { id: first, state: 'LIVE', a_vlan: 2, b_vlan: 300, accepted_by: provider.userId },
      { id: second, state: 'LIVE', a_vlan: 3, b_vlan: 301, accepted_by: provider.userId },
    ]);
  });

  it('refuses a history the state machine does not allow, and a raise of a connection that is not LIVE, writing nothing', async () => {
    const a = await port('Seed A', customer, 'LIVE');
    const b = await port('Seed B', provider, 'LIVE');
    const before = (await portico.ctx.db.query('SELECT count(*)::int AS n FROM connections')).rows[0].n;
    const base = { rateLimitMbps: 100, aPortId: a.id, bPortId: b.id, orderedBy: customer, decidedBy: provider };
    const key = await inTx((trx) => seedServiceKey(trx, provider, { portId: b.id, singleUse: false, maxSpeedMbps: 1000, active: true, preApproved: true }));
    await expect(inTx((trx) => seedConnection(portico.ctx, trx, { ...base, name: 'Keyed, then denied', serviceKey: key, state: 'DENIED' }))).rejects.toThrow(/cannot get from DEPLOYABLE to DENIED/);
    await expect(inTx((trx) => seedConnection(portico.ctx, trx, { ...base, name: 'Raise while waiting', state: 'AWAITING_APPROVAL', speedUp: { toMbps: 200 } }))).rejects.toThrow(/LIVE/);
    expect((await portico.ctx.db.query('SELECT count(*)::int AS n FROM connections')).rows[0].n).toBe(before);
  });
});
