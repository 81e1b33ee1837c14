import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeCompany, makeTree, makeUser } from './helpers/factories.ts';
import { TestSmtp } from './helpers/smtp.ts';
import { upsertLocations } from '../src/modules/network/network.repo.ts';
import { uuidv7 } from '../src/platform/ids.ts';

let portico: TestPortico;
let smtp: TestSmtp;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  smtp = await new TestSmtp().start();
  portico = await startTestPortico({ config: { smtpUrl: smtp.url } });
  tree = await makeTree(portico.app, portico.ctx);
});
afterAll(async () => {
  await portico?.close();
  await smtp?.stop();
});

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });

describe('the three e-mails of a connection', () => {
  it('order → provider approvers and the customer; decision → customer; live → customer', async () => {
    const location = uuidv7();
    await upsertLocations(portico.ctx.db.kysely, [{ id: location, name: 'N Milan', market: 'Milan', country: 'IT', region: 'EMEA', latitude: 45.46, longitude: 9.19 }]);
    const providerCompany = await makeCompany(portico.ctx, 'direct', { name: 'Fornitore SpA' });
    const provider = await makeUser(portico.app, portico.ctx, providerCompany.id, 'company_admin', 'direct');
    const providerContact = await makeUser(portico.app, portico.ctx, providerCompany.id, 'technical_contact', 'direct');
    const aEnd = (await api('POST', '/v1/ports', tree.directAdmin.token, { locationId: location, name: 'A', speedMbps: 10000 })).json().id;
    const bEnd = (await api('POST', '/v1/ports', provider.token, { locationId: location, name: 'B', speedMbps: 10000, marketplaceVisibility: 'public' })).json().id;
    await portico.ctx.jobs.drain();
    smtp.messages.length = 0;

    const ordered = await api('POST', '/v1/connections', tree.directAdmin.token, { name: 'Milan link', rateLimitMbps: 500, aEnd: { portId: aEnd }, bEnd: { portId: bEnd } });
    expect(ordered.statusCode).toBe(201);
    await portico.ctx.jobs.drain();
    expect(smtp.to(provider.email).map((m) => m.subject)).toEqual([`Connection request from ${tree.direct.name}: Milan link`]);
    expect(smtp.to(providerContact.email)).toHaveLength(0); // not an approver
    expect(smtp.to(tree.directAdmin.email).map((m) => m.subject)).toEqual(['Your connection “Milan link” to Fornitore SpA was ordered']);

    await api('POST', `/v1/connections/${ordered.json().id}/accept`, provider.token, {});
    await portico.ctx.jobs.drain();
    const subjects = smtp.to(tree.directAdmin.email).map((m) => m.subject);
    expect(subjects).toEqual(expect.arrayContaining(['Fornitore SpA accepted “Milan link”', 'Your connection “Milan link” is live']));
    expect(smtp.to(tree.directAdmin.email).find((m) => m.subject?.includes('is live'))?.text).toContain('VLAN 2');
  });
});
