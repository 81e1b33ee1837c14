import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree, makeUser } from './helpers/factories.ts';
import { noticeTypes, GROUPS } from '../src/modules/notifications/notifications.catalogue.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
});
afterAll(() => portico?.close());

const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
const allOn = { security: true, ordering: true, financial: true, people: true, company: true, services: true };

describe('catalogue', () => {
  it('publishes every type with its group, in the reader’s language', async () => {
    const response = await api('GET', '/v1/notification-types', tree.directAdmin.token);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((t: any) => t.type)).toEqual(noticeTypes().map((t) => t.type));
    for (const item of body.items) expect(GROUPS).toContain(item.group);
    expect(body.groups.map((g: any) => g.group)).toEqual([...GROUPS]);
    await api('PATCH', '/v1/me', tree.partnerAdmin.token, { language: 'it' });
    const italian = (await api('GET', '/v1/notification-types', tree.partnerAdmin.token)).json();
    expect(italian.groups.find((g: any) => g.group === 'people').name).toBe('Persone');
  });
});

describe('preferences', () => {
  it('defaults: every group on for roles that may subscribe', async () => {
    const contact = await makeUser(portico.app, portico.ctx, tree.direct.id, 'technical_contact', 'direct');
    expect((await api('GET', '/v1/me/notification-preferences', contact.token)).json()).toEqual({ groups: allOn, canSubscribe: true, reason: null });
  });

  it('only admins, technical admins and technical contacts may subscribe', async () => {
    for (const role of ['finance', 'read_only'] as const) {
      const user = await makeUser(portico.app, portico.ctx, tree.direct.id, role, 'direct');
      const current = (await api('GET', '/v1/me/notification-preferences', user.token)).json();
      expect(current.canSubscribe).toBe(false);
      expect(current.reason).toMatch(/Only company admins/);
      expect(current.groups).toMatchObject({ security: true, people: false });
      const refused = await api('PUT', '/v1/me/notification-preferences', user.token, { groups: allOn });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'capability_required', capability: 'notifications.subscribe' });
    }
  });

  it('saves per user, keeps security on, and refuses bad shapes', async () => {
    const admin = await makeUser(portico.app, portico.ctx, tree.direct.id, 'technical_admin', 'direct');
    const choice = { ...allOn, financial: false, services: false };
    const saved = await api('PUT', '/v1/me/notification-preferences', admin.token, { groups: choice });
    expect(saved.json().groups).toEqual(choice);
    expect((await api('GET', '/v1/me/notification-preferences', admin.token)).json().groups).toEqual(choice);
    expect((await api('GET', '/v1/me/notification-preferences', tree.directAdmin.token)).json().groups).toEqual(allOn);
    const securityOff = await api('PUT', '/v1/me/notification-preferences', admin.token, { groups: { ...allOn, security: false } });
    expect(securityOff.json()).toMatchObject({ status: 400, code: 'security_always_on', field: 'groups.security' });
    const missing = await api('PUT', '/v1/me/notification-preferences', admin.token, { groups: { security: true } });
    expect(missing.json()).toMatchObject({ status: 400, code: 'required' });
    const extra = await api('PUT', '/v1/me/notification-preferences', admin.token, { groups: { ...allOn, marketing: true } });
    expect(extra.json()).toMatchObject({ status: 400, code: 'unknown_field', field: 'groups.marketing' });
    const wrongType = await api('PUT', '/v1/me/notification-preferences', admin.token, { groups: { ...allOn, people: 'yes' } });
    expect(wrongType.json()).toMatchObject({ status: 400, field: 'groups.people' });
  });
});

