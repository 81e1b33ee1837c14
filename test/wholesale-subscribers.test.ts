import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico, until } from './helpers/portico.ts';
import { makeTree } from './helpers/factories.ts';
import { TestSmtp } from './helpers/smtp.ts';

// Issue 12, points 3 and 4 and "Bad input": subscribers, their packages and caps, numbers, bulk CSV.

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
let provisioningId: string;
let otherProvisioningId: string;
let smtp: TestSmtp;

const api = (method: string, url: string, token: string, body?: unknown) => call(portico.app, method, url, { token, body });
const db = () => portico.ctx.db.kysely;
const token = () => tree.partnerAdmin.token;


let counter = 0;
/** A provisioned customer with these packages. */
async function customer(packages: { name: string; quantity: number }[], as = token(), template?: string) {
  const n = ++counter;
  const created = await api('POST', '/v1/wholesale/customers', as, {
    provisioningId: template ?? (as === token() ? provisioningId : otherProvisioningId), externalId: `sub-crm-${n}`, customerInfo: { name: `Subscribers ${n} GmbH`, primaryEmail: `owner${n}@subs.example` },
    address: { addressLine1: 'Unter den Linden 1', city: 'Berlin', zipOrPostalCode: '10117', country: 'DE' }, packages,
  });
  expect(created.statusCode).toBe(202);
  const id = created.json().id as string;
  await until(async () => (await api('GET', `/v1/wholesale/customers/${id}`, as)).json(), (c) => c.status === 'provisioned');
  return id;
}

async function location(customerId: string, name: string, phoneNumbers: string[]) {
  const created = await api('POST', `/v1/wholesale/customers/${customerId}/locations`, token(), {
    name, address: { addressLine1: 'Hauptstraße 5', city: 'München', country: 'DE' }, timeZone: 'Europe/Berlin', language: 'de', phoneNumbers,
  });
  expect(created.statusCode).toBe(201);
  return created.json().id as string;
}

const subscriber = (customerId: string, extra: Record<string, unknown> = {}) => ({
  customerId, email: `user${++counter}@subs.example`, firstName: 'Anna', lastName: 'Muster', package: 'meetings', ...extra,
});

const activeCount = async (customerId: string) =>
  Number((await db().selectFrom('wholesale_subscribers').select((eb) => eb.fn.countAll().as('n')).where('customer_id', '=', customerId).where('removed_at', 'is', null).executeTakeFirstOrThrow()).n);

/** Everything a refused request must leave as it was. */
async function snapshot(customerId: string) {
  const { company_id } = await db().selectFrom('wholesale_customers').select('company_id').where('id', '=', customerId).executeTakeFirstOrThrow();
  const [subscribers, numbers, lines, assignments, welcomes] = await Promise.all([
    db().selectFrom('wholesale_subscribers').selectAll().where('customer_id', '=', customerId).orderBy('id').execute(),
    db().selectFrom('wholesale_numbers').selectAll().where('customer_id', '=', customerId).orderBy('id').execute(),
    db().selectFrom('wholesale_package_lines').selectAll().where('customer_id', '=', customerId).orderBy('name').execute(),
    db().selectFrom('wholesale_assignments').selectAll().where('customer_id', '=', customerId).orderBy('id').execute(),
    // Queued, not their status: a welcome of before may be sent meanwhile.
    db().selectFrom('email_deliveries').select(['id', 'to_address']).where('company_id', '=', company_id).where('type', '=', 'wholesale.welcome').orderBy('id').execute(),
  ]);
  return { subscribers, numbers, lines, assignments, welcomes };
}

beforeAll(async () => {
  smtp = await new TestSmtp().start();
  portico = await startTestPortico({ config: { smtpUrl: smtp.url, mailRetryDelaySeconds: 1, mailRetryMaxDelaySeconds: 1 } });
  tree = await makeTree(portico.app, portico.ctx);
  const template = { name: 'EU', providerAdminEmail: 'ops@northwind.example', country: 'DE', defaultEmailLanguage: 'de', subscription: 'sub-1', authMethod: 'platform' };
  provisioningId = (await api('POST', '/v1/wholesale/onboarding-templates', token(), template)).json().provisioningId;
  otherProvisioningId = (await api('POST', '/v1/wholesale/onboarding-templates', tree.otherPartnerAdmin.token, template)).json().provisioningId;
});
afterAll(async () => {
  await portico?.close();
  await smtp?.stop();
});

