import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree } from './helpers/factories.ts';
import { createPrincipalCache, principalsChanged, type PrincipalCache } from '../src/modules/accounts/principal-cache.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
const opened: PrincipalCache<unknown>[] = [];

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
});
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await portico?.close();
});

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A cache on the test database and a loader that counts its database look-ups. */
async function cacheWithCounter(options = { ttlMs: 60_000, maxEntries: 100 }) {
  const cache = createPrincipalCache<{ id: string }>(portico.ctx.db, portico.ctx.log, options);
  opened.push(cache);
  const loads = new Map<string, number>();
  const resolve = (digest: string, found = true) =>
    cache.resolve(digest, async () => {
      loads.set(digest, (loads.get(digest) ?? 0) + 1);
      return found ? { id: digest } : undefined;
    });
  await resolve('warm-up');
  await until(() => cache.listening, 'the cache to listen');
  return { cache, loads, resolve };
}

describe('the principal cache', () => {
  it('looks a principal up once, and again after any change notified by the database', async () => {
    const { loads, resolve } = await cacheWithCounter();
    expect(await resolve('a')).toEqual({ id: 'a' });
    expect(await resolve('a')).toEqual({ id: 'a' });
    expect(loads.get('a')).toBe(1);

    // A change written by someone else (here: plain SQL, as an operator's psql would) is notified by the triggers.
    await portico.ctx.db.query(`UPDATE companies SET name = name || ' (renamed)' WHERE id = $1`, [tree.direct.id]);
    await until(async () => (await resolve('a'), loads.get('a')! >= 2), 'the notification to clear the cache');
    expect(loads.get('a')).toBe(2);
    await resolve('a');
    expect(loads.get('a')).toBe(2);

    // This process's own writes clear it at once, without waiting for the notification, and
    // nothing is kept until the notification of that write has come (it commits meanwhile).
    principalsChanged();
    await resolve('a');
    await resolve('a');
    expect(loads.get('a')).toBe(4);
    await portico.ctx.db.query(`NOTIFY portico_principals`);
    await until(async () => {
      const before = loads.get('a')!;
      await resolve('a');
      await resolve('a');
      return loads.get('a')! - before === 1;
    }, 'caching again after the notification');
  });

  it('does not notify for a key merely being used', async () => {
    const { loads, resolve } = await cacheWithCounter();
    await resolve('b');
    await portico.ctx.db.query(`UPDATE api_keys SET last_used_at = now()`);
    await portico.ctx.db.query(`UPDATE users SET first_name = first_name WHERE id = $1`, [tree.directAdmin.id]);
    // The users update is notified after the api_keys one: once it has cleared the cache, both have arrived.
    await until(async () => (await resolve('b'), loads.get('b')! >= 2), 'the users notification');
    await resolve('b');
    expect(loads.get('b')).toBe(2);
  });

  it('never caches an unknown key, a principal loaded across a change, or one older than its lifetime', async () => {
    const { loads, resolve, cache } = await cacheWithCounter({ ttlMs: 200, maxEntries: 2 });
    expect(await resolve('missing', false)).toBeUndefined();
    expect(await resolve('missing', false)).toBeUndefined();
    expect(loads.get('missing')).toBe(2);

    // A change while the look-up runs: its result may be stale, so it is not kept.
    await cache.resolve('racing', async () => {
      cache.clear();
      return { id: 'racing' };
    });
    await resolve('racing');
    expect(loads.get('racing')).toBe(1);

    await resolve('old');
    await new Promise((r) => setTimeout(r, 250));
    await resolve('old');
    expect(loads.get('old')).toBe(2);

    // At most maxEntries: the oldest goes first.
    await resolve('x');
    await resolve('y');
    await resolve('z');
    await resolve('y');
    await resolve('x');
    expect([loads.get('x'), loads.get('y'), loads.get('z')]).toEqual([2, 1, 1]);
  });

  it('serves every request correctly when its notification connection dies, and listens again', async () => {
    const { cache, loads, resolve } = await cacheWithCounter();
    await resolve('c');
    if (portico.ctx.db.kind === 'postgres') {
      const killed = await portico.ctx.db.query(`SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN portico_principals'`);
      expect(killed.rows.length).toBeGreaterThan(0);
      await until(() => !cache.listening, 'the cache to notice');
      // Not listening: every request looks up.
      await resolve('c');
      await resolve('c');
      expect(loads.get('c')).toBe(3);
      await new Promise((r) => setTimeout(r, 1_100));
    }
    // PGlite is one process and session: its listener cannot be cut off, so only this part applies.
    await resolve('c');
    await until(() => cache.listening, 'the cache to listen again');
    await resolve('d');
    await resolve('d');
    expect(loads.get('d')).toBe(1);
  });
});

describe('the principal cache switched off', () => {
  it('looks every principal up and opens no listening connection (PORTICO_API_KEY_CACHE_SECONDS=0)', async () => {
    const cache = createPrincipalCache<{ id: string }>(portico.ctx.db, portico.ctx.log, { ttlMs: 0, maxEntries: 100 });
    opened.push(cache);
    let loads = 0;
    for (let i = 0; i < 3; i++) await cache.resolve('off', async () => (loads++, { id: 'off' }));
    expect(loads).toBe(3);
    expect(cache.listening).toBe(false);
  });
});

describe('API keys through the cache', () => {
  it('stop working at once when revoked, their user removed, or changed by another process', async () => {
    const create = async (name: string) => (await api('POST', '/v1/api-keys', tree.directAdmin.token, { name })).json() as { id: string; key: string };
    const revoked = await create('revoked');
    const renamed = await create('renamed');
    for (let i = 0; i < 3; i++) expect((await api('GET', '/v1/me', revoked.key)).statusCode).toBe(200);
    expect((await api('DELETE', `/v1/api-keys/${revoked.id}`, tree.directAdmin.token)).statusCode).toBe(204);
    expect((await api('GET', '/v1/me', revoked.key)).statusCode).toBe(401);

    // Another process renames the company: the next requests show the new name, not a cached one.
    expect((await api('GET', '/v1/me', renamed.key)).statusCode).toBe(200);
    await portico.ctx.db.query(`UPDATE companies SET name = 'Renamed Elsewhere GmbH' WHERE id = $1`, [tree.direct.id]);
    await until(async () => (await api('GET', '/v1/me', renamed.key)).json().company.name === 'Renamed Elsewhere GmbH', 'the new name');

    // And when the key's owner is removed, the key goes with them.
    const member = await api('POST', `/v1/companies/${tree.direct.id}/users`, tree.directAdmin.token, { email: 'cached-key-owner@test.example', firstName: 'Key', lastName: 'Owner', role: 'company_admin' });
    expect(member.statusCode).toBe(201);
    const memberKey = await portico.services.auth.createApiKey(
      { userId: member.json().id, email: 'cached-key-owner@test.example', companyId: tree.direct.id, companyType: 'direct', partnerId: null, role: 'company_admin', via: 'session', requestId: 't' },
      { name: 'owner' },
    );
    expect((await api('GET', '/v1/me', memberKey.key)).statusCode).toBe(200);
    expect((await api('DELETE', `/v1/users/${member.json().id}`, tree.directAdmin.token)).statusCode).toBe(204);
    expect((await api('GET', '/v1/me', memberKey.key)).statusCode).toBe(401);
  });
});
