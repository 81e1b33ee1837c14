import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { enableMarkets, makeCompany, makeUser, type TestUser } from './helpers/factories.ts';
import { address, complianceWorld, DAY, SCREENING_DATA as data, SYSTEM, type ComplianceWorld } from './helpers/compliance.ts';
import { readListSource } from '../src/modules/compliance/index.ts';
import { uuidv7 } from '../src/platform/ids.ts';

let portico: TestPortico;
let world: ComplianceWorld;
let tree: ComplianceWorld['tree'];
let officer: TestUser;
let location: string;

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const settle = () => portico.ctx.jobs.drain(30_000);

beforeAll(async () => {
  portico = await startTestPortico();
  world = await complianceWorld(portico);
  ({ tree, officer, location } = world);
});
afterAll(() => portico?.close());

describe('background checks', () => {
  it('a new customer is pending when created (never waiting for the check), then clear', async () => {
    const created = await world.createDirect('Acme Networks GmbH', address('Hauptstraße 1', 'Berlin', 'DE'));
    expect(created.compliance).toEqual({ status: 'pending', checkedAt: null });
    await settle();
    const page = await world.compliance(created.id);
    expect(page).toMatchObject({ status: 'clear', checkedAt: expect.any(String) });
    expect(page.history.map((h: { status: string; reason: string }) => [h.status, h.reason])).toEqual([['clear', 'no_match']]);
    expect(page.checks.map((c: { reason: string; result: string }) => [c.reason, c.result])).toEqual([['created', 'clear']]);
    expect((await api('GET', `/v1/companies/${created.id}`, tree.operatorAdmin.token)).json().compliance).toEqual({ status: 'clear', checkedAt: page.checkedAt });
  });

  it('a listed name opens a review with the entry, the name matched and the explanation; the officers are told', async () => {
    const created = await world.createDirect('Rosneft Trade Ltd.', address('Themistokli Dervi 5', 'Nicosia', 'CY'));
    await settle();
    expect((await world.compliance(created.id)).status).toBe('potential_match');
    const review = await world.openReviewOf(created.id);
    expect(review).toMatchObject({ status: 'open', screened: { name: 'Rosneft Trade Ltd.', country: 'CY' }, customer: { id: created.id, type: 'direct' } });
    const best = review.matches[0];
    expect(best).toMatchObject({ name: 'ROSNEFT TRADE LIMITED', matchedName: 'ROSNEFT TRADE LIMITED', score: expect.any(Number) });
    expect(best.score).toBeGreaterThanOrEqual(0.95);
    expect(best.explanation.pairs.map((p: { query: string; matched: string }) => [p.query, p.matched])).toEqual([['rosneft', 'rosneft'], ['trade', 'trade']]);
    expect(best.explanation.country).toMatchObject({ query: 'CY', effect: expect.any(Number) });
    // The officer's feed has the new review.
    const feed = (await api('GET', '/v1/notifications', officer.token)).json();
    expect(feed.items.filter((n: { type: string; link: string }) => n.type === 'company.screening_review_opened' && n.link === `/compliance/reviews/${review.id}`)).toHaveLength(1);
  });

  it('a rename or a new billing address is screened again; an approval holds while the matches stay the ones approved', async () => {
    const created = await world.createDirect('Harbour Freight Services', address('1 Quay Street', 'Auckland', 'NZ'));
    await settle();
    expect((await world.compliance(created.id)).status).toBe('clear');
    const renamed = await api('PATCH', `/v1/companies/${created.id}`, tree.operatorAdmin.token, { name: 'SME Bank' });
    expect(renamed.statusCode).toBe(200);
    await settle();
    expect((await world.compliance(created.id)).status).toBe('potential_match');
    const review = await world.openReviewOf(created.id);
    expect(review.matches[0].name).toBe('SME BANK');
    const approved = await api('POST', `/v1/compliance/reviews/${review.id}/approve`, officer.token, { note: 'A cooperative bank in Auckland, not the Russian SME Bank.' });
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: officer.id, note: 'A cooperative bank in Auckland, not the Russian SME Bank.' });
    expect((await world.compliance(created.id)).status).toBe('approved');
    await api('PATCH', `/v1/companies/${created.id}`, tree.operatorAdmin.token, { billingAddress: address('2 Quay Street', 'Auckland', 'NZ') });
    await settle();
    const page = await world.compliance(created.id);
    expect(page.status).toBe('approved');
    expect(page.checks.map((c: { reason: string }) => c.reason)).toEqual(['address_changed', 'name_changed', 'created']);
    expect(page.history.map((h: { status: string; reason: string }) => [h.status, h.reason])).toEqual([
      ['clear', 'no_match'], ['potential_match', 'match_found'], ['approved', 'review_approved'],
    ]);
  });

  it('every kind of customer is screened: partners and managed accounts too, the operator never', async () => {
    const partner = await makeCompany(portico.ctx, 'partner', { name: 'Atlas Sanatgaran' });
    const managed = await makeCompany(portico.ctx, 'managed', { name: 'TNK Trading International SA', partnerId: tree.partner.id });
    await settle();
    expect((await world.compliance(partner.id)).status).toBe('potential_match');
    expect((await world.compliance(managed.id)).status).toBe('potential_match');
    expect((await api('GET', `/v1/companies/${tree.operatorId}`, tree.operatorAdmin.token)).json().compliance).toBeNull();
    // The partner sees its account's status, not what was matched.
    const seen = await world.compliance(managed.id, tree.partnerAdmin.token);
    expect(seen.status).toBe('potential_match');
    expect(seen.reviews).toEqual([]);
    expect(seen.checks[0]).not.toHaveProperty('topMatches');
    // Outside its tree: 404.
    expect((await api('GET', `/v1/companies/${managed.id}/compliance`, tree.otherPartnerAdmin.token)).statusCode).toBe(404);
  });
});