describe('wholesale subscribers', () => {
  it('create, get, list, change, remove: the package is taken from the cap and given back, its history kept', async () => {
    const id = await customer([{ name: 'suite', quantity: 3 }, { name: 'meetings', quantity: 5 }]);
    const loc = await location(id, 'Munich', ['+498912345001', '+498912345002']);
    const created = await api('POST', '/v1/wholesale/subscribers', token(), subscriber(id, { package: 'suite', locationId: loc, phoneNumber: '+498912345001' }));
    expect(created.statusCode).toBe(201);
    const sub = created.json();
    expect(sub).toMatchObject({ customerId: id, package: 'suite', role: 'user', locationId: loc, phoneNumber: '+498912345001', extension: null });
    expect((await api('GET', `/v1/wholesale/subscribers/${sub.id}`, token())).json()).toEqual(sub);
    const listed = (await api('GET', `/v1/wholesale/subscribers?customerId=${id}&limit=1`, token())).json();
    expect(listed.items).toHaveLength(1);
    expect(listed.nextCursor).not.toBeNull();
    const second = (await api('GET', `/v1/wholesale/subscribers?customerId=${id}&limit=1&cursor=${listed.nextCursor}`, token())).json();
    expect(second.items.map((s: { id: string }) => s.id)).toContain(sub.id);

    const changed = await api('PATCH', `/v1/wholesale/subscribers/${sub.id}`, token(), { package: 'meetings', locationId: null, phoneNumber: null });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ package: 'meetings', locationId: null, phoneNumber: null });
    const lines = (await api('GET', `/v1/wholesale/customers/${id}`, token())).json().packages;
    expect(lines).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'suite', assigned: 1 }), expect.objectContaining({ name: 'meetings', assigned: 1 })]));
    const history = await db().selectFrom('wholesale_assignments').select(['package', 'ended_at']).where('subscriber_id', '=', sub.id).orderBy('started_at').orderBy('id').execute();
    expect(history.map((h) => [h.package, h.ended_at === null])).toEqual([['suite', false], ['meetings', true]]);

    expect((await api('DELETE', `/v1/wholesale/subscribers/${sub.id}`, token())).statusCode).toBe(204);
    expect((await api('GET', `/v1/wholesale/subscribers/${sub.id}`, token())).statusCode).toBe(404);
    const after = (await api('GET', `/v1/wholesale/customers/${id}`, token())).json().packages;
    expect(after.find((l: { name: string }) => l.name === 'meetings').assigned).toBe(0);
    const open = await db().selectFrom('wholesale_assignments').select('id').where('subscriber_id', '=', sub.id).where('ended_at', 'is', null).execute();
    expect(open).toHaveLength(0);
    const free = await db().selectFrom('wholesale_numbers').select('subscriber_id').where('number', '=', '+498912345001').executeTakeFirstOrThrow();
    expect(free.subscriber_id).toBeNull();
  });

  it('the cap holds under concurrency: 100 parallel creates against a cap of 10 → exactly 10 × 201 and 90 × 409, no 5xx', async () => {
    const id = await customer([{ name: 'suite', quantity: 1 }, { name: 'meetings', quantity: 10 }]);
    const before = await activeCount(id); // the full admin
    const answers = await Promise.all(Array.from({ length: 100 }, () => api('POST', '/v1/wholesale/subscribers', token(), subscriber(id))));
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(10);
    expect(codes.filter((c) => c === 409)).toHaveLength(90);
    for (const a of answers.filter((x) => x.statusCode === 409)) expect(a.json()).toMatchObject({ code: 'package_cap_reached', field: 'package' });
    expect(await activeCount(id) - before).toBe(10);
    const line = await db().selectFrom('wholesale_package_lines').select('assigned').where('customer_id', '=', id).where('name', '=', 'meetings').executeTakeFirstOrThrow();
    expect(line.assigned).toBe(10);
  });

  it('a number is never assigned twice: 20 parallel requests for one number → exactly one 201', async () => {
    const id = await customer([{ name: 'suite', quantity: 1 }, { name: 'calling', quantity: 30 }]);
    const loc = await location(id, 'Hamburg', ['+494012345001']);
    const answers = await Promise.all(Array.from({ length: 20 }, () =>
      api('POST', '/v1/wholesale/subscribers', token(), subscriber(id, { package: 'calling', locationId: loc, phoneNumber: '+494012345001' }))));
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    for (const a of answers.filter((x) => x.statusCode === 409)) expect(a.json()).toMatchObject({ code: 'number_assigned', field: 'phoneNumber' });
    const line = await db().selectFrom('wholesale_package_lines').select('assigned').where('customer_id', '=', id).where('name', '=', 'calling').executeTakeFirstOrThrow();
    expect(line.assigned).toBe(1);
  });

  it('each bad input: a 4xx problem+json naming the field, nothing changed', async () => {
    const id = await customer([{ name: 'suite', quantity: 2 }, { name: 'calling', quantity: 3 }, { name: 'meetings', quantity: 1 }]);
    const here = await location(id, 'Berlin', ['+493012345001']);
    const there = await location(id, 'Köln', ['+492212345001']);
    const taken = (await api('POST', '/v1/wholesale/subscribers', token(), subscriber(id))).json();
    const admin = await db().selectFrom('wholesale_subscribers').select('id').where('customer_id', '=', id).where('role', '=', 'full_admin').executeTakeFirstOrThrow();
    const other = await customer([{ name: 'meetings', quantity: 5 }], tree.otherPartnerAdmin.token);
    const before = await snapshot(id);
    const cases: [string, string, string, unknown, number, string, string][] = [
      ['unsupported package', 'POST', '/v1/wholesale/subscribers', subscriber(id, { package: 'voice' }), 422, 'package_not_ordered', 'package'],
      ['an unknown package', 'POST', '/v1/wholesale/subscribers', subscriber(id, { package: 'nonsense' }), 422, 'package_not_ordered', 'package'],
      ['calling package without a location', 'POST', '/v1/wholesale/subscribers', subscriber(id, { package: 'calling' }), 422, 'number_required', 'locationId'],
      ['calling package without a number', 'POST', '/v1/wholesale/subscribers', subscriber(id, { package: 'calling', locationId: here }), 422, 'number_required', 'phoneNumber'],
      ['a number of another location', 'POST', '/v1/wholesale/subscribers', subscriber(id, { package: 'calling', locationId: here, phoneNumber: '+492212345001' }), 422, 'number_not_at_location', 'phoneNumber'],
      ['e-mail in use', 'POST', '/v1/wholesale/subscribers', subscriber(id, { email: taken.email.toUpperCase() }), 409, 'email_in_use', 'email'],
      ['over the cap', 'POST', '/v1/wholesale/subscribers', subscriber(id), 409, 'package_cap_reached', 'package'],
      ['an admin below the organisation level', 'POST', '/v1/wholesale/subscribers', subscriber(id, { role: 'admin', package: 'calling', locationId: here, extension: '200' }), 422, 'admin_package_level', 'package'],
      ['downgrading the full admin', 'PATCH', `/v1/wholesale/subscribers/${admin.id}`, { package: 'meetings' }, 409, 'full_admin_downgrade', 'package'],
      ['another partner\'s customer', 'POST', '/v1/wholesale/subscribers', subscriber(other), 404, 'customer_not_found', 'customerId'],
      ['another partner\'s subscriber', 'DELETE', `/v1/wholesale/subscribers/${taken.id}`, undefined, 404, 'subscriber_not_found', 'id'],
      ['an unknown location', 'POST', '/v1/wholesale/subscribers', subscriber(id, { package: 'calling', locationId: '01890000-0000-7000-8000-000000000000', extension: '201' }), 404, 'location_not_found', 'locationId'],
      ['a number already on the platform', 'POST', `/v1/wholesale/customers/${id}/locations/${there}/numbers`, { numbers: ['+492212345002', '+493012345001'] }, 409, 'number_taken', 'numbers[1]'],
    ];
    for (const [what, method, url, body, status, code, field] of cases) {
      const as = what === 'another partner\'s subscriber' ? tree.otherPartnerAdmin.token : token();
      const answer = await api(method, url, as, body);
      expect([what, answer.statusCode, answer.headers['content-type']]).toEqual([what, status, expect.stringContaining('application/problem+json')]);
      expect([what, answer.json()]).toEqual([what, expect.objectContaining({ code, field, detail: expect.any(String) })]);
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it('a deprovisioned customer takes no subscribers (409 customer_deprovisioned)', async () => {
    const id = await customer([{ name: 'meetings', quantity: 5 }]);
    expect((await api('DELETE', `/v1/wholesale/customers/${id}`, token())).statusCode).toBe(202);
    const answer = await api('POST', '/v1/wholesale/subscribers', token(), subscriber(id));
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ code: 'customer_deprovisioned' });
  });

  it('bulk CSV: all rows or none, every row reported', async () => {
    const id = await customer([{ name: 'suite', quantity: 1 }, { name: 'calling', quantity: 5 }, { name: 'meetings', quantity: 5 }]);
    await location(id, 'Leipzig', ['+493412345001', '+493412345002']);
    const bulk = (csv: string) => call(portico.app, 'POST', `/v1/wholesale/customers/${id}/subscribers/bulk`, { token: token(), body: csv, headers: { 'content-type': 'text/csv' } });
    const header = 'email,firstName,lastName,package,role,location,phoneNumber,extension';
    const bad = [header,
      'bulk1@subs.example,Ada,Lovelace,calling,,Leipzig,+493412345001,',
      'bulk2@subs.example,Alan,Turing,calling,,Leipzig,,',
      'not-an-email,Grace,Hopper,meetings,,,,',
      'bulk1@subs.example,Ada,Again,meetings,,,,',
      '"bulk5@subs.example","Kurt, Jr.",Gödel,meetings,user,,,',
    ].join('\n');
    const before = await snapshot(id);
    const refused = await bulk(bad);
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toEqual({
      ok: false, created: 0, rows: [
        { row: 2, ok: true, problems: [] },
        { row: 3, ok: false, problems: [expect.objectContaining({ code: 'number_required', field: 'phoneNumber' })] },
        { row: 4, ok: false, problems: [expect.objectContaining({ code: 'email_invalid', field: 'email' })] },
        { row: 5, ok: false, problems: [expect.objectContaining({ code: 'email_in_use', field: 'email' })] },
        { row: 6, ok: true, problems: [] },
      ],
    });
    expect(await snapshot(id)).toEqual(before);

    const good = [header,
      'bulk1@subs.example,Ada,Lovelace,calling,,Leipzig,+493412345001,',
      'bulk2@subs.example,Alan,Turing,calling,admin,Leipzig,,',
      '"bulk5@subs.example","Kurt, Jr.",Gödel,meetings,user,,,',
    ].join('\r\n');
    const okRows = await bulk(good.replace('calling,admin', 'calling,user').replace('Leipzig,,', 'Leipzig,,300'));
    expect(okRows.statusCode).toBe(200);
    const result = okRows.json();
    expect(result).toMatchObject({ ok: true, created: 3 });
    expect(result.rows.every((r: { ok: boolean; subscriberId?: string }) => r.ok && r.subscriberId)).toBe(true);
    const kurt = await db().selectFrom('wholesale_subscribers').select(['first_name', 'last_name']).where('email', '=', 'bulk5@subs.example').executeTakeFirstOrThrow();
    expect(kurt).toEqual({ first_name: 'Kurt, Jr.', last_name: 'Gödel' });
    const welcomed = (await snapshot(id)).welcomes.map((w) => w.to_address);
    expect(welcomed.filter((to) => to.startsWith('bulk')).sort()).toEqual(['bulk1@subs.example', 'bulk2@subs.example', 'bulk5@subs.example']);

    const headerless = await bulk('a,b,c\n1,2,3');
    expect([headerless.statusCode, headerless.json().code]).toEqual([400, 'csv_header_invalid']);
    const unclosed = await bulk(`${header}\nopen@subs.example,"Anna,Muster,meetings,,,,`);
    expect([unclosed.statusCode, unclosed.json().code, unclosed.json().field]).toEqual([400, 'csv_invalid', 'file']);
    expect(unclosed.json().detail).toMatch(/^Line 2: a quoted field is never closed/);
    const many = [header, ...Array.from({ length: 5001 }, (_, i) => `many${i}@subs.example,A,B,meetings,,,,`)].join('\n');
    const tooMany = await bulk(many);
    expect([tooMany.statusCode, tooMany.json().code]).toEqual([422, 'too_many_rows']);
  });

  it('a welcome e-mail in the template\'s default language, from its sender name and with its reply-to, through the outbox (sent once SMTP is back); none when the template suppresses it', async () => {
    const template = (language: string, extra: Record<string, unknown> = {}) =>
      api('POST', '/v1/wholesale/onboarding-templates', token(), { name: `Welcome ${language} ${++counter}`, providerAdminEmail: 'ops@northwind.example', country: 'IT', defaultEmailLanguage: language, subscription: 'sub-1', authMethod: 'platform', ...extra });
    const sender = { fromName: 'Northwind Connect', replyTo: 'help@northwind.example' };
    const italian = await customer([{ name: 'meetings', quantity: 5 }], token(), (await template('it', { emailSettings: sender })).json().provisioningId);
    const quiet = await customer([{ name: 'meetings', quantity: 5 }], token(), (await template('en', { emailSettings: { suppressWelcomeEmail: true } })).json().provisioningId);

    await smtp.stop(); // SMTP is down when the subscriber is created: the mail waits in the queue
    const giulia = (await api('POST', '/v1/wholesale/subscribers', token(), subscriber(italian, { firstName: 'Giulia' }))).json();
    const silent = (await api('POST', '/v1/wholesale/subscribers', token(), subscriber(quiet))).json();
    await new Promise((r) => setTimeout(r, 500));
    await smtp.start(smtp.port);
    await smtp.waitFor(() => smtp.to(giulia.email).length > 0);
    const [mail] = smtp.to(giulia.email);
    const name = (await api('GET', `/v1/wholesale/customers/${italian}`, token())).json().customerInfo.name;
    expect(mail!.subject).toBe(`Benvenuto in ${name}`);
    expect(mail!.text).toContain('Ciao Giulia,');
    expect(mail!.text).toContain('il tuo pacchetto è meetings');
    // The template's name on the operator's address (MAIL_FROM): a partner's domain is never spoofed.
    const configured = 'no-reply@portico.localhost';
    expect(portico.ctx.config.mailFrom).toContain(configured);
    expect(mail!.from!.value).toEqual([{ name: 'Northwind Connect', address: configured }]);
    expect(mail!.replyTo!.value).toEqual([{ name: '', address: 'help@northwind.example' }]);
    const delivery = await db().selectFrom('email_deliveries').select(['type', 'language', 'status', 'message_id']).where('to_address', '=', giulia.email).execute();
    expect(delivery).toEqual([{ type: 'wholesale.welcome', language: 'it', status: 'sent', message_id: `<wholesale-welcome-${giulia.id}@portico>` }]);

    const german = (await api('POST', '/v1/wholesale/subscribers', token(), subscriber(await customer([{ name: 'meetings', quantity: 2 }]), { firstName: 'Jonas' }))).json();
    await smtp.waitFor(() => smtp.to(german.email).length > 0);
    expect(smtp.to(german.email)[0]!.text).toContain('Hallo Jonas,');
    // A template without them: the configured sender as it is, no Reply-To.
    expect(smtp.to(german.email)[0]!.from!.value).toEqual([{ name: 'Portico', address: configured }]);
    expect(smtp.to(german.email)[0]!.replyTo).toBeUndefined();

    // The full admin provisioning made is welcomed too.
    const admin = (await api('GET', `/v1/wholesale/customers/${italian}`, token())).json().customerInfo.primaryEmail;
    await smtp.waitFor(() => smtp.to(admin).length > 0);
    expect(smtp.to(admin)[0]!.subject).toBe(`Benvenuto in ${name}`);

    await portico.ctx.jobs.drain();
    expect(smtp.to((await api('GET', `/v1/wholesale/customers/${quiet}`, token())).json().customerInfo.primaryEmail)).toHaveLength(0);
    expect(smtp.to(silent.email)).toHaveLength(0);
    expect(smtp.to(giulia.email)).toHaveLength(1);
  }, 60_000); // SMTP down, then the retried mail and three more waited for: more than the default 30 s on a loaded machine
});
