import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';
import { marketplaceWorld } from './helpers/marketplace.ts';
import { TestSmtp } from './helpers/smtp.ts';
import { webhookReceiver as receiver } from './helpers/net.ts';

let portico: TestPortico;
let smtp: TestSmtp;
let world: Awaited<ReturnType<typeof marketplaceWorld>>;
let hooks: { provider: Awaited<ReturnType<typeof receiver>>; customer: Awaited<ReturnType<typeof receiver>> };
let aEnd: string;
let bEnd: string;

const api = (method: string, url: string, token?: string, body?: unknown) => world.api(method, url, token, body);
const subjectsTo = (email: string) => smtp.to(email).map((m) => m.subject);
/** The text part as one line (it is wrapped). */
const textTo = (email: string) => (smtp.to(email)[0]?.text ?? '').replace(/\s+/g, ' ');
const feedTypes = async (token: string) => (await api('GET', '/v1/notifications', token)).json().items.map((n: any) => ({ type: n.type, link: n.link }));

beforeAll(async () => {
  smtp = await new TestSmtp().start();
  portico = await startTestPortico({ config: { smtpUrl: smtp.url, webhookAllowPrivate: true } });
  world = await marketplaceWorld(portico, { providerName: 'Fornitore SpA' });
  aEnd = await world.livePort(world.tree.directAdmin.token, 'A');
  bEnd = await world.livePort(world.provider.token, 'Milan B', { marketplaceVisibility: 'public' });
  hooks = { provider: await receiver(), customer: await receiver() };
  const providerTypes = ['ordering.connection_withdrawn', 'ordering.speed_change_withdrawn', 'services.connection_decommissioned_by_customer'];
  expect((await api('POST', '/v1/webhooks', world.provider.token, { url: hooks.provider.url, eventTypes: providerTypes })).statusCode).toBe(201);
  expect((await api('POST', '/v1/webhooks', world.tree.directAdmin.token, { url: hooks.customer.url, eventTypes: ['services.connection_decommissioned'] })).statusCode).toBe(201);
});
afterAll(async () => {
  await portico?.close();
  await smtp?.stop();
  await hooks?.provider.close();
  await hooks?.customer.close();
});

async function liveConnection(name: string) {
  const id = (await api('POST', '/v1/connections', world.tree.directAdmin.token, { name, rateLimitMbps: 500, aEnd: { portId: aEnd }, bEnd: { portId: bEnd } })).json().id as string;
  await api('POST', `/v1/connections/${id}/accept`, world.provider.token, {});
  await world.settle();
  return id;
}

describe('the end of a connection is told', () => {
  it('a withdrawn request: the provider’s approvers by e-mail, feed and webhook; not the customer', async () => {
    const { tree, provider, providerContact } = world;
    const id = (await api('POST', '/v1/connections', tree.directAdmin.token, { name: 'Second thoughts', rateLimitMbps: 100, aEnd: { portId: aEnd }, bEnd: { portId: bEnd } })).json().id;
    await world.settle();
    smtp.messages.length = 0;
    hooks.provider.received.length = 0;
    expect((await api('DELETE', `/v1/connections/${id}`, tree.directAdmin.token)).json().state).toBe('CANCELLED');
    await world.settle();
    expect(subjectsTo(provider.email)).toEqual([`${tree.direct.name} withdrew the request “Second thoughts”`]);
    expect(textTo(provider.email)).toContain('to your port Milan B');
    expect(smtp.to(providerContact.email)).toHaveLength(0); // approvers only, like the request
    expect(smtp.to(tree.directAdmin.email)).toHaveLength(0);
    expect(await feedTypes(provider.token)).toContainEqual({ type: 'ordering.connection_withdrawn', link: `/connections/${id}` });
    expect(hooks.provider.types()).toEqual(['ordering.connection_withdrawn']);
  });

  it('a decommissioned VXC: both sides', async () => {
    const { tree, provider, providerContact } = world;
    const id = await liveConnection('Old link');
    smtp.messages.length = 0;
    hooks.provider.received.length = 0;
    expect((await api('DELETE', `/v1/connections/${id}`, tree.directAdmin.token)).json().state).toBe('DECOMMISSIONED');
    await world.settle();
    expect(subjectsTo(tree.directAdmin.email)).toEqual(['Your connection “Old link” was decommissioned']);
    expect(subjectsTo(provider.email)).toEqual([`${tree.direct.name} decommissioned “Old link”`]);
    expect(subjectsTo(providerContact.email)).toEqual([`${tree.direct.name} decommissioned “Old link”`]);
    expect(await feedTypes(tree.directAdmin.token)).toContainEqual({ type: 'services.connection_decommissioned', link: `/connections/${id}` });
    expect(await feedTypes(provider.token)).toContainEqual({ type: 'services.connection_decommissioned_by_customer', link: `/connections/${id}` });
    expect(hooks.provider.types()).toEqual(['services.connection_decommissioned_by_customer']);
    expect(hooks.customer.types()).toEqual(['services.connection_decommissioned']);
  });

  it('a withdrawn speed change: the provider’s approvers', async () => {
    const { tree, provider } = world;
    const id = await liveConnection('Faster link');
    const change = (await api('POST', `/v1/connections/${id}/speed-changes`, tree.directAdmin.token, { rateLimitMbps: 2000 })).json();
    await world.settle();
    smtp.messages.length = 0;
    hooks.provider.received.length = 0;
    expect((await api('POST', `/v1/speed-changes/${change.id}/withdraw`, tree.directAdmin.token, {})).json().state).toBe('CANCELLED');
    await world.settle();
    expect(subjectsTo(provider.email)).toEqual([`${tree.direct.name} withdrew the speed change of “Faster link”`]);
    expect(textTo(provider.email)).toContain('to 2 Gbps; it keeps 500 Mbps');
    expect(smtp.to(tree.directAdmin.email)).toHaveLength(0);
    expect(hooks.provider.types()).toEqual(['ordering.speed_change_withdrawn']);
  });

  it('every new type is in the published catalogue with its group and a description in each language', async () => {
    const types = (await api('GET', '/v1/notification-types', world.tree.directAdmin.token)).json().items;
    const ours = types.filter((t: any) => ['ordering.connection_withdrawn', 'ordering.speed_change_withdrawn', 'services.connection_decommissioned', 'services.connection_decommissioned_by_customer'].includes(t.type));
    expect(ours.map((t: any) => [t.type, t.group])).toEqual([
      ['ordering.connection_withdrawn', 'ordering'], ['ordering.speed_change_withdrawn', 'ordering'],
      ['services.connection_decommissioned', 'services'], ['services.connection_decommissioned_by_customer', 'services'],
    ]);
    for (const language of ['en', 'de', 'it']) {
      const catalogue = (await import(`../src/i18n/${language}.json`, { with: { type: 'json' } })).default as Record<string, string>;
      for (const t of ours) for (const part of ['description', 'subject', 'body']) expect(catalogue[`notification.${t.type}.${part}`], `${language} ${t.type}.${part}`).toMatch(/\S/);
    }
  });
});
