import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeCompany, makeUser, PASSWORD } from './helpers/factories.ts';

// Real HTTP over sockets: a burst arrives as concurrent requests, not one after another.
let portico: TestPortico;
let base: string;

beforeAll(async () => {
  portico = await startTestPortico();
  await portico.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(portico.app.server.address() as AddressInfo).port}`;
});
afterAll(() => portico?.close());
// Every test starts from a clean slate for the one client address all requests come from.
beforeEach(() => portico.ctx.db.kysely.deleteFrom('login_failures').execute());

async function attempt(email: string, password: string) {
  const response = await fetch(`${base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
}

function countStatuses(responses: { status: number }[]) {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/** Moves an account's counted failures back in time, as if the minutes had passed. */
function age(email: string, minutes: number) {
  return sql`UPDATE login_failures SET created_at = created_at - make_interval(mins => ${minutes}::int) WHERE email = ${email}`.execute(portico.ctx.db.kysely);
}

describe('the login throttle holds under a burst', () => {
  it('25 concurrent wrong passwords for one account: exactly 5 × 401, the rest 429', async () => {
    const company = await makeCompany(portico.ctx, 'direct');
    const victim = await makeUser(portico.app, portico.ctx, company.id, 'read_only', 'direct');
    const responses = await Promise.all(Array.from({ length: 25 }, () => attempt(victim.email, 'wrong password')));
    expect(countStatuses(responses)).toEqual({ 401: 5, 429: 20 });
    for (const r of responses.filter((r) => r.status === 429)) {
      expect(r.type).toMatch(/^application\/problem\+json/);
      expect(r.body.code).toBe('too_many_login_attempts');
      // The window is 15 minutes and the oldest failure is a few seconds old (on a busy machine).
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(870);
      expect(Number(r.retryAfter)).toBeLessThanOrEqual(900);
    }
    // Locked means locked, also for the right password.
    expect((await attempt(victim.email, PASSWORD)).status).toBe(429);
  });

  it('Retry-After says how long the lock really has left, and the lock lifts then', async () => {
    const company = await makeCompany(portico.ctx, 'direct');
    const victim = await makeUser(portico.app, portico.ctx, company.id, 'read_only', 'direct');
    for (let i = 0; i < 5; i++) expect((await attempt(victim.email, 'wrong password')).status).toBe(401);
    await age(victim.email, 10);
    const locked = await attempt(victim.email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBeGreaterThanOrEqual(270);
    expect(Number(locked.retryAfter)).toBeLessThanOrEqual(300);
    expect(locked.body.retryAfterSeconds).toBe(Number(locked.retryAfter));
    expect(locked.body.detail).toBe('Too many failed logins. Try again in 5 minutes.');
    await age(victim.email, 5);
    expect((await attempt(victim.email, PASSWORD)).status).toBe(200);
  });

  it('100 concurrent wrong logins from one address: exactly 30 × 401, the rest 429', async () => {
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => attempt(`nobody-${i}@nowhere.example`, 'wrong password')));
    expect(countStatuses(responses)).toEqual({ 401: 30, 429: 70 });
    const retryAfter = responses.filter((r) => r.status === 429).map((r) => Number(r.retryAfter));
    expect(Math.min(...retryAfter)).toBeGreaterThanOrEqual(870);
    expect(Math.max(...retryAfter)).toBeLessThanOrEqual(900);
  }, 90_000); // 30 argon2 checks on a machine shared with other test runs

  it('a success in a burst counts as no failure: the account keeps its full allowance', async () => {
    const company = await makeCompany(portico.ctx, 'direct');
    const user = await makeUser(portico.app, portico.ctx, company.id, 'read_only', 'direct');
    const responses = await Promise.all(Array.from({ length: 4 }, () => attempt(user.email, PASSWORD)));
    expect(countStatuses(responses)).toEqual({ 200: 4 });
    const failures = await Promise.all(Array.from({ length: 7 }, () => attempt(user.email, 'wrong password')));
    expect(countStatuses(failures)).toEqual({ 401: 5, 429: 2 });
  });
});
