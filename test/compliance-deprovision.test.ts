import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { enableMarkets, makeCompany, makeTree, makeUser, type TestUser } from './helpers/factories.ts';
import { complianceWorld, DAY, importMiniList, type ComplianceWorld } from './helpers/compliance.ts';
import type { Resource, Step } from '../src/modules/network/network.controller.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { markReviewDeprovisioned } from '../src/modules/compliance/checks.repo.ts';

/**
 * The rules of compliance's background work that compliance-checks.test.ts does not cover: the
 * worker's start-up sweep of pending customers, the services still being built when their customer
 * was deprovisioned, a provider deprovisioned under another customer's connection, two runs at once,
 * and bad input to the compliance endpoints.
 *
 * The simulated network takes 10 minutes a step here, so what it is "still building" stays built
 * halfway for as long as a test wants; `finish` reports the steps it would report (its own job's
 * handler), and `settle` waits for every other job.
 */
const STEP_DELAY_MS = 10 * 60_000;
let portico: TestPortico;
let world: ComplianceWorld;
let provider: { id: string; admin: TestUser; port: string };

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const run = (now: Date) => portico.services.deprovisioning.run(now);

/** Waits until no job of ours waits or runs, except the simulated network's steps scheduled for later. */
async function settle(timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await portico.ctx.db.query(
      `SELECT (SELECT count(*)::int FROM pgboss.job WHERE name = ANY($1) AND state IN ('created', 'retry', 'active')
                 AND NOT (name = 'network.step' AND state = 'created' AND start_after > now()))
            + (SELECT count(*)::int FROM events WHERE relayed_at IS NULL) AS n`,
      [portico.ctx.jobs.queueNames],
    );
    if (rows[0].n === 0) return;
    if (Date.now() > deadline) throw new Error(`Jobs still pending after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The simulated network reports these steps of a port or connection now (what its delayed job would do). */
async function finish(resource: Resource, id: string, steps: Step[] = ['configure', 'go_live']) {
  const job = portico.services.networkController.jobs[0]!;
  for (const step of steps) await job.handler({ resource, id, step }, { jobId: uuidv7(), retryCount: 0, retryLimit: 5, lastAttempt: false });
}

const portState = async (id: string) => (await portico.ctx.db.query(`SELECT provisioning_status AS s FROM ports WHERE id = $1`, [id])).rows[0]?.s;
const connectionState = async (id: string) => (await portico.ctx.db.query(`SELECT state AS s FROM connections WHERE id = $1`, [id])).rows[0]?.s;
const states = async (ports: string[], connections: string[]) => ({
  ports: await Promise.all(ports.map(portState)), connections: await Promise.all(connections.map(connectionState)),
});
const auditCount = async (targetId: string, action: string) =>
  (await portico.ctx.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND action = $2`, [targetId, action])).rows[0]!.n as number;
const deprovisionAudit = async (reviewId: string) =>
  (await portico.ctx.db.query(`SELECT after FROM audit_events WHERE target_id = $1 AND action = 'screening_review.deprovisioned'`, [reviewId])).rows.map((r) => r.after);

async function orderPort(token: string, name: string, extra: Record<string, unknown> = {}) {
  const response = await api('POST', '/v1/ports', token, { locationId: world.location, name, speedMbps: 10000, ...extra });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}
