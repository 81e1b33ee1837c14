import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree } from './helpers/factories.ts';

// Issue 12, point 5: locations with address, time zone and language; number ranges; assignment.

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
let customerId: string;

const api = (method: string, url: string, token: string, body?: unknown) => call(portico.app, method, url, { token, body });
const db = () => portico.ctx.db.kysely;
const location = (extra: Record<string, unknown> = {}) => ({
  name: 'Munich', address: { addressLine1: 'Hauptstraße 5', city: 'München', zipOrPostalCode: '80331', country: 'DE' }, timeZone: 'Europe/Berlin', language: 'de', ...extra,
});

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
  const template = { name: 'EU', providerAdminEmail: 'ops@northwind.example', country: 'DE', defaultEmailLanguage: 'de', subscription: 'sub-1', authMethod: 'platform' };
  const provisioningId = (await api('POST', '/v1/wholesale/onboarding-templates', tree.partnerAdmin.token, template)).json().provisioningId;
  customerId = (await api('POST', '/v1/wholesale/customers', tree.partnerAdmin.token, {
    provisioningId, externalId: 'loc-1', customerInfo: { name: 'Orte GmbH', primaryEmail: 'owner@orte.example' },
    address: { addressLine1: 'Unter den Linden 1', city: 'Berlin', country: 'DE' }, packages: [{ name: 'calling', quantity: 5 }],
  })).json().id;
});
afterAll(() => portico?.close());

describe('wholesale locations', () => {
  it('a location with its numbers; a range added; the list shows each number assigned or free', async () => {
    const created = await api('POST', `/v1/wholesale/customers/${customerId}/locations`, tree.partnerAdmin.token, location({ phoneNumbers: ['+498912340001'] }));
    expect(created.statusCode).toBe(201);
    const loc = created.json();
    expect(loc).toMatchObject({ customerId, name: 'Munich', timeZone: 'Europe/Berlin', language: 'de', headquarters: false, numbers: [{ number: '+498912340001', subscriberId: null }] });
    const added = await api('POST', `/v1/wholesale/customers/${customerId}/locations/${loc.id}/numbers`, tree.partnerAdmin.token, { numbers: ['+498912340002', '+498912340003'] });
    expect(added.statusCode).toBe(200);
    expect(added.json().numbers.map((n: { number: string }) => n.number)).toEqual(['+498912340001', '+498912340002', '+498912340003']);
    const sub = await api('POST', '/v1/wholesale/subscribers', tree.partnerAdmin.token, {
      customerId, email: 'caller@orte.example', firstName: 'Carla', lastName: 'Ruf', package: 'calling', locationId: loc.id, phoneNumber: '+498912340002',
    });
    expect(sub.statusCode).toBe(201);
    const listed = (await api('GET', `/v1/wholesale/customers/${customerId}/locations`, tree.partnerAdmin.token)).json();
    const munich = listed.items.find((l: { id: string }) => l.id === loc.id);
    expect(munich.numbers.map((n: { number: string; subscriberId: string | null }) => [n.number, n.subscriberId])).toEqual([
      ['+498912340001', null], ['+498912340002', sub.json().id], ['+498912340003', null],
    ]);
  });

  it('a number on the platform already: 409 number_taken naming it, nothing added; bad input named; another partner 404', async () => {
    const before = await db().selectFrom('wholesale_numbers').select('number').orderBy('number').execute();
    const taken = await api('POST', `/v1/wholesale/customers/${customerId}/locations`, tree.partnerAdmin.token, location({ name: 'Augsburg', phoneNumbers: ['+498212340001', '+498912340001'] }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'number_taken', field: 'phoneNumbers[1]' });
    expect((await api('GET', `/v1/wholesale/customers/${customerId}/locations`, tree.partnerAdmin.token)).json().items.map((l: { name: string }) => l.name)).not.toContain('Augsburg');
    expect(await db().selectFrom('wholesale_numbers').select('number').orderBy('number').execute()).toEqual(before);

    const zone = await api('POST', `/v1/wholesale/customers/${customerId}/locations`, tree.partnerAdmin.token, location({ name: 'Nowhere', timeZone: 'Mars/Olympus' }));
    expect([zone.statusCode, zone.json().code, zone.json().field]).toEqual([400, 'unknown_time_zone', 'timeZone']);
    const language = await api('POST', `/v1/wholesale/customers/${customerId}/locations`, tree.partnerAdmin.token, location({ name: 'Paris', language: 'fr' }));
    expect([language.statusCode, language.json().field]).toEqual([400, 'language']);
    const twice = await api('POST', `/v1/wholesale/customers/${customerId}/locations`, tree.partnerAdmin.token, location());
    expect([twice.statusCode, twice.json().code, twice.json().field]).toEqual([409, 'location_name_taken', 'name']);
    const other = await api('GET', `/v1/wholesale/customers/${customerId}/locations`, tree.otherPartnerAdmin.token);
    expect(other.statusCode).toBe(404);
    const otherCreate = await api('POST', `/v1/wholesale/customers/${customerId}/locations`, tree.otherPartnerAdmin.token, location({ name: 'Theirs' }));
    expect(otherCreate.statusCode).toBe(404);
  });
});
