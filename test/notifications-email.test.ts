import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree, makeUser, PASSWORD } from './helpers/factories.ts';
import { INVISIBLE, TestSmtp } from './helpers/smtp.ts';
import { upsertLocations } from '../src/modules/network/network.repo.ts';
import { uuidv7 } from '../src/platform/ids.ts';

let portico: TestPortico;
let smtp: TestSmtp;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  smtp = await new TestSmtp().start();
  portico = await startTestPortico({ config: { smtpUrl: smtp.url, publicUrl: 'https://portal.example' } });
  tree = await makeTree(portico.app, portico.ctx);
});
afterAll(async () => {
  await portico?.close();
  await smtp?.stop();
});

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const settle = () => portico.ctx.jobs.drain();

describe('e-mail over SMTP, localised, to the right people', () => {
  it('tells subscribed, eligible users of the company when a user is added — in their language, HTML and text', async () => {
    const german = await makeUser(portico.app, portico.ctx, tree.direct.id, 'technical_contact', 'direct');
    await api('PATCH', '/v1/me', german.token, { language: 'de' });
    const finance = await makeUser(portico.app, portico.ctx, tree.direct.id, 'finance', 'direct');
    const optedOut = await makeUser(portico.app, portico.ctx, tree.direct.id, 'technical_admin', 'direct');
    const prefs = { security: true, ordering: true, financial: true, people: false, company: true, services: true };
    expect((await api('PUT', '/v1/me/notification-preferences', optedOut.token, { groups: prefs })).statusCode).toBe(200);
    await settle();
    smtp.messages.length = 0;

    const added = await api('POST', `/v1/companies/${tree.direct.id}/users`, tree.directAdmin.token, { email: 'newbie@direct.example', firstName: 'Nia', lastName: 'Newbie', role: 'read_only' });
    expect(added.statusCode).toBe(201);
    await settle();

    const toAdmin = smtp.to(tree.directAdmin.email);
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0].subject).toBe(`Nia Newbie joined ${tree.direct.name}`);
    expect(toAdmin[0].html).toContain('Nia Newbie');
    expect(toAdmin[0].html).toContain('https://portal.example/company');
    expect(toAdmin[0].text).toContain('newbie@direct.example');
    expect(toAdmin[0].messageId).toMatch(/^<notification-.*@portico>$/);

    const toGerman = smtp.to(german.email);
    expect(toGerman).toHaveLength(1);
    expect(toGerman[0].subject).toBe(`Nia Newbie ist ${tree.direct.name} beigetreten`);
    expect(toGerman[0].text).toContain('Benachrichtigungseinstellungen');

    expect(smtp.to(finance.email)).toHaveLength(0); // finance may not subscribe
    expect(smtp.to(optedOut.email)).toHaveLength(0); // turned "people" off
    expect(smtp.to('newbie@direct.example')).toHaveLength(0); // not told about themselves
    expect(smtp.to(tree.partnerAdmin.email)).toHaveLength(0); // another tree
  });

  it('the plain-text part starts with the content (the heading, then the text), in every language', async () => {
    const readers = { en: tree.directAdmin.email } as Record<string, string>;
    for (const language of ['de', 'it']) {
      const reader = await makeUser(portico.app, portico.ctx, tree.direct.id, 'technical_admin', 'direct');
      expect((await api('PATCH', '/v1/me', reader.token, { language })).statusCode).toBe(200);
      readers[language] = reader.email;
    }
    await settle();
    smtp.messages.length = 0;
    const added = await api('POST', `/v1/companies/${tree.direct.id}/users`, tree.directAdmin.token, { email: 'plain@direct.example', firstName: 'Pia', lastName: 'Plain', role: 'read_only' });
    expect(added.statusCode).toBe(201);
    expect((await api('PATCH', `/v1/companies/${tree.direct.id}`, tree.directAdmin.token, { accountRef: 'PLAIN-1' })).statusCode).toBe(200);
    await settle();

    const changedBody = { en: 'Test company_admin changed these details', de: 'Test company_admin hat diese Angaben', it: 'Test company_admin ha modificato questi dati' } as Record<string, string>;
    for (const [language, address] of Object.entries(readers)) {
      const mails = smtp.to(address);
      expect(mails.map((m) => m.subject)).toHaveLength(2);
      const joined = mails.find((m) => m.subject?.startsWith('Pia Plain'))!;
      const changed = mails.find((m) => m !== joined)!;
      expect(joined.text?.startsWith(`${joined.subject}\n\nPia Plain (plain@direct.example) `), `${language}: ${JSON.stringify(joined.text?.slice(0, 80))}`).toBe(true);
      expect(changed.text?.startsWith(`${changed.subject}\n\n${changedBody[language]}`), `${language}: ${JSON.stringify(changed.text?.slice(0, 80))}`).toBe(true);
      for (const mail of mails) {
        expect(mail.text).not.toMatch(INVISIBLE);
        // The HTML keeps its inbox preview.
        expect(mail.html).toContain('data-skip-in-text');
      }
    }
  });

  it('tells the company when a user is removed and when its profile changes', async () => {
    const leaving = await makeUser(portico.app, portico.ctx, tree.partner.id, 'read_only', 'partner');
    await settle();
    smtp.messages.length = 0;
    expect((await api('DELETE', `/v1/users/${leaving.id}`, tree.partnerAdmin.token)).statusCode).toBe(204);
    await settle();
    expect((await api('PATCH', `/v1/companies/${tree.partner.id}`, tree.partnerAdmin.token, { name: 'Partner Renamed' })).statusCode).toBe(200);
    await settle();
    const subjects = smtp.to(tree.partnerAdmin.email).map((m) => m.subject);
    expect(subjects).toEqual(expect.arrayContaining([`Test read_only was removed from ${tree.partner.name}`, 'The details of Partner Renamed were changed']));
    expect(smtp.to(leaving.email)).toHaveLength(0);
  });
});