describe('in-app feed', () => {
  it('lists my notifications with an unread count; mark one and all read; never someone else’s', async () => {
    await portico.ctx.jobs.drain(); // earlier events are resolved at send time: let them go first
    const watcher = await makeUser(portico.app, portico.ctx, tree.otherPartner.id, 'technical_admin', 'partner');
    await portico.ctx.jobs.drain();
    for (const name of ['One', 'Two', 'Three']) {
      await api('POST', `/v1/companies/${tree.otherPartner.id}/users`, tree.otherPartnerAdmin.token, { email: `${name.toLowerCase()}@feed.example`, firstName: name, lastName: 'Feed', role: 'read_only' });
    }
    await portico.ctx.jobs.drain();
    const feed = (await api('GET', '/v1/notifications', watcher.token)).json();
    expect(feed.unreadCount).toBe(3);
    expect(feed.items.map((n: any) => n.title)).toEqual([`Three Feed joined ${tree.otherPartner.name}`, `Two Feed joined ${tree.otherPartner.name}`, `One Feed joined ${tree.otherPartner.name}`]);
    expect(feed.items[0]).toMatchObject({ group: 'people', type: 'people.user_added', readAt: null, link: '/company' });

    const read = await api('POST', `/v1/notifications/${feed.items[0].id}/read`, watcher.token);
    expect(read.json().readAt).not.toBeNull();
    expect((await api('GET', '/v1/notifications?unread=true', watcher.token)).json()).toMatchObject({ unreadCount: 2 });
    expect((await api('POST', `/v1/notifications/${feed.items[1].id}/read`, tree.partnerAdmin.token)).statusCode).toBe(404);
    expect((await api('POST', '/v1/notifications/read-all', watcher.token)).json()).toEqual({ marked: 2 });
    expect((await api('GET', '/v1/notifications', watcher.token)).json().unreadCount).toBe(0);

    const page = (await api('GET', '/v1/notifications?limit=2', watcher.token)).json();
    expect(page.items).toHaveLength(2);
    const next = (await api('GET', `/v1/notifications?limit=2&cursor=${page.nextCursor}`, watcher.token)).json();
    expect(next.items.map((n: any) => n.id)).toEqual([feed.items[2].id]);
  });
});

describe('the operator’s mail preview (no SMTP configured: mail is stored)', () => {
  it('keeps every e-mail, rendered, for the operator only', async () => {
    await api('POST', `/v1/companies/${tree.direct.id}/users`, tree.directAdmin.token, { email: 'preview@direct.example', firstName: 'Pre', lastName: 'View', role: 'read_only' });
    await portico.ctx.jobs.drain();
    const list = await api('GET', `/v1/admin/emails?to=${encodeURIComponent(tree.directAdmin.email)}`, tree.operatorAdmin.token);
    expect(list.statusCode).toBe(200);
    const mail = list.json().items.find((m: any) => m.subject === `Pre View joined ${tree.direct.name}`);
    expect(mail).toMatchObject({ status: 'stored', type: 'people.user_added', language: 'en' });
    const full = (await api('GET', `/v1/admin/emails/${mail.id}`, tree.operatorAdmin.token)).json();
    expect(full.html).toContain('<html');
    expect(full.text).toContain('preview@direct.example');
    expect((await api('GET', '/v1/admin/emails', tree.directAdmin.token)).statusCode).toBe(403);
    expect((await api('GET', `/v1/admin/emails/${mail.id}`, tree.partnerAdmin.token)).statusCode).toBe(403);
    expect((await api('POST', `/v1/admin/emails/${mail.id}/retry`, tree.operatorAdmin.token)).json().code).toBe('not_dead_lettered');
  });

  it('keeps the mail other modules render themselves too: wholesale\'s welcome, with the template\'s sender name and reply-to', async () => {
    const template = await api('POST', '/v1/wholesale/onboarding-templates', tree.partnerAdmin.token, {
      name: 'Preview', providerAdminEmail: 'ops@northwind.example', country: 'DE', defaultEmailLanguage: 'de', subscription: 'sub-1', authMethod: 'platform',
      emailSettings: { fromName: 'Northwind Connect', replyTo: 'help@northwind.example' },
    });
    const primaryEmail = 'welcome-preview@customer.example';
    const customer = await api('POST', '/v1/wholesale/customers', tree.partnerAdmin.token, {
      provisioningId: template.json().provisioningId, externalId: 'preview-1', customerInfo: { name: 'Vorschau GmbH', primaryEmail },
      address: { addressLine1: 'Unter den Linden 1', city: 'Berlin', zipOrPostalCode: '10117', country: 'DE' }, packages: [{ name: 'meetings', quantity: 1 }],
    });
    expect(customer.statusCode).toBe(202);
    await portico.ctx.jobs.drain(); // provisioning makes the full admin, who is welcomed
    const list = (await api('GET', `/v1/admin/emails?to=${encodeURIComponent(primaryEmail)}`, tree.operatorAdmin.token)).json();
    expect(list.items).toEqual([expect.objectContaining({ status: 'stored', type: 'wholesale.welcome', language: 'de', subject: 'Willkommen bei Vorschau GmbH' })]);
    const full = (await api('GET', `/v1/admin/emails/${list.items[0].id}`, tree.operatorAdmin.token)).json();
    expect(full.html).toContain('<html lang="de">');
    expect(full.text).toContain('Hallo ');
    const row = await portico.ctx.db.kysely.selectFrom('email_deliveries').select(['from_name', 'reply_to']).where('id', '=', full.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ from_name: 'Northwind Connect', reply_to: 'help@northwind.example' });
  });
});
