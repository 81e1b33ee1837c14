import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico, until } from './helpers/portico.ts';
import { makeTree } from './helpers/factories.ts';
import { webhookReceiver } from './helpers/net.ts';

// Issue 12, point 2: "a webhook event for every status change, so an integration need not poll";
// people are told only what needs them (a failed provisioning, a billing report to download).

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
let hook: Awaited<ReturnType<typeof webhookReceiver>>;
let secret: string;
let provisioningId: string;

const api = (method: string, url: string, token: string, body?: unknown) => call(portico.app, method, url, { token, body });
const token = () => tree.partnerAdmin.token;
let counter = 0;
const customer = (country: string, packages: { name: string; quantity: number }[]) => ({
  provisioningId, externalId: `hook-${++counter}`,
  customerInfo: { name: `Hooked ${counter} Ltd`, primaryEmail: `admin${counter}@hooked.example` },
  address: { addressLine1: 'Via Roma 1', city: 'Milano', zipOrPostalCode: '20121', country }, packages,
});
const settled = (id: string) => until(async () => (await api('GET', `/v1/wholesale/customers/${id}`, token())).json(), (c) => c.status !== 'provisioning');
/** What the receiver was sent about one customer, in order. */
const payloads = () => hook.received.map((r) => JSON.parse(r.body) as { type: string; companyId: string; createdAt: string; data: Record<string, string> });
/** Deliveries run concurrently, so they may arrive in any order: an integration orders them by createdAt. */
const inOrder = <T extends { createdAt: string }>(list: T[]) => [...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
const aboutCustomer = (id: string) => inOrder(payloads().filter((p) => p.data.customerId === id));

beforeAll(async () => {
  portico = await startTestPortico({ config: { webhookAllowPrivate: true } });
  tree = await makeTree(portico.app, portico.ctx);
  const template = { name: 'Hooks', providerAdminEmail: 'ops@northwind.example', country: 'IT', defaultEmailLanguage: 'it', subscription: 'sub-1', authMethod: 'platform' };
  provisioningId = (await api('POST', '/v1/wholesale/onboarding-templates', token(), template)).json().provisioningId;
  hook = await webhookReceiver([204]);
  const registered = await api('POST', '/v1/webhooks', token(), {
    url: hook.url, eventTypes: ['services.wholesale_customer_status', 'people.wholesale_subscriber_created', 'people.wholesale_subscriber_removed', 'financial.wholesale_billing_report_ready'],
  });
  expect(registered.statusCode).toBe(201);
  secret = registered.json().secret;
  await portico.ctx.jobs.drain();
});
afterAll(async () => {
  await hook?.close();
  await portico?.close();
});

describe('wholesale notices', () => {
  it('the catalogue lists them; the integration-only ones have the audience integrations', async () => {
    const items = (await api('GET', '/v1/notification-types', token())).json().items as { type: string; audience: string; group: string }[];
    const ours = Object.fromEntries(items.filter((t) => t.type.includes('wholesale_')).map((t) => [t.type, `${t.group}/${t.audience}`]));
    expect(ours).toEqual({
      'services.wholesale_customer_status': 'services/integrations',
      'services.wholesale_provisioning_failed': 'services/company_subscribers',
      'people.wholesale_subscriber_created': 'people/integrations',
      'people.wholesale_subscriber_updated': 'people/integrations',
      'people.wholesale_subscriber_removed': 'people/integrations',
      'financial.wholesale_billing_report_ready': 'financial/company_subscribers',
    });
  });

  it('every status change and every subscriber reaches the partner\'s webhook, signed; people get no notice of a provisioning that worked', async () => {
    const { id } = (await api('POST', '/v1/wholesale/customers', token(), customer('IT', [{ name: 'meetings', quantity: 5 }]))).json();
    const done = await settled(id);
    expect(done.status).toBe('provisioned');
    const user = await api('POST', '/v1/wholesale/subscribers', token(), { customerId: id, email: 'anna@hooked.example', firstName: 'Anna', lastName: 'Rossi', package: 'meetings' });
    expect(user.statusCode).toBe(201);
    expect((await api('DELETE', `/v1/wholesale/subscribers/${user.json().id}`, token())).statusCode).toBe(204);
    await portico.ctx.jobs.drain();

    const statuses = aboutCustomer(id).filter((p) => p.type === 'services.wholesale_customer_status');
    expect(statuses.map((p) => p.data.status)).toEqual(['provisioning', 'provisioned']);
    const people = aboutCustomer(id).filter((p) => p.type.startsWith('people.')).map((p) => `${p.type} ${p.data.email}`);
    expect(people.sort()).toEqual([
      `people.wholesale_subscriber_created ${done.customerInfo.primaryEmail}`, // the full admin provisioning made
      'people.wholesale_subscriber_created anna@hooked.example',
      'people.wholesale_subscriber_removed anna@hooked.example',
    ]);
    const provisioned = statuses[1]!;
    expect(provisioned).toMatchObject({ companyId: tree.partner.id, data: { customerId: id, externalId: done.externalId, customerName: done.customerInfo.name, status: 'provisioned', previous: 'provisioning' } });
    const request = hook.received.find((r) => r.body.includes('"provisioned"') && r.body.includes(id))!;
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(request.headers['portico-signature']))!;
    expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${request.body}`).digest('hex'));

    const feed = (await api('GET', '/v1/notifications', token())).json().items as { type: string }[];
    expect(feed.filter((n) => n.type.includes('wholesale_'))).toEqual([]);
  });

  it('a failed provisioning: the partner\'s people are told, with the errors, in the feed', async () => {
    const { id } = (await api('POST', '/v1/wholesale/customers', token(), customer('KE', [{ name: 'voice', quantity: 1 }]))).json();
    expect((await settled(id)).status).toBe('error');
    await portico.ctx.jobs.drain();
    const feed = (await api('GET', '/v1/notifications', token())).json().items as { type: string; group: string; link: string; title: string; body: string }[];
    const failed = feed.filter((n) => n.type === 'services.wholesale_provisioning_failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ group: 'services', link: `/partner/wholesale/customers/${id}` });
    expect(failed[0]!.body).toContain('ended with error. Calling is not offered in KE. Change its packages');
    // Its webhook is not subscribed to the people's notice: only the status changes.
    expect(aboutCustomer(id).map((p) => [p.type, p.data.status])).toEqual([['services.wholesale_customer_status', 'provisioning'], ['services.wholesale_customer_status', 'error']]);
  });

  it('a webhook for every type ("*") hears of a change no other webhook subscribes to, and only its own partner\'s', async () => {
    const other = tree.otherPartnerAdmin.token;
    const all = await webhookReceiver([204]);
    try {
      expect((await api('POST', '/v1/webhooks', other, { url: all.url, eventTypes: ['*'] })).statusCode).toBe(201);
      const template = { name: 'Other hooks', providerAdminEmail: 'ops@other.example', country: 'IT', defaultEmailLanguage: 'en', subscription: 'sub-2', authMethod: 'platform' };
      const theirs = (await api('POST', '/v1/wholesale/onboarding-templates', other, template)).json().provisioningId;
      const { id } = (await api('POST', '/v1/wholesale/customers', other, { ...customer('IT', [{ name: 'meetings', quantity: 3 }]), provisioningId: theirs })).json();
      await until(async () => (await api('GET', `/v1/wholesale/customers/${id}`, other)).json(), (c) => c.status !== 'provisioning');
      const user = (await api('POST', '/v1/wholesale/subscribers', other, { customerId: id, email: 'luca@other.example', firstName: 'Luca', lastName: 'Bianchi', package: 'meetings' })).json();
      expect((await api('PATCH', `/v1/wholesale/subscribers/${user.id}`, other, { extension: '205' })).statusCode).toBe(200);
      await portico.ctx.jobs.drain();
      const updated = all.received.map((r) => JSON.parse(r.body)).filter((p) => p.type === 'people.wholesale_subscriber_updated');
      expect(updated).toEqual([expect.objectContaining({ companyId: tree.otherPartner.id, data: expect.objectContaining({ email: 'luca@other.example', package: 'meetings' }) })]);
      // The first partner's webhook heard nothing of another partner's customer.
      expect(payloads().filter((p) => p.data.customerId === id)).toEqual([]);
    } finally {
      await all.close();
    }
  });

  it('a billing report ready: a notice to the partner and its webhook', async () => {
    const requested = await api('POST', '/v1/wholesale/billing-reports', token(), { type: 'customer', from: '2026-01-01', to: '2026-01-31' });
    expect(requested.statusCode).toBe(202);
    const reportId = requested.json().id;
    await until(async () => (await api('GET', `/v1/wholesale/billing-reports/${reportId}`, token())).json(), (r) => r.status !== 'generating' && r.status !== 'pending');
    await portico.ctx.jobs.drain();
    const feed = (await api('GET', '/v1/notifications', token())).json().items as { type: string; link: string }[];
    expect(feed.filter((n) => n.type === 'financial.wholesale_billing_report_ready')).toEqual([expect.objectContaining({ link: '/partner/wholesale/billing-reports' })]);
    expect(payloads().filter((p) => p.data.reportId === reportId)).toEqual([
      expect.objectContaining({ type: 'financial.wholesale_billing_report_ready', data: expect.objectContaining({ status: 'ready', from: '2026-01-01', to: '2026-01-31' }) }),
    ]);
  });
});
