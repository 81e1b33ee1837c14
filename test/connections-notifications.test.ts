import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';
import { TestSmtp } from './helpers/smtp.ts';

let portico: TestPortico;
let smtp: TestSmtp;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
let aEnd: string;
let bEnd: string;

beforeAll(async () => {
  smtp = await new TestSmtp().start();
  portico = await startTestPortico({ config: { smtpUrl: smtp.url } });
  world = await marketplaceWorld(portico, { providerName: 'Fornitore SpA' });
  aEnd = await world.livePort(world.tree.directAdmin.token, 'A');
  bEnd = await world.livePort(world.provider.token, 'Milan B', { marketplaceVisibility: 'public' });
});
afterAll(async () => {
  await portico?.close();
  await smtp?.stop();
});

const subjectsTo = (email: string) => smtp.to(email).map((m) => m.subject);

describe('connection e-mails', () => {
  it('order → provider approvers and the customer; decision → customer; live → customer', async () => {
    const { api, tree, provider, providerContact } = world;
    smtp.messages.length = 0;
    const ordered = await api('POST', '/v1/connections', tree.directAdmin.token, { name: 'Milan link', rateLimitMbps: 500, aEnd: { portId: aEnd }, bEnd: { portId: bEnd } });
    expect(ordered.statusCode).toBe(201);
    await world.settle();
    expect(subjectsTo(provider.email)).toEqual([`Connection request from ${tree.direct.name}: Milan link`]);
    expect(smtp.to(providerContact.email)).toHaveLength(0); // not an approver
    expect(subjectsTo(tree.directAdmin.email)).toEqual(['Your connection “Milan link” to Fornitore SpA was ordered']);

    await api('POST', `/v1/connections/${ordered.json().id}/accept`, provider.token, {});
    await world.settle();
    expect(subjectsTo(tree.directAdmin.email)).toEqual(expect.arrayContaining(['Fornitore SpA accepted “Milan link”', 'Your connection “Milan link” is live']));
    expect(smtp.to(tree.directAdmin.email).find((m) => m.subject?.includes('is live'))?.text).toContain('VLAN 2');

    // Speed change: requested → provider approvers; decided → customer.
    smtp.messages.length = 0;
    const change = (await api('POST', `/v1/connections/${ordered.json().id}/speed-changes`, tree.directAdmin.token, { rateLimitMbps: 2000 })).json();
    await world.settle();
    expect(subjectsTo(provider.email)).toEqual([`Speed change request from ${tree.direct.name}: Milan link`]);
    expect(smtp.to(provider.email)[0].text).toContain('from 500 to 2000 Mbps');
    await api('POST', `/v1/speed-changes/${change.id}/reject`, provider.token, { reason: 'Not this quarter' });
    await world.settle();
    const rejected = smtp.to(tree.directAdmin.email);
    expect(rejected.map((m) => m.subject)).toEqual(['Fornitore SpA rejected the speed change of “Milan link”']);
    expect(rejected[0].text).toContain('Reason: Not this quarter');
  });

  it('a pre-approved service key: the provider hears the key was used; the customer hears accepted and live', async () => {
    const { api, tree, provider } = world;
    const key = (await api('POST', '/v1/service-keys', provider.token, { portId: bEnd, singleUse: false, maxSpeedMbps: 1000, active: true, preApproved: true })).json();
    smtp.messages.length = 0;
    const ordered = await api('POST', '/v1/connections', tree.directAdmin.token, { name: 'Keyed link', rateLimitMbps: 100, aEnd: { portId: aEnd }, serviceKey: key.key });
    expect(ordered.statusCode).toBe(201);
    await world.settle();
    expect(subjectsTo(provider.email)).toEqual([`${tree.direct.name} used a service key for Milan B`]);
    expect(subjectsTo(tree.directAdmin.email)).toEqual(expect.arrayContaining(['Fornitore SpA accepted “Keyed link”', 'Your connection “Keyed link” is live']));
    expect(subjectsTo(tree.directAdmin.email).some((s) => s?.includes('was ordered'))).toBe(false);
  });
});