describe('security notices go straight to the affected user, whatever their preferences', () => {
  it('password changed, API key created, e-mail changed (to the old address), sign-in from a new browser', async () => {
    const user = await makeUser(portico.app, portico.ctx, tree.managed.id, 'technical_contact', 'managed');
    const nothing = { security: true, ordering: false, financial: false, people: false, company: false, services: false };
    await api('PUT', '/v1/me/notification-preferences', user.token, { groups: nothing });
    await settle();
    smtp.messages.length = 0;

    await api('POST', '/v1/api-keys', user.token, { name: 'ci-robot' });
    await api('POST', '/v1/me/password', user.token, { currentPassword: PASSWORD, newPassword: 'another long password' });
    // A second sign-in from another browser is news; the first ever sign-in (by the factory) was not.
    const fresh = await call(portico.app, 'POST', '/v1/auth/login', { body: { email: user.email, password: 'another long password' }, headers: { 'user-agent': 'Strange Browser/1.0' } });
    expect(fresh.statusCode).toBe(200);
    await settle();
    const oldEmail = user.email;
    expect(smtp.to(oldEmail).map((m) => m.subject)).toEqual(expect.arrayContaining([
      'A new API key was created for your account',
      'Your Portico password was changed',
      'New sign-in to your Portico account',
    ]));
    expect(smtp.to(oldEmail).find((m) => m.subject === 'New sign-in to your Portico account')?.text).toContain('Strange Browser/1.0');

    // An e-mail change is told to the old address, which the owner still reads if it was not them.
    expect((await api('PATCH', '/v1/me', user.token, { email: 'moved@managed.example' })).statusCode).toBe(200);
    await settle();
    expect(smtp.to(oldEmail).filter((m) => m.subject === 'The e-mail address of your Portico account was changed')).toHaveLength(1);
    expect(smtp.to('moved@managed.example')).toHaveLength(0);
    // Security notices are not sent to anybody else (the partner and the account's admins are not told).
    expect(smtp.to(tree.partnerAdmin.email).filter((m) => /password|API key|sign-in/i.test(m.subject ?? ''))).toHaveLength(0);
    expect(smtp.to(tree.managedAdmin.email).filter((m) => /password|API key|sign-in/i.test(m.subject ?? ''))).toHaveLength(0);
  });

  it('a sign-in from a known browser and address is not news', async () => {
    const user = await makeUser(portico.app, portico.ctx, tree.direct.id, 'read_only', 'direct');
    await login(portico.app, user.email, PASSWORD);
    await login(portico.app, user.email, PASSWORD);
    await settle();
    expect(smtp.to(user.email).filter((m) => m.subject === 'New sign-in to your Portico account')).toHaveLength(0);
  });
});

