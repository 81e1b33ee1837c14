import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';
import { INVISIBLE, TestSmtp } from './helpers/smtp.ts';
import { enableMarkets, makeUser } from './helpers/factories.ts';
import { upsertLocations } from '../src/modules/network/network.repo.ts';
import { uuidv7 } from '../src/platform/ids.ts';

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
/** The plain-text part with its line wrapping undone. */
const flat = (mail: { text?: string }) => (mail.text ?? '').replace(/\s+/g, ' ');

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
    expect(smtp.to(provider.email)[0].text).toContain('from 500 Mbps to 2 Gbps');
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

  it('the request names both ends, the people, the rate and the VLAN; the live e-mail both VLANs and the service ID — en, de, it', async () => {
    const { api, tree, provider, providerCompany } = world;
    const inLanguage = async (companyId: string, companyType: 'direct', language: string) => {
      const user = await makeUser(portico.app, portico.ctx, companyId, 'technical_admin', companyType);
      expect((await api('PATCH', '/v1/me', user.token, { language })).statusCode).toBe(200);
      return user;
    };
    const germanApprover = await inLanguage(providerCompany.id, 'direct', 'de');
    const italianCustomer = await inLanguage(tree.direct.id, 'direct', 'it');
    const milan = uuidv7();
    await upsertLocations(portico.ctx.db.kysely, [{ id: milan, name: 'Milano MIL1', market: 'Milan', country: 'IT', region: 'EMEA', latitude: 45.46, longitude: 9.19 }]);
    await enableMarkets(portico.ctx, providerCompany.id, ['IT']);
    const port = await api('POST', '/v1/ports', provider.token, { locationId: milan, name: 'Fornitore edge', speedMbps: 10000, marketplaceVisibility: 'public' });
    expect(port.statusCode).toBe(201);
    const customerPort = await world.livePort(tree.directAdmin.token, 'Customer edge');
    await world.settle();
    smtp.messages.length = 0;

    const ordered = await api('POST', '/v1/connections', tree.directAdmin.token, {
      name: 'Milan 1G', rateLimitMbps: 1000, aEnd: { portId: customerPort, vlan: 321 }, bEnd: { portId: port.json().id },
    });
    expect(ordered.statusCode).toBe(201);
    await world.settle();
    const requester = 'Test company_admin'; // the factory's name for directAdmin
    const [request] = smtp.to(provider.email);
    expect(flat(request)).toContain(`${requester} of ${tree.direct.name} asks for the 1 Gbps connection “Milan 1G” from Customer edge at C London (VLAN 321) to your port Fornitore edge at Milano MIL1.`);
    const [anfrage] = smtp.to(germanApprover.email);
    expect(flat(anfrage)).toContain(`${requester} von ${tree.direct.name} beantragt die Verbindung „Milan 1G“ mit 1 Gbit/s von Customer edge in C London (VLAN 321) zu Ihrem Port Fornitore edge in Milano MIL1.`);
    const [ordine] = smtp.to(italianCustomer.email);
    expect(flat(ordine)).toContain('La connessione «Milan 1G» da 1 Gbps dalla porta Customer edge (VLAN 321) verso Fornitore SpA è stata ordinata');

    const orderMails = [...smtp.messages];
    smtp.messages.length = 0;
    expect((await api('POST', `/v1/connections/${ordered.json().id}/accept`, provider.token, { bEndVlan: 654 })).statusCode).toBe(200);
    await world.settle();
    const serviceId = ordered.json().id as string;
    const live = smtp.to(tree.directAdmin.email).find((m) => m.subject === 'Your connection “Milan 1G” is live')!;
    expect(flat(live)).toContain('The 1 Gbps connection “Milan 1G” to Fornitore SpA is live');
    expect(flat(live)).toContain(`A-end: Customer edge, VLAN 321. B-end: Fornitore edge of Fornitore SpA, VLAN 654. Service ID: ${serviceId}.`);
    const attiva = smtp.to(italianCustomer.email).find((m) => m.subject === 'La tua connessione «Milan 1G» è attiva')!;
    expect(flat(attiva)).toContain(`Lato A: Customer edge, VLAN 321. Lato B: Fornitore edge di Fornitore SpA, VLAN 654. ID servizio: ${serviceId}.`);

    // Every one of these mails starts with its content, and no possessive is built from a name.
    const mails = [request, anfrage, ordine, live, attiva];
    for (const mail of mails) {
      expect(mail.text?.startsWith(`${mail.subject}\n\n`)).toBe(true);
      expect(mail.text).not.toMatch(INVISIBLE);
    }
    expect([...orderMails, ...smtp.messages].filter((m) => /[’']s\b/.test(`${m.subject} ${m.text}`)).map((m) => m.subject)).toEqual([]);
  });
});