async function livePort(token: string, name: string, extra: Record<string, unknown> = {}) {
  const id = await orderPort(token, name, extra);
  await finish('port', id);
  expect(await portState(id)).toBe('LIVE');
  return id;
}
async function orderConnection(token: string, aEnd: string, bEnd: string, name: string) {
  const response = await api('POST', '/v1/connections', token, { name, rateLimitMbps: 100, aEnd: { portId: aEnd }, bEnd: { portId: bEnd } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}
async function accept(token: string, connection: string) {
  const response = await api('POST', `/v1/connections/${connection}/accept`, token, {});
  expect(response.statusCode, response.body).toBe(200);
}

/**
 * A direct customer with a listed name, an admin and a billing market in NL, its review open: due
 * for deprovisioning at `due` (30 days and a second after the review opened).
 */
async function listedCustomer(name: string) {
  const company = await world.createDirect(name);
  await enableMarkets(portico.ctx, company.id, ['NL']);
  const admin = await makeUser(portico.app, portico.ctx, company.id, 'company_admin', 'direct');
  await settle();
  const review = await world.openReviewOf(company.id);
  expect(review, `${name} should open a review`).toBeDefined();
  return { id: company.id as string, admin, review, due: new Date(new Date(review.openedAt).getTime() + 30 * DAY + 1000) };
}

/** A managed account of the tree's partner with a listed name, its review open. */
async function listedManaged(name: string) {
  const managed = await makeCompany(portico.ctx, 'managed', { name, partnerId: world.tree.partner.id });
  await settle();
  const review = await world.openReviewOf(managed.id);
  expect(review, `${name} should open a review`).toBeDefined();
  return { managed, review };
}

/** A direct customer as listedCustomer, its review rejected by an officer. */
async function rejectedCustomer(name: string) {
  const customer = await listedCustomer(name);
  expect((await api('POST', `/v1/compliance/reviews/${customer.review.id}/reject`, world.officer.token, { note: 'The listed party.' })).statusCode).toBe(200);
  return customer;
}

beforeAll(async () => {
  portico = await startTestPortico({ config: { networkSimDelayMs: STEP_DELAY_MS } });
  world = await complianceWorld(portico, { settle: () => settle() });
  const company = await makeCompany(portico.ctx, 'direct', { name: 'Polder Exchange BV' });
  await enableMarkets(portico.ctx, company.id, ['NL']);
  const admin = await makeUser(portico.app, portico.ctx, company.id, 'company_admin', 'direct');
  provider = { id: company.id, admin, port: await livePort(admin.token, 'polder-b', { marketplaceVisibility: 'public' }) };
  await settle();
  expect((await world.compliance(company.id)).status).toBe('clear');
}, 120_000);
afterAll(() => portico?.close());

describe('the worker’s start-up sweep of pending customers', () => {
  it('screens every customer left pending (no list yet, or its check lost), across pages; not those screened already; twice changes nothing', async () => {
    // The API role runs no workers and no relay: a customer's check job is never run, as if lost.
    const sweep = await startTestPortico({ role: 'api' });
    try {
      const checks = sweep.services.screeningChecks;
      const q = async (sql: string, params: unknown[] = []) => (await sweep.ctx.db.query(sql, params)).rows;
      const checksOf = async (companyId: string) =>
        (await q(`SELECT reason, result FROM screening_checks WHERE company_id = $1 ORDER BY checked_at, id`, [companyId])).map((r) => [r.reason, r.result]);
      const statusOf = async (companyId: string) => (await q(`SELECT compliance_status AS s FROM companies WHERE id = $1`, [companyId]))[0]!.s;
      const openReviews = async (companyId: string) => (await q(`SELECT count(*)::int AS n FROM screening_reviews WHERE company_id = $1 AND status = 'open'`, [companyId]))[0]!.n;

      const tree = await makeTree(sweep.app, sweep.ctx);
      // Created while no list is active: a check finds nothing to screen against and leaves it pending.
      const beforeList = await makeCompany(sweep.ctx, 'direct', { name: 'Rosneft Trade Limited' });
      expect(await checks.check(beforeList.id, 'created')).toBeNull();
      expect(await statusOf(beforeList.id)).toBe('pending');
      expect(await checksOf(beforeList.id)).toEqual([]);

      await importMiniList(sweep); // its re-screen job is never run either
      // Created after the import, their checks lost: one clear, one listed (a managed account).
      const lostClear = await makeCompany(sweep.ctx, 'direct', { name: 'Harbour Freight Services' });
      const lostListed = await makeCompany(sweep.ctx, 'managed', { name: 'TNK Trading International SA', partnerId: tree.partner.id });
      // Screened already by their own checks: the sweep leaves them alone.
      const screenedClear = await makeCompany(sweep.ctx, 'direct', { name: 'Acme Networks GmbH' });
      const screenedListed = await makeCompany(sweep.ctx, 'direct', { name: 'SME Bank' });
      expect((await checks.check(screenedClear.id, 'created'))?.status).toBe('clear');
      expect((await checks.check(screenedListed.id, 'created'))?.status).toBe('potential_match');
      // More than one page (100) of pending customers.
      const many: string[] = [];
      for (let i = 0; i < 105; i++) many.push((await makeCompany(sweep.ctx, 'direct', { name: `Sweep Customer ${i}` })).id);

      const pendingBefore = (await q(`SELECT count(*)::int AS n FROM companies WHERE compliance_status = 'pending'`))[0]!.n;
      // The tree's five customers, the three above and the 105.
      expect(pendingBefore).toBe(5 + 3 + 105);
      const checksBefore = (await q(`SELECT count(*)::int AS n FROM screening_checks`))[0]!.n;
      expect(checksBefore).toBe(2);

      await checks.screenPending(); // what a worker runs at start (src/runtime.ts)

      expect(await statusOf(beforeList.id)).toBe('potential_match');
      expect(await checksOf(beforeList.id)).toEqual([['sweep', 'potential_match']]);
      expect(await openReviews(beforeList.id)).toBe(1);
      expect(await statusOf(lostClear.id)).toBe('clear');
      expect(await checksOf(lostClear.id)).toEqual([['sweep', 'clear']]);
      expect(await statusOf(lostListed.id)).toBe('potential_match');
      expect(await checksOf(lostListed.id)).toEqual([['sweep', 'potential_match']]);
      expect(await openReviews(lostListed.id)).toBe(1);
      expect(await checksOf(screenedClear.id)).toEqual([['created', 'clear']]);
      expect(await checksOf(screenedListed.id)).toEqual([['created', 'potential_match']]);
      expect(await openReviews(screenedListed.id)).toBe(1);
      const manyStatuses = await q(`SELECT compliance_status AS s, count(*)::int AS n FROM companies WHERE id = ANY($1) GROUP BY 1`, [many]);
      expect(manyStatuses).toEqual([{ s: 'clear', n: 105 }]);
      expect((await q(`SELECT count(*)::int AS n FROM companies WHERE compliance_status = 'pending'`))[0]!.n).toBe(0);
      expect((await q(`SELECT compliance_status AS s FROM companies WHERE id = $1`, [tree.operatorId]))[0]!.s).toBeNull();
      const sweepChecks = await q(`SELECT count(*)::int AS n, count(DISTINCT company_id)::int AS companies FROM screening_checks WHERE reason = 'sweep'`);
      expect(sweepChecks).toEqual([{ n: pendingBefore, companies: pendingBefore }]);

      // A second sweep (the next worker start) finds nobody pending.
      await checks.screenPending();
      expect((await q(`SELECT count(*)::int AS n FROM screening_checks`))[0]!.n).toBe(checksBefore + pendingBefore);
    } finally {
      await sweep.close();
    }
  }, 120_000);
});

describe('services still being built when their customer was deprovisioned', () => {
  it('are left while the network builds them, and ended by the runs that follow once they are live', async () => {
    const x = await rejectedCustomer('Rosneft Trade Limited');
    const a = await livePort(x.admin.token, 'x-a');
    const a2 = await livePort(x.admin.token, 'x-a2');
    const live = await orderConnection(x.admin.token, a, provider.port, 'x-live');
    await accept(provider.admin.token, live);
    await finish('connection', live);
    const deployable = await orderConnection(x.admin.token, a, provider.port, 'x-deployable');
    await accept(provider.admin.token, deployable);
    const configured = await orderConnection(x.admin.token, a2, provider.port, 'x-configured');
    await accept(provider.admin.token, configured);
    await finish('connection', configured, ['configure']);
    const spare = await orderPort(x.admin.token, 'x-spare'); // being built, used by nothing
    await settle();
    const ports = [a, a2, spare, provider.port];
    const connections = [live, deployable, configured];
    expect(await states(ports, connections)).toEqual({ ports: ['LIVE', 'LIVE', 'DEPLOYABLE', 'LIVE'], connections: ['LIVE', 'DEPLOYABLE', 'CONFIGURED'] });

    expect((await run(x.due)).deprovisioned).toEqual([x.id]);
    // The live connection decommissioned and the spare port cancelled at once; what the network is building is left.
    expect(await states(ports, connections)).toEqual({ ports: ['LIVE', 'LIVE', 'CANCELLED', 'LIVE'], connections: ['DECOMMISSIONED', 'DEPLOYABLE', 'CONFIGURED'] });
    expect(await deprovisionAudit(x.review.id)).toEqual([{ reason: 'non_compliant_30_days', connectionsEnded: 1, portsEnded: 1, stillBeingBuilt: 4 }]);

    // A day later the network has finished nothing: nothing changes.
    expect((await run(new Date(x.due.getTime() + DAY))).deprovisioned).toEqual([]);
    expect(await states(ports, connections)).toEqual({ ports: ['LIVE', 'LIVE', 'CANCELLED', 'LIVE'], connections: ['DECOMMISSIONED', 'DEPLOYABLE', 'CONFIGURED'] });

    // The network finishes (a port it was building for the cancelled spare reports in vain), and six days after deprovisioning a run ends them all.
    await finish('connection', deployable);
    await finish('connection', configured, ['go_live']);
    await finish('port', spare);
    expect(await states(ports, connections)).toEqual({ ports: ['LIVE', 'LIVE', 'CANCELLED', 'LIVE'], connections: ['DECOMMISSIONED', 'LIVE', 'LIVE'] });
    expect((await run(new Date(x.due.getTime() + 6 * DAY))).deprovisioned).toEqual([]);
    expect(await states(ports, connections)).toEqual({ ports: ['DECOMMISSIONED', 'DECOMMISSIONED', 'CANCELLED', 'LIVE'], connections: ['DECOMMISSIONED', 'DECOMMISSIONED', 'DECOMMISSIONED'] });

    // Each ended once, however many runs follow.
    await run(new Date(x.due.getTime() + 6 * DAY + 60_000));
    for (const c of connections) expect(await auditCount(c, 'connection.decommissioned')).toBe(1);
    expect([await auditCount(a, 'port.decommission'), await auditCount(a2, 'port.decommission'), await auditCount(spare, 'port.cancel')]).toEqual([1, 1, 1]);
    expect(await deprovisionAudit(x.review.id)).toHaveLength(1);
    await settle();
  });

  it('one that goes live only after the 7 days is no longer ended by the job', async () => {
    const y = await rejectedCustomer('SME Bank');
    const a = await livePort(y.admin.token, 'y-a');
    const building = await orderConnection(y.admin.token, a, provider.port, 'y-building');
    await accept(provider.admin.token, building);
    await settle();
    expect((await run(y.due)).deprovisioned).toEqual([y.id]);
    expect(await states([a], [building])).toEqual({ ports: ['LIVE'], connections: ['DEPLOYABLE'] });
    expect(await deprovisionAudit(y.review.id)).toEqual([{ reason: 'non_compliant_30_days', connectionsEnded: 0, portsEnded: 0, stillBeingBuilt: 2 }]);
    await finish('connection', building);
    expect((await run(new Date(y.due.getTime() + 7 * DAY + 1000))).deprovisioned).toEqual([]);
    expect(await states([a], [building])).toEqual({ ports: ['LIVE'], connections: ['LIVE'] });
    expect(await auditCount(building, 'connection.decommissioned')).toBe(0);
    await settle();
  });
});

describe('a deprovisioned provider', () => {
  it('its connections from another customer end; that customer is told as connections tells it, and keeps the rest of its own', async () => {
    const q = await rejectedCustomer('Atlas Sanatgaran');
    const qPort = await livePort(q.admin.token, 'q-b', { marketplaceVisibility: 'public' });
    // The other customer: the tree's direct customer, with its own port and a connection to another provider.
    const customer = world.tree.direct.id;
    const customerAdmin = world.tree.directAdmin;
    await enableMarkets(portico.ctx, customer, ['NL']);
    const aEnd = await livePort(customerAdmin.token, 'c-a');
    const toQ = await orderConnection(customerAdmin.token, aEnd, qPort, 'c-to-q');
    await accept(q.admin.token, toQ);
    await finish('connection', toQ);
    const requested = await orderConnection(customerAdmin.token, aEnd, qPort, 'c-to-q-requested'); // awaiting Q's approval
    const toP = await orderConnection(customerAdmin.token, aEnd, provider.port, 'c-to-p');
    await accept(provider.admin.token, toP);
    await finish('connection', toP);
    await settle();
    const before = {
      company: (await api('GET', `/v1/companies/${customer}`, world.tree.operatorAdmin.token)).json(),
      compliance: await world.compliance(customer),
      audits: (await portico.ctx.db.query(`SELECT id FROM audit_events WHERE company_id = $1`, [customer])).rows.map((r) => r.id as string),
    };
    expect(before.company.deprovisionedAt).toBeNull();
    const ports = [qPort, aEnd, provider.port];
    const connections = [toQ, requested, toP];
    expect(await states(ports, connections)).toEqual({ ports: ['LIVE', 'LIVE', 'LIVE'], connections: ['LIVE', 'AWAITING_APPROVAL', 'LIVE'] });

    expect((await run(q.due)).deprovisioned).toEqual([q.id]);
    expect(await states(ports, connections)).toEqual({ ports: ['DECOMMISSIONED', 'LIVE', 'LIVE'], connections: ['DECOMMISSIONED', 'CANCELLED', 'LIVE'] });
    expect(await deprovisionAudit(q.review.id)).toEqual([{ reason: 'non_compliant_30_days', connectionsEnded: 2, portsEnded: 1, stillBeingBuilt: 0 }]);
    await settle();

    // The customer hears its live connection was decommissioned, as connections tells a customer (feed and notice type).
    const feed = (await api('GET', '/v1/notifications', customerAdmin.token)).json().items as { type: string; link: string }[];
    expect(feed.filter((n) => n.link === `/connections/${toQ}` && n.type === 'services.connection_decommissioned')).toHaveLength(1);
    expect(feed.filter((n) => n.link === `/connections/${toP}` && n.type === 'services.connection_decommissioned')).toHaveLength(0);
    // Its request still awaiting Q is cancelled by the platform, and the customer is told (it did not cancel it).
    expect(feed.filter((n) => n.link === `/connections/${requested}` && n.type === 'ordering.connection_cancelled')).toHaveLength(1);
    expect(feed.filter((n) => n.type === 'ordering.connection_cancelled')).toHaveLength(1);
    // Its own data is untouched: the company, its users, its screening, its other services.
    expect((await api('GET', '/v1/me', customerAdmin.token)).statusCode).toBe(200);
    const company = (await api('GET', `/v1/companies/${customer}`, world.tree.operatorAdmin.token)).json();
    expect(company.deprovisionedAt).toBeNull();
    expect(company.compliance).toEqual(before.company.compliance);
    expect(await world.compliance(customer)).toEqual(before.compliance);
    const after = await portico.ctx.db.query(`SELECT action, target_id FROM audit_events WHERE company_id = $1 AND NOT (id = ANY($2))`, [customer, before.audits]);
    // Connections audits an ending against its customer: the two connections to Q, and nothing else of the customer's.
    expect(after.rows.map((r) => [r.action, r.target_id]).sort()).toEqual([['connection.cancelled', requested], ['connection.decommissioned', toQ]].sort());
    // Q's own users are gone.
    expect((await portico.ctx.db.query(`SELECT count(*)::int AS n FROM users WHERE company_id = $1 AND removed_at IS NULL`, [q.id])).rows[0]!.n).toBe(0);
    expect((await api('GET', '/v1/me', q.admin.token)).statusCode).toBe(401);
  });
});

describe('two runs at once', () => {
  it('deprovision once: one audit row each, one event, one notice to the partner and one to the officers', async () => {
    const { managed, review } = await listedManaged('TNK Trading International SA');
    expect((await api('POST', `/v1/compliance/reviews/${review.id}/reject`, world.officer.token, { note: 'Listed.' })).statusCode).toBe(200);
    const due = new Date(new Date(review.openedAt).getTime() + 30 * DAY + 1000);
    const [first, second] = await Promise.all([run(due), run(due)]);
    expect([...first.deprovisioned, ...second.deprovisioned]).toEqual([managed.id]);
    await settle();
    const count = async (sql: string) => (await portico.ctx.db.query(sql, [managed.id])).rows[0]!.n as number;
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE company_id = $1 AND action = 'company.deprovisioned'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE company_id = $1 AND action = 'screening_review.deprovisioned'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM events WHERE company_id = $1 AND type = 'company.deprovisioned'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM screening_status_history WHERE company_id = $1 AND status = 'deprovisioned'`)).toBe(1);
    const feed = (await api('GET', '/v1/notifications', world.tree.partnerAdmin.token)).json().items as { type: string; link: string }[];
    expect(feed.filter((n) => n.type === 'company.deprovisioned' && n.link === `/companies/${managed.id}`)).toHaveLength(1);
    const officers = (await api('GET', '/v1/notifications', world.officer.token)).json().items as { type: string; link: string }[];
    expect(officers.filter((n) => n.type === 'company.screening_deprovisioned' && n.link === `/compliance/reviews/${review.id}`)).toHaveLength(1);
  });
});

describe('a decision and deprovisioning at the same time', () => {
  it('a review deprovisioned (its partner not reached) cannot be approved afterwards: 409, the status stays', async () => {
    const { managed, review } = await listedManaged('Rosneft Trade Ltd');
    for (let i = 0; i < 3; i++) {
      const attempt = await api('POST', `/v1/compliance/reviews/${review.id}/contact-attempts`, world.officer.token, { channel: 'email', outcome: 'not_reached', note: `Try ${i + 1}.` });
      expect(attempt.statusCode).toBe(201);
    }
    expect((await run(new Date())).deprovisioned).toEqual([managed.id]);
    const late = await api('POST', `/v1/compliance/reviews/${review.id}/approve`, world.officer.token, { note: 'Too late.' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'review_closed' });
    const page = await world.compliance(managed.id);
    expect(page.status).toBe('potential_match');
    expect(page.history.map((h: { status: string }) => h.status)).toEqual(['potential_match', 'deprovisioned']);
    expect(await auditCount(review.id, 'screening_review.approved')).toBe(0);
    await settle();
  });

  it('the job marks a review deprovisioned only while it is open or rejected: an approved one is left alone', async () => {
    // The rule the race below relies on, on every database: the job's write checks the status it read.
    const x = await listedCustomer('Atlas Sanatgaran');
    expect((await api('POST', `/v1/compliance/reviews/${x.review.id}/approve`, world.officer.token, { note: 'Not the listed one.' })).statusCode).toBe(200);
    expect(await markReviewDeprovisioned(portico.ctx.db.kysely, x.review.id, 'non_compliant_30_days', x.due)).toBeUndefined();
    expect((await run(x.due)).deprovisioned).toEqual([]);
    expect((await api('GET', `/v1/compliance/reviews/${x.review.id}`, world.officer.token)).json()).toMatchObject({ status: 'approved', deprovisionedAt: null });
  });

  // The race itself needs a second connection to hold a row lock while the job runs: PostgreSQL only
  // (PGlite has one connection; the test above covers the rule there). Registered only where it can run.
  if (process.env.DATABASE_URL) it('an approval that commits after the job read its candidates wins: the customer stays', async () => {
    // Its review still open when the job reads it, 30 days on; an officer approves it meanwhile.
    const x = await listedCustomer('China Electronics Technology Group Corporation 13th Research Institute');
    const { default: pg } = await import('pg');
    const officerTx = new pg.Client({ connectionString: portico.ctx.config.databaseUrl! });
    await officerTx.connect();
    try {
      await officerTx.query('BEGIN');
      await officerTx.query(`SELECT id FROM screening_reviews WHERE id = $1 FOR UPDATE`, [x.review.id]);
      const running = run(x.due);
      // The job has read its candidates and waits for the review's row.
      for (let i = 0; ; i++) {
        const waiting = await officerTx.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`);
        if (waiting.rows[0].n > 0) break;
        if (i > 200) throw new Error('the job never waited for the review');
        await new Promise((r) => setTimeout(r, 25));
      }
      await officerTx.query(`UPDATE screening_reviews SET status = 'approved', decided_at = now(), decided_by = $2, decision_note = 'Not the listed one.' WHERE id = $1`, [x.review.id, world.officer.id]);
      await officerTx.query('COMMIT');
      expect((await running).deprovisioned).toEqual([]);
    } finally {
      await officerTx.end();
    }
    expect((await api('GET', `/v1/companies/${x.id}`, world.tree.operatorAdmin.token)).json().deprovisionedAt).toBeNull();
    expect((await api('GET', '/v1/me', x.admin.token)).statusCode).toBe(200);
    expect((await api('GET', `/v1/compliance/reviews/${x.review.id}`, world.officer.token)).json()).toMatchObject({ status: 'approved', deprovisionedAt: null });
  });
});

