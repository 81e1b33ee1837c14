import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPortico } from '../src/runtime.ts';
import { call, startTestPortico, testConfig } from './helpers/portico.ts';
import { createTestDatabase } from './helpers/db.ts';
import { makeTree } from './helpers/factories.ts';
import { TestSmtp } from './helpers/smtp.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const fastRetries = { mailRetryDelaySeconds: 1, mailRetryMaxDelaySeconds: 1 };

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('SMTP down', () => {
  it('queues mail while the server is down and delivers every mail once when it returns', async () => {
    const smtp = await new TestSmtp().start();
    cleanups.push(() => smtp.stop());
    const portico = await startTestPortico({ config: { smtpUrl: smtp.url, ...fastRetries, mailRetryLimit: 30 } });
    cleanups.push(() => portico.close());
    const tree = await makeTree(portico.app, portico.ctx);
    await portico.ctx.jobs.drain();
    const port = smtp.port;
    await smtp.stop();
    smtp.messages.length = 0;

    for (const name of ['Ann', 'Ben', 'Cid']) {
      const response = await call(portico.app, 'POST', `/v1/companies/${tree.direct.id}/users`, { token: tree.directAdmin.token, body: { email: `${name}@down.example`, firstName: name, lastName: 'Down', role: 'read_only' } });
      expect(response.statusCode).toBe(201);
    }
    const db = portico.ctx.db.kysely;
    const pendingWithFailures = async () => {
      const rows = await db.selectFrom('email_deliveries').select(['status', 'attempts']).where('type', '=', 'people.user_added').execute();
      return rows.length === 3 && rows.every((r) => r.status === 'pending' && r.attempts >= 1);
    };
    await waitUntil(pendingWithFailures);
    const failed = await db.selectFrom('email_deliveries').select('last_error').where('type', '=', 'people.user_added').execute();
    expect(failed.every((r) => r.last_error && r.last_error.length > 0)).toBe(true);

    await smtp.start(port);
    await portico.ctx.jobs.drain(60_000);
    const rows = await db.selectFrom('email_deliveries').select(['status', 'idempotency_key']).where('type', '=', 'people.user_added').execute();
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    const received = smtp.to(tree.directAdmin.email).filter((m) => /Down joined/.test(m.subject ?? ''));
    expect(received).toHaveLength(3);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(3);
  });

  it('dead-letters a mail that keeps failing, visibly, and the operator can send it again', async () => {
    const smtp = await new TestSmtp().start();
    cleanups.push(() => smtp.stop());
    const portico = await startTestPortico({ config: { smtpUrl: smtp.url, ...fastRetries, mailRetryLimit: 1 } });
    cleanups.push(() => portico.close());
    const tree = await makeTree(portico.app, portico.ctx);
    await portico.ctx.jobs.drain();
    const port = smtp.port;
    await smtp.stop();

    await call(portico.app, 'POST', `/v1/companies/${tree.direct.id}/users`, { token: tree.directAdmin.token, body: { email: 'dead@letter.example', firstName: 'Dee', lastName: 'Letter', role: 'read_only' } });
    await portico.ctx.jobs.drain(30_000);
    const dead = (await call(portico.app, 'GET', '/v1/admin/emails?status=dead', { token: tree.operatorAdmin.token })).json().items;
    const mail = dead.find((m: any) => m.to === tree.directAdmin.email);
    expect(mail).toMatchObject({ status: 'dead', attempts: 2 });
    expect(mail.lastError).toBeTruthy();

    await smtp.start(port);
    const retried = await call(portico.app, 'POST', `/v1/admin/emails/${mail.id}/retry`, { token: tree.operatorAdmin.token });
    expect(retried.json()).toEqual({ id: mail.id, status: 'pending' });
    await portico.ctx.jobs.drain();
    expect(smtp.to(tree.directAdmin.email).filter((m) => m.subject === `Dee Letter joined ${tree.direct.name}`)).toHaveLength(1);
    const after = (await call(portico.app, 'GET', `/v1/admin/emails/${mail.id}`, { token: tree.operatorAdmin.token })).json();
    expect(after.status).toBe('sent');
  });
});

describe('a process that dies between commit and send', () => {
  it('loses nothing: after a restart the mail goes out once', async () => {
    const smtp = await new TestSmtp().start();
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'portico-restart-'));
    cleanups.push(async () => {
      await smtp.stop();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const config = testConfig({ databaseUrl: database.url, dataDir, smtpUrl: smtp.url, ...fastRetries });

    // An API-only process commits the change (and its event and jobs), then goes away before any worker runs.
    const api = await startPortico(config, { role: 'api' });
    await api.app!.ready();
    const tree = await makeTree(api.app!, api.ctx);
    const created = await call(api.app!, 'POST', `/v1/companies/${tree.direct.id}/users`, { token: tree.directAdmin.token, body: { email: 'survivor@restart.example', firstName: 'Sur', lastName: 'Vivor', role: 'read_only' } });
    expect(created.statusCode).toBe(201);
    await api.close();
    expect(smtp.messages).toHaveLength(0);

    const worker = await startPortico(config, { role: 'all' });
    cleanups.push(() => worker.close());
    await worker.ctx.jobs.drain(30_000);
    expect(smtp.to(tree.directAdmin.email).filter((m) => m.subject === `Sur Vivor joined ${tree.direct.name}`)).toHaveLength(1);
  });
});
