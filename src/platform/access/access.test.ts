import { describe, expect, it } from 'vitest';
import { access, createAccess, inScope, inTree, managedGate, neverManaged, registerCapabilities, type AccessActor } from './access.ts';
import { actorAt, ALL_ROLES, companies, type CompanyKey } from '../../../test/helpers/access.ts';
import type { CompanyType } from '../actor.ts';
import { AppError } from '../errors.ts';

describe('company tree', () => {
  const table: [CompanyKey, CompanyKey, boolean][] = [
    ['operator', 'operator', true], ['operator', 'partner', true], ['operator', 'managed', true], ['operator', 'direct', true], ['operator', 'otherManaged', true],
    ['partner', 'partner', true], ['partner', 'managed', true], ['partner', 'otherManaged', false], ['partner', 'otherPartner', false],
    ['partner', 'direct', false], ['partner', 'operator', false],
    ['managed', 'managed', true], ['managed', 'partner', false], ['managed', 'otherManaged', false], ['managed', 'operator', false],
    ['direct', 'direct', true], ['direct', 'partner', false], ['direct', 'managed', false], ['direct', 'operator', false],
  ];
  it.each(table)('%s sees %s: %s', (who, target, expected) => {
    for (const role of ALL_ROLES) expect(inTree(actorAt(who, role), companies[target])).toBe(expected);
  });

  it('only a partner reaches companies through their partner id', () => {
    // Defence in depth: a row naming a direct or managed company as partner gives that company no access.
    for (const type of ['direct', 'managed'] as CompanyType[]) {
      const who: AccessActor = { userId: 'u', companyId: 'x1', companyType: type, role: 'company_admin' };
      expect(inTree(who, { id: 'y1', type: 'managed', partnerId: 'x1' })).toBe(false);
    }
  });
});

describe('can / require', () => {
  const access = createAccess({ 'things.do': (actor) => actor.role === 'company_admin' });
  const thrown = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error as AppError;
    }
    return null;
  };

  it('outside the tree is 404, whatever the role; the 404 names what the caller asked for', () => {
    const error = thrown(() => access.require(actorAt('direct'), 'things.do', companies.partner, ['port', 'portId']));
    expect(error).toMatchObject({ kind: 'not_found', code: 'port_not_found', field: 'portId' });
    expect(access.can(actorAt('direct'), 'things.do', companies.partner)).toBe(false);
  });

  it('inside the tree but not allowed is 403 capability_required naming the capability', () => {
    const error = thrown(() => access.require(actorAt('direct', 'read_only'), 'things.do', companies.direct));
    expect(error).toMatchObject({ kind: 'forbidden', code: 'capability_required', extra: { capability: 'things.do' } });
    expect(thrown(() => access.require(actorAt('direct', 'read_only'), 'things.do'))).toMatchObject({ code: 'capability_required' });
  });

  it('a managed account’s setting refuses as 403 managed_setting naming it; the role part still answers capability_required', () => {
    // (A partner's user acting for the account: only what the product fixes binds them — see partners-acting-for.test.ts.)
    const gated = createAccess({
      'x.gated': managedGate({ setting: 'showThings', enabled: (settings) => (settings as { on?: boolean }).on === true }, (actor) => actor.role === 'company_admin'),
      'x.never': neverManaged('billingThings'),
    });
    const managed = (role: AccessActor['role'], on: boolean): AccessActor => ({ ...actorAt('managed', role), settings: { on } as never });
    expect(thrown(() => gated.require(managed('company_admin', false), 'x.gated'))).toMatchObject({
      kind: 'forbidden', code: 'managed_setting', extra: { setting: 'showThings', capability: 'x.gated' },
    });
    expect(thrown(() => gated.require(managed('company_admin', true), 'x.gated'))).toBeNull();
    expect(thrown(() => gated.require(managed('read_only', true), 'x.gated'))).toMatchObject({ code: 'capability_required' });
    expect(thrown(() => gated.require(managed('company_admin', true), 'x.never'))).toMatchObject({ code: 'managed_setting', extra: { setting: 'billingThings' } });
    // Only managed accounts are gated: a partner or a direct customer never meets the setting.
    for (const who of ['partner', 'direct'] as const) {
      expect(gated.can(actorAt(who), 'x.gated')).toBe(true);
      expect(gated.can(actorAt(who), 'x.never')).toBe(true);
    }
    expect(gated.refusal(managed('company_admin', false), 'x.gated')).toMatchObject({ code: 'managed_setting' });
    // A partner's user acting for the account: the partner's settings do not bind them, what the product fixes does.
    const acting = { ...managed('company_admin', false), actingFrom: 'p1' };
    expect(gated.can(acting, 'x.gated')).toBe(true);
    expect(thrown(() => gated.require(acting, 'x.never'))).toMatchObject({ code: 'managed_setting', extra: { setting: 'billingThings' } });
  });

  it('allowed: no error; held lists what the actor holds at a target', () => {
    expect(thrown(() => access.require(actorAt('partner'), 'things.do', companies.managed))).toBeNull();
    expect(access.held(actorAt('partner'), companies.managed)).toEqual(['things.do']);
    expect(access.held(actorAt('partner'), companies.direct)).toEqual([]);
  });

  it('a capability receives the actor’s company settings (empty until a module fills them)', () => {
    let seen: unknown;
    const spy = createAccess({ 'x.y': (_actor, _target, settings) => ((seen = settings), true) });
    spy.can(actorAt('direct'), 'x.y');
    expect(seen).toEqual({});
  });
});

describe('inScope', () => {
  const ownerOf = (row: { owner: CompanyKey }) => companies[row.owner];
  it('returns what was found inside the tree, else the 404 that hides it', () => {
    expect(inScope(actorAt('partner'), { owner: 'managed' as const }, ownerOf, 'port')).toEqual({ owner: 'managed' });
    expect(() => inScope(actorAt('partner'), { owner: 'direct' as const }, ownerOf, 'port', 'id')).toThrow(expect.objectContaining({ code: 'port_not_found' }));
    expect(() => inScope(actorAt('partner'), undefined, ownerOf, 'user', 'id')).toThrow(expect.objectContaining({ code: 'user_not_found' }));
  });
});

describe('registerCapabilities', () => {
  it('adds a module’s rules to the server’s access, and refuses a name declared twice with another rule', () => {
    const rule = () => true;
    registerCapabilities({ 'test.registered': rule });
    registerCapabilities({ 'test.registered': rule }); // the same module loaded twice is harmless
    expect(access.names).toContain('test.registered');
    expect(() => registerCapabilities({ 'test.registered': () => false })).toThrow('capability test.registered is declared twice');
  });
});