describe('bad input to the compliance endpoints', () => {
  /** A problem (RFC 9457) with a stable code, a human detail and, where one is to blame, the field. */
  function expectProblem(response: Awaited<ReturnType<typeof api>>, status: number, field?: string, code?: string) {
    expect(response.statusCode, `${response.statusCode} ${response.body}`).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(body).toMatchObject({ status, code: expect.stringMatching(/^[a-z_]+$/), detail: expect.any(String) });
    expect(body.detail.length).toBeGreaterThan(0);
    if (field !== undefined) expect(body.field).toBe(field);
    if (code !== undefined) expect(body.code).toBe(code);
    return body;
  }
  const screen = (body: unknown, token = world.officer.token) => api('POST', '/v1/compliance/screen', token, body);
  const raw = (method: string, url: string, payload: string, contentType = 'application/json') =>
    portico.app.inject({ method: method as 'POST', url, payload, headers: { authorization: `Bearer ${world.officer.token}`, 'content-type': contentType } });

  it('POST /v1/compliance/screen: names that are empty, blank, too long, or hold controls, bidi or zero-width marks are 400 on name', async () => {
    for (const name of ['', '   ', 'x'.repeat(10_240), 'Rosneft\u0007Trade', 'Rosneft\nTrade', 'Ros\u001bneft', 'Ros\u007fneft', 'Ros\u0085neft', 'Ros\u200bneft', 'Ros\u202eneft', '\ufeffRosneft', 'Ros\u2066neft']) {
      const body = expectProblem(await screen({ name }), 400, 'name');
      expect(body.detail).not.toContain('x'.repeat(100)); // the answer does not echo 10 kB back
    }
    expectProblem(await screen({ name: 123 }), 400, 'name');
    expectProblem(await screen({ name: null }), 400, 'name');
    expectProblem(await screen({ name: ['SME Bank'] }), 400, 'name');
  });

  it('POST /v1/compliance/screen: the other fields are checked too, and bodies that are not an object are 400', async () => {
    for (const [body, field] of [
      [{ name: 'SME Bank', country: 'cy' }, 'country'], [{ name: 'SME Bank', country: 'CYP' }, 'country'],
      [{ name: 'SME Bank', address: '' }, 'address'], [{ name: 'SME Bank', address: 'a\u0000b' }, 'address'], [{ name: 'SME Bank', address: 'y'.repeat(1001) }, 'address'],
      [{ name: 'SME Bank', minScore: 0.1 }, 'minScore'], [{ name: 'SME Bank', minScore: 1.5 }, 'minScore'], [{ name: 'SME Bank', minScore: 'high' }, 'minScore'],
      [{ name: 'SME Bank', limit: 0 }, 'limit'], [{ name: 'SME Bank', limit: 51 }, 'limit'], [{ name: 'SME Bank', limit: 2.5 }, 'limit'],
    ] as const) expectProblem(await screen(body), 400, field);
    expectProblem(await screen({ name: 'SME Bank', threshold: 0.5 }), 400, 'threshold');
    for (const payload of ['{', '[]', 'null', '"SME Bank"', '42']) expectProblem(await raw('POST', '/v1/compliance/screen', payload), 400);
    const wrongType = await raw('POST', '/v1/compliance/screen', 'name=SME+Bank', 'application/x-www-form-urlencoded');
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('POST /v1/compliance/screen: odd but valid names get a sensible answer; a legal form alone matches nothing', async () => {
    const answer = async (name: string) => {
      const response = await screen({ name });
      expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
      return response.json() as { matches: { name: string; score: number }[] };
    };
    for (const name of ['Ltd', 'Ltd.', 'LIMITED', 'GmbH', 'LLC', 'S.A.', 'Co', 'JSC', 'Ltd Ltd Ltd']) expect((await answer(name)).matches, name).toEqual([]);
    for (const name of ['A', 'x', '1', '&', '-', '中', 'Роснефть Трейд', 'Rоsneft Trade', 'ROSNEFT ТРЕЙД', 'ﺭﻭﺳﻨﻔﺖ', 'word '.repeat(199) + 'word']) {
      const { matches } = await answer(name);
      expect(matches.length).toBeLessThanOrEqual(10);
      for (const m of matches) expect(m.score).toBeGreaterThanOrEqual(0.85);
    }
    // The listed name itself, in other case, spacing and punctuation, is still found.
    expect((await answer('  rosneft   trade,  ltd ')).matches[0]?.name).toBe('ROSNEFT TRADE LIMITED');
  });

  it('reviews: bad ids are 400 on id, unknown ones 404, bad queries and decision bodies 400 on their field', async () => {
    const unknown = uuidv7();
    for (const id of ['not-a-uuid', '1', `${unknown}x`, "1' OR '1'='1"]) {
      expectProblem(await api('GET', `/v1/compliance/reviews/${encodeURIComponent(id)}`, world.officer.token), 400, 'id');
      expectProblem(await api('POST', `/v1/compliance/reviews/${encodeURIComponent(id)}/approve`, world.officer.token, { note: 'x' }), 400, 'id');
      expectProblem(await api('POST', `/v1/compliance/reviews/${encodeURIComponent(id)}/contact-attempts`, world.officer.token, { channel: 'phone', outcome: 'reached', note: 'x' }), 400, 'id');
    }
    expectProblem(await api('GET', `/v1/compliance/reviews/${unknown}`, world.officer.token), 404, 'id');
    expectProblem(await api('POST', `/v1/compliance/reviews/${unknown}/approve`, world.officer.token, { note: 'x' }), 404, 'id');
    expectProblem(await api('POST', `/v1/compliance/reviews/${unknown}/reject`, world.officer.token, { note: 'x' }), 404, 'id');
    expectProblem(await api('POST', `/v1/compliance/reviews/${unknown}/contact-attempts`, world.officer.token, { channel: 'phone', outcome: 'reached', note: 'x' }), 404, 'id');
    for (const [query, field] of [['status=closed', 'status'], ['limit=0', 'limit'], ['limit=501', 'limit'], ['limit=ten', 'limit'], ['sort=asc', 'sort']] as const) {
      expectProblem(await api('GET', `/v1/compliance/reviews?${query}`, world.officer.token), 400, field);
    }
    const company = await world.createDirect('Sinobright Import and Export Company');
    await settle();
    const review = await world.openReviewOf(company.id);
    expect(review).toBeDefined();
    for (const body of [{}, { note: '' }, { note: '  ' }, { note: 'n'.repeat(2001) }, { note: 'a\u0000b' }, { note: 42 }]) {
      expectProblem(await api('POST', `/v1/compliance/reviews/${review.id}/approve`, world.officer.token, body), 400, 'note');
    }
    expectProblem(await api('POST', `/v1/compliance/reviews/${review.id}/reject`, world.officer.token, { note: 'x', status: 'approved' }), 400, 'status');
    expect((await api('GET', `/v1/compliance/reviews/${review.id}`, world.officer.token)).json().status).toBe('open');
    expectProblem(await api('GET', '/v1/companies/not-a-uuid/compliance', world.officer.token), 400, 'id');
    expectProblem(await api('GET', `/v1/companies/${uuidv7()}/compliance`, world.officer.token), 404, 'id');
  });

  it('contact attempts: bad bodies are 400 on their field and record nothing; a closed review is 409', async () => {
    const company = await world.createDirect('Academy of Aerospace Solid Propulsion Technology');
    await settle();
    const review = await world.openReviewOf(company.id);
    expect(review).toBeDefined();
    const attempt = (body: unknown) => api('POST', `/v1/compliance/reviews/${review.id}/contact-attempts`, world.officer.token, body);
    const good = { channel: 'phone', outcome: 'not_reached', note: 'Called the NOC.' };
    for (const [body, field] of [
      [{ outcome: 'reached', note: 'x' }, 'channel'], [{ ...good, channel: 'fax' }, 'channel'], [{ ...good, channel: '' }, 'channel'], [{ ...good, channel: 1 }, 'channel'],
      [{ channel: 'phone', note: 'x' }, 'outcome'], [{ ...good, outcome: 'maybe' }, 'outcome'], [{ ...good, outcome: 'NOT_REACHED' }, 'outcome'],
      [{ channel: 'phone', outcome: 'reached' }, 'note'], [{ ...good, note: '' }, 'note'], [{ ...good, note: '\t' }, 'note'], [{ ...good, note: 'n'.repeat(2001) }, 'note'], [{ ...good, note: 'a\u202eb' }, 'note'],
      [{ ...good, at: '2020-01-01T00:00:00Z' }, 'at'], [{ ...good, by: world.officer.id }, 'by'],
    ] as const) expectProblem(await attempt(body), 400, field);
    expectProblem(await raw('POST', `/v1/compliance/reviews/${review.id}/contact-attempts`, '[]'), 400);
    expect((await api('GET', `/v1/compliance/reviews/${review.id}`, world.officer.token)).json()).toMatchObject({ contactAttempts: [], failedContacts: 0 });
    expect((await attempt(good)).statusCode).toBe(201);
    expect((await api('POST', `/v1/compliance/reviews/${review.id}/approve`, world.officer.token, { note: 'A university lab of the same name elsewhere.' })).statusCode).toBe(200);
    expectProblem(await attempt(good), 409, undefined, 'review_closed');
    expect((await api('GET', `/v1/compliance/reviews/${review.id}`, world.officer.token)).json().contactAttempts).toHaveLength(1);
  });

  it('anyone but the operator’s compliance officers and admins: 403 on every compliance endpoint; no token: 401', async () => {
    const company = await world.createDirect('SME Bank JSC');
    await settle();
    const anyReview = await world.openReviewOf(company.id);
    expect(anyReview).toBeDefined();
    const operatorStaff = await makeUser(portico.app, portico.ctx, world.tree.operatorId, 'technical_admin', 'operator');
    const operatorReader = await makeUser(portico.app, portico.ctx, world.tree.operatorId, 'read_only', 'operator');
    const calls: [string, string, unknown?][] = [
      ['GET', '/v1/compliance/lists'], ['GET', '/v1/compliance/rescreens'], ['GET', '/v1/compliance/reviews'], ['GET', `/v1/compliance/reviews/${anyReview.id}`],
      ['POST', '/v1/compliance/screen', { name: 'SME Bank' }],
      ['POST', `/v1/compliance/reviews/${anyReview.id}/approve`, { note: 'x' }], ['POST', `/v1/compliance/reviews/${anyReview.id}/reject`, { note: 'x' }],
      ['POST', `/v1/compliance/reviews/${anyReview.id}/contact-attempts`, { channel: 'phone', outcome: 'not_reached', note: 'x' }],
    ];
    for (const who of [operatorStaff, operatorReader, world.tree.partnerAdmin, world.tree.directAdmin, world.tree.managedAdmin, provider.admin]) {
      for (const [method, url, body] of calls) expectProblem(await api(method, url, who.token, body), 403);
    }
    for (const [method, url, body] of calls) expectProblem(await api(method, url, undefined, body), 401);
    // Nothing they tried changed the review.
    expect((await api('GET', `/v1/compliance/reviews/${anyReview.id}`, world.officer.token)).json()).toMatchObject({ status: 'open', contactAttempts: [] });
  });
});
