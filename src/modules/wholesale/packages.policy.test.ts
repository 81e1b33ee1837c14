import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE as catalogue } from './packages.catalogue.ts';
import { checkPackageList, checkPackageUpdate, checkSubscriberPackage, MAX_QUANTITY, organisationPackage } from './packages.policy.ts';

/** Each problem as "code field"; every one must also explain itself (a sentence, not an empty detail). */
const codes = (problems: { code: string; field: string; detail: string }[]) => problems.map((p) => {
  expect(p.detail.length, p.code).toBeGreaterThan(20);
  return `${p.code} ${p.field}`;
});

describe('a package list', () => {
  it('accepts base packages with add-ons they allow', () => {
    expect(checkPackageList(catalogue, [{ name: 'suite', quantity: 10 }, { name: 'attendant_console', quantity: 1 }, { name: 'calling_plan', quantity: 10 }])).toEqual([]);
    expect(checkPackageList(catalogue, [{ name: 'voice', quantity: 5 }, { name: 'calling_plan', quantity: 5 }])).toEqual([]);
    expect(checkPackageList(catalogue, [{ name: 'meetings', quantity: 1 }])).toEqual([]);
    expect(checkPackageList(catalogue, [{ name: 'meetings', quantity: 1 }, { name: 'voice', quantity: 1 }, { name: 'calling_plan', quantity: 1 }])).toEqual([]); // one calling base is enough
    expect(checkPackageList(catalogue, [{ name: 'suite', quantity: MAX_QUANTITY }])).toEqual([]);
  });

  it('says what is wrong in words the partner can act on', () => {
    expect(checkPackageList(catalogue, [{ name: 'platinum', quantity: 1 }, { name: 'suite', quantity: 1 }])[0]!.detail)
      .toBe('"platinum" is not a package of this platform (common_area_calling, meetings, voice, calling, suite, attendant_console, calling_plan).');
    expect(checkPackageList(catalogue, [{ name: 'voice', quantity: 1 }, { name: 'attendant_console', quantity: 1 }])[0]!.detail)
      .toBe('The add-on "attendant_console" needs calling or suite in the same list.');
    expect(checkPackageList(catalogue, [{ name: 'meetings', quantity: 1 }, { name: 'calling_plan', quantity: 1 }])[0]!.detail)
      .toBe('The add-on "calling_plan" needs a calling-enabled package in the same list.');
  });

  it.each([
    ['an unknown package', [{ name: 'platinum', quantity: 1 }], ['package_unknown packages[0].name', 'no_base_package packages']],
    ['a quantity of 0', [{ name: 'suite', quantity: 0 }], ['quantity_invalid packages[0].quantity']],
    ['a negative quantity', [{ name: 'suite', quantity: -3 }], ['quantity_invalid packages[0].quantity']],
    ['a fractional quantity', [{ name: 'suite', quantity: 1.5 }], ['quantity_invalid packages[0].quantity']],
    ['a quantity past the maximum', [{ name: 'suite', quantity: MAX_QUANTITY + 1 }], ['quantity_invalid packages[0].quantity']],
    ['a package twice', [{ name: 'suite', quantity: 1 }, { name: 'suite', quantity: 2 }], ['package_duplicate packages[1].name']],
    ['an add-on alone', [{ name: 'calling_plan', quantity: 1 }], ['no_base_package packages']],
    ['attendant console without calling or suite', [{ name: 'voice', quantity: 1 }, { name: 'attendant_console', quantity: 1 }], ['addon_without_base packages[1].name']],
    ['a calling plan with meetings only', [{ name: 'meetings', quantity: 1 }, { name: 'calling_plan', quantity: 1 }], ['addon_without_base packages[1].name']],
    ['nothing', [], ['no_base_package packages']],
  ])('refuses %s', (_name, lines, expected) => {
    expect(codes(checkPackageList(catalogue, lines))).toEqual(expected);
  });
});