describe('maintenance notices', () => {
  it('go to companies with a service at the location, and for a managed account to its partner', async () => {
    const [frankfurt] = [uuidv7()];
    await upsertLocations(portico.ctx.db.kysely, [{ id: frankfurt, name: 'Test Frankfurt', market: 'Frankfurt', country: 'DE', region: 'EMEA', latitude: 50.1, longitude: 8.6 }]);
    const address = { addressLine1: 'Kaiserstraße 1', city: 'Frankfurt', country: 'DE' };
    await api('PATCH', `/v1/companies/${tree.managed.id}`, tree.partnerAdmin.token, { billingAddress: address });
    await api('PATCH', `/v1/companies/${tree.direct.id}`, tree.directAdmin.token, { billingAddress: address });
    await settle();
    smtp.messages.length = 0;

    const announced = await api('POST', '/v1/maintenance-events', tree.operatorAdmin.token, {
      kind: 'maintenance', title: 'Core router upgrade', description: 'Short interruptions.', startsAt: '2026-12-01T01:00:00Z', endsAt: '2026-12-01T03:00:00Z', locationIds: [frankfurt],
    });
    expect(announced.statusCode).toBe(201);
    await settle();

    const toPartner = smtp.to(tree.partnerAdmin.email).filter((m) => m.subject === 'Planned maintenance: Core router upgrade');
    expect(toPartner).toHaveLength(1);
    expect(toPartner[0].text).toContain(tree.managed.name);
    expect(smtp.to(tree.managedAdmin.email).filter((m) => m.subject?.includes('Core router upgrade'))).toHaveLength(0);
    expect(smtp.to(tree.directAdmin.email).filter((m) => m.subject === 'Planned maintenance: Core router upgrade')).toHaveLength(1);
    expect(smtp.to(tree.otherPartnerAdmin.email)).toHaveLength(0);
  });

  it('only the operator announces, with a valid window and known locations', async () => {
    const body = { title: 'x', description: 'y', startsAt: '2026-12-01T01:00:00Z', endsAt: '2026-12-01T03:00:00Z', locationIds: [uuidv7()] };
    expect((await api('POST', '/v1/maintenance-events', tree.partnerAdmin.token, body)).statusCode).toBe(403);
    const unknown = await api('POST', '/v1/maintenance-events', tree.operatorAdmin.token, body);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().field).toBe('locationIds');
    const backwards = await api('POST', '/v1/maintenance-events', tree.operatorAdmin.token, { ...body, endsAt: '2026-11-30T00:00:00Z' });
    expect(backwards.json()).toMatchObject({ status: 400, field: 'endsAt' });
    expect((await api('POST', '/v1/maintenance-events', tree.operatorAdmin.token, { ...body, locationIds: [] })).json().code).toBe('no_scope');
  });
});

describe('a managed account’s e-mails carry its partner’s branding', () => {
  it('the partner’s name, logo, colour and support contact; a direct customer’s stay Portico’s', async () => {
    const branding = {
      displayName: 'Northwind Connect', logoUrl: 'https://cdn.northwind.example/logo.png', primaryColor: '#0f766e',
      supportEmail: 'help@northwind.example', supportPhone: '+44 20 7946 0000',
    };
    expect((await api('PUT', `/v1/companies/${tree.partner.id}/branding`, tree.partnerAdmin.token, branding)).statusCode).toBe(200);
    expect((await api('PATCH', `/v1/companies/${tree.managed.id}`, tree.partnerAdmin.token, { accountRef: 'NW-7001' })).statusCode).toBe(200);
    await settle();
    smtp.messages.length = 0;
    const body = (email: string) => ({ email, firstName: 'Bea', lastName: 'Branded', role: 'read_only' });
    expect((await api('POST', `/v1/companies/${tree.managed.id}/users`, tree.partnerAdmin.token, body('bea@managed.example'))).statusCode).toBe(201);
    expect((await api('POST', `/v1/companies/${tree.direct.id}/users`, tree.directAdmin.token, body('bea@direct.example'))).statusCode).toBe(201);
    await settle();

    const [managed] = smtp.to(tree.managedAdmin.email).filter((m) => m.subject?.includes('Bea Branded'));
    expect(managed.html).toContain('Northwind Connect · ');
    expect(managed.html).toContain('src="https://cdn.northwind.example/logo.png"');
    expect(managed.html).toContain('#0f766e');
    expect(managed.html).not.toContain('PORTICO · ');
    expect(managed.text).toContain('Support from Northwind Connect: help@northwind.example · +44 20 7946 0000');
    expect(managed.subject).toContain(`${tree.managed.name} (NW-7001)`); // the account reference names the account
    const [direct] = smtp.to(tree.directAdmin.email).filter((m) => m.subject?.includes('Bea Branded'));
    expect(direct.html).toContain('PORTICO · ');
    expect(direct.html).not.toContain('Northwind');
    expect(direct.text).not.toContain('Support from');
  });
});