describe('the review queue', () => {
  it('open reviews oldest first; one decision wins among many at once', async () => {
    const a = await world.createDirect('Sinobright Import and Export Company');
    await settle();
    const b = await world.createDirect('Academy of Aerospace Solid Propulsion Technology');
    await settle();
    const open = (await api('GET', '/v1/compliance/reviews?status=open', officer.token)).json().items;
    const opened = open.map((r: { openedAt: string }) => r.openedAt);
    expect(opened).toEqual([...opened].sort());
    expect(open.findIndex((r: { customer: { id: string } }) => r.customer.id === a.id)).toBeLessThan(open.findIndex((r: { customer: { id: string } }) => r.customer.id === b.id));
    const review = await world.openReviewOf(a.id);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      api('POST', `/v1/compliance/reviews/${review.id}/${i % 2 ? 'approve' : 'reject'}`, officer.token, { note: `decision ${i}` })));
    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    expect(answers.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'review_decided')).toBe(true);
    const audits = await portico.ctx.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND action IN ('screening_review.approved', 'screening_review.rejected')`, [review.id]);
    expect(audits.rows[0]!.n).toBe(1);
  });

  it('only the operator’s compliance officers and admins see and decide reviews', async () => {
    const review = (await api('GET', '/v1/compliance/reviews', officer.token)).json().items[0];
    for (const who of [tree.partnerAdmin, tree.directAdmin, tree.managedAdmin]) {
      expect((await api('GET', '/v1/compliance/reviews', who.token)).statusCode).toBe(403);
      expect((await api('POST', `/v1/compliance/reviews/${review.id}/approve`, who.token, { note: 'x' })).statusCode).toBe(403);
      expect((await api('POST', '/v1/compliance/screen', who.token, { name: 'SME Bank' })).statusCode).toBe(403);
    }
    expect((await api('GET', `/v1/compliance/reviews/${uuidv7()}`, officer.token)).statusCode).toBe(404);
  });
});

describe('deprovisioning', () => {
  it('a rejected customer goes after 30 days (not before) with its users and services; a second run changes nothing', async () => {
    const created = await world.createDirect('Rosneft Trade Limited');
    await enableMarkets(portico.ctx, created.id, ['NL']);
    const admin = await makeUser(portico.app, portico.ctx, created.id, 'company_admin', 'direct');
    const port = (await api('POST', '/v1/ports', admin.token, { locationId: location, name: 'p1', speedMbps: 1000 })).json();
    await settle();
    const review = await world.openReviewOf(created.id);
    await api('POST', `/v1/compliance/reviews/${review.id}/reject`, officer.token, { note: 'The listed SSI entity.' });
    const opened = new Date(review.openedAt).getTime();
    expect((await portico.services.deprovisioning.run(new Date(opened + 29 * DAY))).deprovisioned).not.toContain(created.id);
    const [first, second] = await Promise.all([
      portico.services.deprovisioning.run(new Date(opened + 30 * DAY + 1000)), portico.services.deprovisioning.run(new Date(opened + 30 * DAY + 1000)),
    ]);
    expect([...first.deprovisioned, ...second.deprovisioned].filter((id) => id === created.id)).toHaveLength(1);
    expect((await portico.services.deprovisioning.run(new Date(opened + 40 * DAY))).deprovisioned).not.toContain(created.id);
    const company = (await api('GET', `/v1/companies/${created.id}`, tree.operatorAdmin.token)).json();
    expect(company).toMatchObject({ compliance: { status: 'rejected' }, deprovisionedAt: expect.any(String) });
    expect((await api('GET', `/v1/ports/${port.id}`, tree.operatorAdmin.token)).json().provisioningStatus).toMatch(/^(CANCELLED|DECOMMISSIONED)$/);
    expect((await api('GET', '/v1/me', admin.token)).statusCode).toBe(401);
    await expect(login(portico.app, admin.email, 'test-password-1234')).rejects.toThrow();
    const page = await world.compliance(created.id);
    expect(page.history.at(-1)).toMatchObject({ status: 'deprovisioned', reason: 'non_compliant_30_days' });
    const audits = await portico.ctx.db.query(`SELECT action FROM audit_events WHERE company_id = $1 AND action IN ('company.deprovisioned', 'screening_review.deprovisioned', 'user.removed') ORDER BY action`, [created.id]);
    expect(audits.rows.map((r) => r.action)).toEqual(['company.deprovisioned', 'screening_review.deprovisioned', 'user.removed']);
    expect((await api('GET', `/v1/compliance/reviews/${review.id}`, officer.token)).json()).toMatchObject({ deprovisionReason: 'non_compliant_30_days', deprovisionedAt: expect.any(String) });
  });

  it('three contact attempts that reach nobody in a row deprovision at the next run; the partner hears of each', async () => {
    const managed = await makeCompany(portico.ctx, 'managed', { name: 'SME Bank JSC', partnerId: tree.partner.id });
    await settle();
    const review = await world.openReviewOf(managed.id);
    const attempt = (outcome: string) => api('POST', `/v1/compliance/reviews/${review.id}/contact-attempts`, officer.token, { channel: 'phone', outcome, note: 'Called the partner’s NOC.' });
    expect((await attempt('not_reached')).statusCode).toBe(201);
    expect((await attempt('not_reached')).statusCode).toBe(201);
    expect((await attempt('reached')).statusCode).toBe(201); // reached: the count starts again
    expect((await attempt('not_reached')).json().review.failedContacts).toBe(1);
    expect((await portico.services.deprovisioning.run()).deprovisioned).not.toContain(managed.id);
    await attempt('not_reached');
    const third = (await attempt('not_reached')).json();
    expect(third.review.failedContacts).toBe(3);
    expect((await portico.services.deprovisioning.run()).deprovisioned).toEqual([managed.id]);
    expect((await world.compliance(managed.id)).history.at(-1)).toMatchObject({ status: 'deprovisioned', reason: 'partner_not_reached' });
    expect((await attempt('not_reached')).json()).toMatchObject({ status: 409, code: 'review_closed' });
    await settle();
    const feed = (await api('GET', '/v1/notifications', tree.partnerAdmin.token)).json().items;
    const about = (type: string) => feed.filter((n: { type: string; link: string }) => n.type === type && n.link === `/companies/${managed.id}`);
    expect(about('company.screening_contact')).toHaveLength(6);
    expect(about('company.deprovisioned')).toHaveLength(1);
  });
});

describe('re-screening on import', () => {
  it('checks every customer again with progress; new matches open reviews, vanished ones are noted on the open review', async () => {
    // Listed only in the 2019 mini list; and one listed only in the 2025 one, with its review open.
    const onlyOld = await world.createDirect('Evren Kayakiran');
    await settle();
    expect((await world.compliance(onlyOld.id)).status).toBe('potential_match');
    const source = await readListSource(join(data, 'csl/csl-mini-2019.csv'));
    const someone2019 = source.parsed.entries.find((e) => e.entityType !== 'individual' && e.name.split(' ').length >= 2 && e.name.length < 40)!;
    const newMatch = await world.createDirect(someone2019.name);
    await settle();
    const before = (await world.compliance(newMatch.id)).status;
    await portico.services.compliance.importList(SYSTEM, source);
    await settle();
    const rescreens = (await api('GET', '/v1/compliance/rescreens', officer.token)).json().items;
    expect(rescreens[0]).toMatchObject({ total: expect.any(Number), finishedAt: expect.any(String) });
    expect(rescreens[0].done).toBe(rescreens[0].total);
    expect(rescreens[0].total).toBeGreaterThan(5);
    if (before !== 'potential_match') expect((await world.compliance(newMatch.id)).status).toBe('potential_match');
    const review = await world.openReviewOf(onlyOld.id);
    expect(review.updates.some((u: { kind: string }) => u.kind === 'match_gone')).toBe(true);
    expect((await world.compliance(onlyOld.id)).status).toBe('potential_match');
  });
});

describe('POST /v1/compliance/screen', () => {
  it('answers best first with explanations; bad input is a clear 400, odd input a sensible answer', async () => {
    const screen = (body: unknown) => api('POST', '/v1/compliance/screen', officer.token, body);
    const ok = await screen({ name: 'Rosneft Trade', country: 'CY' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().thresholds).toEqual({ strong: 0.95, review: 0.85 });
    for (const [body, field] of [[{ name: '' }, 'name'], [{ name: 'x'.repeat(10_000) }, 'name'], [{ name: 'Rosneft\u0000Trade' }, 'name'], [{}, 'name'], [{ name: 'A', country: 'Cyprus' }, 'country']] as const) {
      const bad = await screen(body);
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ status: 400, field });
    }
    for (const name of ['A', 'Ltd', 'GmbH & Co. KG', 'Роснефть Trade', '中国电子科技集团', '!!!']) {
      const answer = await screen({ name });
      expect(answer.statusCode).toBe(200);
      expect(Array.isArray(answer.json().matches)).toBe(true);
    }
  });
});