describe('a package update', () => {
  const assigned = new Map([['suite', 4], ['meetings', 0]]);
  it('may drop a package nobody holds and lower a quantity to what is assigned', () => {
    expect(checkPackageUpdate(catalogue, [{ name: 'suite', quantity: 4 }], assigned)).toEqual([]);
  });
  it('cannot go below what is assigned, nor leave an assigned package out', () => {
    expect(codes(checkPackageUpdate(catalogue, [{ name: 'suite', quantity: 3 }], assigned))).toEqual(['below_assigned packages[0].quantity']);
    expect(codes(checkPackageUpdate(catalogue, [{ name: 'calling', quantity: 10 }], assigned))).toEqual(['below_assigned packages']);
  });
});

describe('the organisation package and a subscriber’s package', () => {
  const ordered = [{ name: 'meetings', quantity: 10 }, { name: 'calling', quantity: 5 }, { name: 'calling_plan', quantity: 5 }];
  it('the organisation level is its highest-tier base package', () => {
    expect(organisationPackage(catalogue, ordered)?.name).toBe('calling');
    expect(organisationPackage(catalogue, [{ name: 'calling_plan', quantity: 1 }])).toBeNull();
    expect(organisationPackage(catalogue, [{ name: 'suite', quantity: 1 }, { name: 'meetings', quantity: 1 }, { name: 'platinum', quantity: 1 }])?.name).toBe('suite');
    // Two of the same tier: the first listed.
    expect(organisationPackage(catalogue, [{ name: 'meetings', quantity: 1 }, { name: 'voice', quantity: 1 }])?.name).toBe('meetings');
  });

  it.each([
    ['a package not ordered', { package: 'suite', role: 'user' as const }, ['package_not_ordered package']],
    ['an add-on as the package', { package: 'calling_plan', role: 'user' as const }, ['package_is_addon package']],
    ['calling without a location', { package: 'calling', role: 'user' as const }, ['number_required locationId']],
    ['calling without a number', { package: 'calling', role: 'user' as const, locationId: 'l1' }, ['number_required phoneNumber']],
    ['a number of another location', { package: 'calling', role: 'user' as const, locationId: 'l1', phoneNumber: '+4930123', numberAtLocation: false }, ['number_not_at_location phoneNumber']],
    ['an admin below the organisation level', { package: 'meetings', role: 'admin' as const }, ['admin_package_level package']],
    ['the full admin downgraded', { package: 'meetings', role: 'full_admin' as const, current: 'calling' }, ['admin_package_level package', 'full_admin_downgrade package']],
  ])('refuses %s', (_name, given, expected) => {
    expect(codes(checkSubscriberPackage(catalogue, { ordered, ...given }))).toEqual(expected);
  });

  it('only the full admin is held to its tier; a new full admin has none yet', () => {
    expect(checkSubscriberPackage(catalogue, { ordered, package: 'meetings', role: 'user', current: 'calling' })).toEqual([]);
    expect(codes(checkSubscriberPackage(catalogue, { ordered, package: 'meetings', role: 'admin', current: 'calling' }))).toEqual(['admin_package_level package']);
    expect(checkSubscriberPackage(catalogue, { ordered, package: 'calling', role: 'full_admin', locationId: 'l1', extension: '100' })).toEqual([]);
    expect(checkSubscriberPackage(catalogue, { ordered, package: 'calling', role: 'full_admin', locationId: 'l1', extension: '100', current: 'calling_plan' })).toEqual([]);
    expect(checkSubscriberPackage(catalogue, { ordered, package: 'suite', role: 'user' })[0]!.detail).toBe('"suite" is not one of this customer\'s packages (meetings, calling, calling_plan).');
  });

  it('accepts a user on meetings, calling with an extension, an admin at the organisation level', () => {
    expect(checkSubscriberPackage(catalogue, { ordered, package: 'meetings', role: 'user' })).toEqual([]);
    expect(checkSubscriberPackage(catalogue, { ordered, package: 'calling', role: 'user', locationId: 'l1', extension: '201' })).toEqual([]);
    expect(checkSubscriberPackage(catalogue, { ordered, package: 'calling', role: 'full_admin', locationId: 'l1', phoneNumber: '+4930123', numberAtLocation: true, current: 'calling' })).toEqual([]);
  });
});
