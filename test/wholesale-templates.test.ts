import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree, makeUser, type TestUser } from './helpers/factories.ts';

let portico: TestPortico;
let tree: Awaited<ReturnType<typeof makeTree>>;
let partnerReader: TestUser;

const PATH = '/v1/wholesale/onboarding-templates';
const UNKNOWN = '01890000-0000-7000-8000-000000000000';
const api = (method: string, url: string, token: string, body?: unknown) => call(portico.app, method, url, { token, body });
const db = () => portico.ctx.db.kysely;

const SAML = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Northwind's IdP -->
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.northwind.example/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.northwind.example/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
`;

let counter = 0;
const body = (extra: Record<string, unknown> = {}) => ({
  name: `Standard ${++counter}`, providerAdminEmail: 'provisioning@northwind.example', country: 'DE', defaultEmailLanguage: 'de',
  subscription: 'sub-wholesale-eu-1', authMethod: 'platform', ...extra,
});
const create = (extra: Record<string, unknown> = {}, token = tree.partnerAdmin.token) => api('POST', PATH, token, body(extra));

beforeAll(async () => {
  portico = await startTestPortico();
  tree = await makeTree(portico.app, portico.ctx);
  partnerReader = await makeUser(portico.app, portico.ctx, tree.partner.id, 'read_only', 'partner');
});
afterAll(() => portico?.close());

describe('onboarding templates', () => {
  it('a partner admin creates one: 201 with a provisioning id to copy, every field back, the region of its country', async () => {
    const created = await create({
      name: 'Standard EU', pstnProvider: null,
      emailSettings: { fromName: 'Northwind Connect', replyTo: 'help@northwind.example', suppressWelcomeEmail: false },
      callingSettings: { defaultTimeZone: 'Europe/Berlin', outboundCallerId: '+493012345678', extensionLength: 4 },
    });
    expect(created.statusCode).toBe(201);
    const template = created.json();
    expect(template).toEqual({
      id: expect.any(String), partnerId: tree.partner.id, name: 'Standard EU', provisioningId: expect.stringMatching(/^prv_[A-Za-z0-9_-]{24}$/),
      providerAdminEmail: 'provisioning@northwind.example', country: 'DE', region: 'EURO', defaultEmailLanguage: 'de', subscription: 'sub-wholesale-eu-1',
      pstnProvider: null, pstnNotRecommended: false, authMethod: 'platform', samlMetadata: null, samlEntityId: null,
      emailSettings: { fromName: 'Northwind Connect', replyTo: 'help@northwind.example', suppressWelcomeEmail: false },
      callingSettings: { defaultTimeZone: 'Europe/Berlin', outboundCallerId: '+493012345678', extensionLength: 4 },
      createdAt: expect.any(String), updatedAt: expect.any(String),
    });
    expect((await api('GET', `${PATH}/${template.id}`, tree.partnerAdmin.token)).json()).toEqual(template);
  });

  it('each gets its own provisioning id (unique, random, never derived from the template)', async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, async () => (await create()).json().provisioningId as string));
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^prv_[A-Za-z0-9_-]{24}$/);
  });

  it('an Idempotency-Key makes a retried create return the same template, not a second', async () => {
    const payload = body();
    const headers = { 'idempotency-key': `template-${counter}` };
    const first = await call(portico.app, 'POST', PATH, { token: tree.partnerAdmin.token, body: payload, headers });
    const retry = await call(portico.app, 'POST', PATH, { token: tree.partnerAdmin.token, body: payload, headers });
    expect([first.statusCode, retry.statusCode]).toEqual([201, 201]);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
  });

  it('a region instead of a country; both or neither is refused', async () => {
    const byRegion = await create({ country: undefined, region: 'APAC' });
    expect(byRegion.statusCode).toBe(201);
    expect(byRegion.json()).toMatchObject({ country: null, region: 'APAC' });
    expect((await create({ region: 'APAC' })).json()).toMatchObject({ status: 400, code: 'country_or_region', field: 'region' });
    expect((await create({ country: undefined })).json()).toMatchObject({ status: 400, code: 'required', field: 'country' });
  });

  it('a cloud-connected PSTN provider is allowed, flagged not recommended', async () => {
    const created = await create({ pstnProvider: 'CloudTel Ltd' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ pstnProvider: 'CloudTel Ltd', pstnNotRecommended: true });
    const cleared = await api('PATCH', `${PATH}/${created.json().id}`, tree.partnerAdmin.token, { pstnProvider: null });
    expect(cleared.json()).toMatchObject({ pstnProvider: null, pstnNotRecommended: false });
  });

  it("saml needs the IdP's metadata (an EntityDescriptor); platform takes none", async () => {
    expect((await create({ authMethod: 'saml' })).json()).toMatchObject({ status: 400, code: 'saml_metadata_required', field: 'samlMetadata' });
    const saml = await create({ authMethod: 'saml', samlMetadata: SAML });
    expect(saml.statusCode).toBe(201);
    expect(saml.json()).toMatchObject({ authMethod: 'saml', samlMetadata: SAML, samlEntityId: 'https://idp.northwind.example/saml' });
    expect((await create({ samlMetadata: SAML })).json()).toMatchObject({ status: 400, code: 'saml_metadata_not_allowed', field: 'samlMetadata' });
    const bad = [
      '<html><body>not metadata</body></html>',
      SAML.replace('urn:oasis:names:tc:SAML:2.0:metadata', 'urn:example:other'),
      SAML.replace(' entityID="https://idp.northwind.example/saml"', ''),
      SAML.replace(/IDPSSODescriptor/g, 'SPSSODescriptor'),
      SAML.replace('</md:EntityDescriptor>', ''),
      `<!DOCTYPE x [<!ENTITY a "b">]>${SAML.replace(/^<\?xml[^>]*>/, '')}`,
    ];
    for (const samlMetadata of bad) {
      expect((await create({ authMethod: 'saml', samlMetadata })).json(), samlMetadata.slice(0, 60)).toMatchObject({ status: 400, code: 'bad_saml_metadata', field: 'samlMetadata' });
    }
    expect((await create({ authMethod: 'saml', samlMetadata: `${SAML}${' '.repeat(262_145)}` })).json()).toMatchObject({ status: 400, code: 'too_long', field: 'samlMetadata' });
    // Switching to platform drops the metadata; back to saml needs it again.
    const id = saml.json().id;
    expect((await api('PATCH', `${PATH}/${id}`, tree.partnerAdmin.token, { authMethod: 'platform' })).json()).toMatchObject({ authMethod: 'platform', samlMetadata: null, samlEntityId: null });
    expect((await api('PATCH', `${PATH}/${id}`, tree.partnerAdmin.token, { authMethod: 'saml' })).json()).toMatchObject({ status: 400, code: 'saml_metadata_required' });
  });

  it('lists the partner’s own, with pages; the operator reads every partner’s or one partner’s', async () => {
    const theirs = (await create({}, tree.otherPartnerAdmin.token)).json();
    const own = (await api('GET', `${PATH}?limit=200`, partnerReader.token)).json();
    expect(own.items.length).toBeGreaterThan(3);
    expect(own.items.every((t: { partnerId: string }) => t.partnerId === tree.partner.id)).toBe(true);
    const first = (await api('GET', `${PATH}?limit=2`, tree.partnerAdmin.token)).json();
    const second = (await api('GET', `${PATH}?limit=2&cursor=${first.nextCursor}`, tree.partnerAdmin.token)).json();
    expect([...first.items, ...second.items].map((t: { id: string }) => t.id)).toEqual(own.items.slice(0, 4).map((t: { id: string }) => t.id));
    const all = (await api('GET', `${PATH}?limit=200`, tree.operatorAdmin.token)).json();
    expect(all.items.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining([theirs.id, ...own.items.map((t: { id: string }) => t.id)]));
    const one = (await api('GET', `${PATH}?partnerId=${tree.otherPartner.id}`, tree.operatorAdmin.token)).json();
    expect(one.items.map((t: { id: string }) => t.id)).toEqual([theirs.id]);
    expect((await api('GET', `${PATH}/${theirs.id}`, tree.operatorAdmin.token)).statusCode).toBe(200);
    expect((await api('GET', `${PATH}?partnerId=${tree.otherPartner.id}`, tree.partnerAdmin.token)).json()).toMatchObject({ status: 404, field: 'partnerId' });
  });

  it('edits: the fields given, the provisioning id stays; a country replaces a region', async () => {
    const template = (await create({ country: undefined, region: 'EMEA' })).json();
    const edited = await api('PATCH', `${PATH}/${template.id}`, tree.partnerAdmin.token, {
      name: 'Renamed', country: 'IT', defaultEmailLanguage: 'it', callingSettings: { defaultTimeZone: 'Europe/Rome' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      id: template.id, provisioningId: template.provisioningId, name: 'Renamed', country: 'IT', region: 'EURO', defaultEmailLanguage: 'it',
      subscription: template.subscription, callingSettings: { defaultTimeZone: 'Europe/Rome' },
    });
    expect(Date.parse(edited.json().updatedAt)).toBeGreaterThanOrEqual(Date.parse(template.updatedAt));
    const other = (await create()).json();
    expect((await api('PATCH', `${PATH}/${other.id}`, tree.partnerAdmin.token, { name: 'Renamed' })).json()).toMatchObject({ status: 409, code: 'template_name_taken', field: 'name' });
  });

  it('deletes: 204, then 404', async () => {
    const template = (await create()).json();
    expect((await api('DELETE', `${PATH}/${template.id}`, tree.partnerAdmin.token)).statusCode).toBe(204);
    expect((await api('GET', `${PATH}/${template.id}`, tree.partnerAdmin.token)).json()).toMatchObject({ status: 404, code: 'template_not_found', field: 'id' });
    expect((await api('DELETE', `${PATH}/${template.id}`, tree.partnerAdmin.token)).statusCode).toBe(404);
  });

  it('every change writes an audit row and an event in the partner’s tree', async () => {
    const template = (await create({ authMethod: 'saml', samlMetadata: SAML })).json();
    await api('PATCH', `${PATH}/${template.id}`, tree.partnerAdmin.token, { subscription: 'sub-2' });
    await api('DELETE', `${PATH}/${template.id}`, tree.partnerAdmin.token);
    const audit = await db().selectFrom('audit_events').select(['action', 'company_id', 'actor_user_id', 'before', 'after']).where('target_id', '=', template.id).orderBy('id').execute();
    expect(audit.map((a) => [a.action, a.company_id, a.actor_user_id])).toEqual([
      ['wholesale.template_created', tree.partner.id, tree.partnerAdmin.id],
      ['wholesale.template_updated', tree.partner.id, tree.partnerAdmin.id],
      ['wholesale.template_deleted', tree.partner.id, tree.partnerAdmin.id],
    ]);
    expect(audit[1]!.before).toMatchObject({ subscription: 'sub-wholesale-eu-1', samlEntityId: 'https://idp.northwind.example/saml' });
    expect(audit[1]!.after).toMatchObject({ subscription: 'sub-2' });
    expect(JSON.stringify(audit)).not.toContain('IDPSSODescriptor');
    const events = await db().selectFrom('events').select(['type', 'company_id', 'payload']).where('type', 'like', 'wholesale.template_%').execute();
    const mine = events.filter((e) => (e.payload as { templateId: string }).templateId === template.id);
    expect(mine.map((e) => [e.type, e.company_id])).toEqual([
      ['wholesale.template_created', tree.partner.id], ['wholesale.template_updated', tree.partner.id], ['wholesale.template_deleted', tree.partner.id],
    ]);
    expect(mine[0]!.payload).toEqual({ templateId: template.id, partnerId: tree.partner.id });
  });
});

describe('who may', () => {
  it("another partner's template is 404 to read, edit and delete; unknown ids are 404 too", async () => {
    const template = (await create()).json();
    const other = tree.otherPartnerAdmin.token;
    for (const [method, payload] of [['GET', undefined], ['PATCH', { name: 'Mine now' }], ['DELETE', undefined]] as const) {
      expect((await api(method, `${PATH}/${template.id}`, other, payload)).json(), method).toMatchObject({ status: 404, code: 'template_not_found', field: 'id' });
      expect((await api(method, `${PATH}/${UNKNOWN}`, tree.partnerAdmin.token, payload)).json(), method).toMatchObject({ status: 404, code: 'template_not_found' });
    }
    expect((await api('GET', `${PATH}/${template.id}`, tree.partnerAdmin.token)).json().name).toBe(template.name);
  });

  it("a partner's other users read, only its company admins change; non-partners are 403", async () => {
    const template = (await create()).json();
    expect((await api('GET', `${PATH}/${template.id}`, partnerReader.token)).statusCode).toBe(200);
    expect((await create({}, partnerReader.token)).json()).toMatchObject({ status: 403, code: 'capability_required', capability: 'wholesale.templates.manage' });
    expect((await api('DELETE', `${PATH}/${template.id}`, partnerReader.token)).statusCode).toBe(403);
    for (const user of [tree.directAdmin, tree.managedAdmin]) {
      expect((await api('GET', PATH, user.token)).json()).toMatchObject({ status: 403, code: 'capability_required' });
      expect((await create({}, user.token)).statusCode).toBe(403);
    }
    // The operator reads, and does not write a partner's templates.
    expect((await create({}, tree.operatorAdmin.token)).statusCode).toBe(403);
    expect((await api('PATCH', `${PATH}/${template.id}`, tree.operatorAdmin.token, { name: 'x' })).statusCode).toBe(403);
  });
});

describe('bad input', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['name missing', { name: undefined }, 'name', 'required'],
    ['name blank', { name: '   ' }, 'name', 'bad_format'],
    ['name too long', { name: 'x'.repeat(101) }, 'name', 'too_long'],
    ['admin e-mail', { providerAdminEmail: 'not-an-email' }, 'providerAdminEmail', 'bad_format'],
    ['lower-case country', { country: 'de' }, 'country', 'bad_format'],
    ['unknown country', { country: 'XX' }, 'country', 'unknown_country'],
    ['unknown region', { country: undefined, region: 'MARS' }, 'region', 'not_allowed'],
    ['e-mail language', { defaultEmailLanguage: 'fr' }, 'defaultEmailLanguage', 'not_allowed'],
    ['subscription missing', { subscription: undefined }, 'subscription', 'required'],
    ['empty PSTN provider', { pstnProvider: '' }, 'pstnProvider', 'too_short'],
    ['auth method', { authMethod: 'ldap' }, 'authMethod', 'not_allowed'],
    ['unknown e-mail setting', { emailSettings: { signature: 'x' } }, 'emailSettings.signature', 'unknown_field'],
    ['reply-to', { emailSettings: { replyTo: 'nope' } }, 'emailSettings.replyTo', 'bad_format'],
    ['welcome e-mail flag', { emailSettings: { suppressWelcomeEmail: 'yes' } }, 'emailSettings.suppressWelcomeEmail', 'wrong_type'],
    ['time zone', { callingSettings: { defaultTimeZone: 'Mars/Olympus' } }, 'callingSettings.defaultTimeZone', 'unknown_time_zone'],
    ['caller id', { callingSettings: { outboundCallerId: '030 1234' } }, 'callingSettings.outboundCallerId', 'bad_format'],
    ['extension length', { callingSettings: { extensionLength: 11 } }, 'callingSettings.extensionLength', 'out_of_range'],
    ['unknown field', { colour: 'red' }, 'colour', 'unknown_field'],
  ];

  it.each(cases)('%s: 400 problem+json naming the field, nothing written', async (_name, extra, field, code) => {
    const before = await db().selectFrom('wholesale_templates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const response = await create(extra);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 400, field, code, detail: expect.any(String) });
    const after = await db().selectFrom('wholesale_templates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('an edit is checked the same way, and an empty one is refused', async () => {
    const template = (await create()).json();
    const patch = (payload: unknown) => api('PATCH', `${PATH}/${template.id}`, tree.partnerAdmin.token, payload).then((r) => r.json());
    expect(await patch({})).toMatchObject({ status: 400, code: 'too_short' });
    expect(await patch({ country: 'ZZ' })).toMatchObject({ status: 400, code: 'unknown_country', field: 'country' });
    expect(await patch({ country: 'FR', region: 'EURO' })).toMatchObject({ status: 400, code: 'country_or_region', field: 'region' });
    expect(await patch({ provisioningId: 'prv_mine' })).toMatchObject({ status: 400, code: 'unknown_field', field: 'provisioningId' });
    expect((await api('GET', `${PATH}/${template.id}`, tree.partnerAdmin.token)).json()).toEqual(template);
  });
});

describe('concurrency', () => {
  it('10 creates of one name at once: exactly one 201, the others 409, no 5xx', async () => {
    const payload = body({ name: 'Burst' });
    const responses = await Promise.all(Array.from({ length: 10 }, () => api('POST', PATH, tree.partnerAdmin.token, payload)));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    for (const r of responses.filter((r) => r.statusCode === 409)) expect(r.json()).toMatchObject({ code: 'template_name_taken', field: 'name' });
    const rows = await db().selectFrom('wholesale_templates').select('id').where('partner_id', '=', tree.partner.id).where('name', '=', 'Burst').execute();
    expect(rows).toHaveLength(1);
    const audit = await db().selectFrom('audit_events').select('id').where('target_id', '=', rows[0]!.id).execute();
    expect(audit).toHaveLength(1);
    // Another partner may use the same name.
    expect((await api('POST', PATH, tree.otherPartnerAdmin.token, payload)).statusCode).toBe(201);
  });
});
