import { describe, expect, it } from 'vitest';
import {
  canDecideApprovals, canEditCompany, canManageUsers, canOrderServices, canSeePrices, canSubscribeToNotifications, canViewAudit,
  canViewCompany, creatableCompanyTypes, CUSTOMER_ROLES, effectiveKeyRole, inTree, permissions, roleCovers, ROLES, rolesFor,
  type CompanyRef, type PolicyActor,
} from './accounts.policy.ts';
import type { CompanyType, Role } from './accounts.tables.ts';

// The expectations below are written out literally from §1 of the spec, not derived from the policy's own lists.
const ALL_ROLES: Role[] = ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only', 'compliance_officer'];
const TYPES: CompanyType[] = ['operator', 'partner', 'direct', 'managed'];

const companies: Record<string, CompanyRef> = {
  operator: { id: 'op', type: 'operator', partnerId: null },
  partner: { id: 'p1', type: 'partner', partnerId: null },
  managed: { id: 'm1', type: 'managed', partnerId: 'p1' },
  otherManaged: { id: 'm2', type: 'managed', partnerId: 'p2' },
  otherPartner: { id: 'p2', type: 'partner', partnerId: null },
  direct: { id: 'd1', type: 'direct', partnerId: null },
};

const actor = (company: keyof typeof companies, role: Role = 'company_admin'): PolicyActor => ({
  userId: 'u', companyId: companies[company].id, companyType: companies[company].type, role,
});

describe('company tree', () => {
  const table: [keyof typeof companies, keyof typeof companies, boolean][] = [
    ['operator', 'operator', true], ['operator', 'partner', true], ['operator', 'managed', true], ['operator', 'direct', true], ['operator', 'otherManaged', true],
    ['partner', 'partner', true], ['partner', 'managed', true], ['partner', 'otherManaged', false], ['partner', 'otherPartner', false],
    ['partner', 'direct', false], ['partner', 'operator', false],
    ['managed', 'managed', true], ['managed', 'partner', false], ['managed', 'otherManaged', false], ['managed', 'operator', false],
    ['direct', 'direct', true], ['direct', 'partner', false], ['direct', 'managed', false], ['direct', 'operator', false],
  ];
  it.each(table)('%s sees %s: %s', (who, target, expected) => {
    for (const role of ALL_ROLES) {
      expect(inTree(actor(who, role), companies[target])).toBe(expected);
      expect(canViewCompany(actor(who, role), companies[target])).toBe(expected);
    }
  });

  it('only a partner reaches companies through their partner id', () => {
    // Defence in depth: a row naming a direct or managed company as partner gives that company no access.
    for (const type of ['direct', 'managed'] as CompanyType[]) {
      const who: PolicyActor = { userId: 'u', companyId: 'x1', companyType: type, role: 'company_admin' };
      expect(inTree(who, { id: 'y1', type: 'managed', partnerId: 'x1' })).toBe(false);
    }
  });
});

describe('who may change the company, its users and read its audit log', () => {
  // [role, may edit / manage users / view audit within the tree]
  const table: [Role, boolean][] = [
    ['company_admin', true], ['technical_admin', false], ['technical_contact', false], ['finance', false], ['read_only', false], ['compliance_officer', false],
  ];
  it.each(table)('%s: %s inside the tree, never outside', (role, may) => {
    for (const check of [canEditCompany, canManageUsers, canViewAudit]) {
      expect(check(actor('direct', role), companies.direct)).toBe(may);
      expect(check(actor('partner', role), companies.managed)).toBe(may);
      expect(check(actor('operator', role), companies.otherManaged)).toBe(may);
      expect(check(actor('partner', role), companies.otherManaged)).toBe(false);
      expect(check(actor('managed', role), companies.partner)).toBe(false);
      expect(check(actor('direct', role), companies.managed)).toBe(false);
    }
  });
});

describe('which companies an actor may create', () => {
  // Only company admins create, and only below themselves; every other role × type creates nothing.
  const grants: Record<string, CompanyType[]> = { 'operator/company_admin': ['partner', 'direct', 'managed'], 'partner/company_admin': ['managed'] };
  const table = TYPES.flatMap((type) => ALL_ROLES.map((role): [CompanyType, Role, CompanyType[]] => [type, role, grants[`${type}/${role}`] ?? []]));
  it.each(table)('%s · %s → %j', (type, role, expected) => {
    expect(creatableCompanyTypes({ userId: 'u', companyId: 'c', companyType: type, role })).toEqual(expected);
  });
});

describe('roles a company’s users may hold', () => {
  it('the operator has all six roles; compliance officers exist only there', () => {
    expect(ROLES).toEqual(ALL_ROLES);
    expect(rolesFor('operator')).toEqual(ALL_ROLES);
  });
  it.each<CompanyType>(['partner', 'direct', 'managed'])('%s: the five customer roles', (type) => {
    expect(rolesFor(type)).toEqual(['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only']);
  });
  it('CUSTOMER_ROLES lists the five customer roles', () => {
    expect(CUSTOMER_ROLES).toEqual(['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only']);
  });
});

describe('role capabilities', () => {
  // [role, orders services, subscribes to notifications, decides approvals, sees prices]
  const table: [Role, boolean, boolean, boolean, boolean][] = [
    ['company_admin', true, true, true, true],
    ['technical_admin', true, true, true, false],
    ['technical_contact', true, true, false, false],
    ['finance', false, false, false, true],
    ['read_only', false, false, false, false],
    ['compliance_officer', false, false, false, false],
  ];
  it.each(table)('%s: order %s · subscribe %s · approve %s · prices %s', (role, order, subscribe, approve, prices) => {
    expect(canOrderServices(role)).toBe(order);
    expect(canSubscribeToNotifications(role)).toBe(subscribe);
    expect(canDecideApprovals(role)).toBe(approve);
    expect(canSeePrices(role)).toBe(prices);
  });
});

describe('API key roles', () => {
  // Which key roles each user role covers (row: the user's role; a key may carry exactly these).
  const covers: Record<Role, Role[]> = {
    company_admin: ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only', 'compliance_officer'],
    technical_admin: ['technical_admin', 'technical_contact', 'read_only'],
    technical_contact: ['technical_contact', 'read_only'],
    finance: ['finance', 'read_only'],
    read_only: ['read_only'],
    compliance_officer: ['compliance_officer', 'read_only'],
  };
  const pairs = ALL_ROLES.flatMap((holder) => ALL_ROLES.map((wanted): [Role, Role, boolean] => [holder, wanted, covers[holder].includes(wanted)]));
  it.each(pairs)('%s covers %s: %s', (holder, wanted, expected) => {
    expect(roleCovers(holder, wanted)).toBe(expected);
    // A key acts with its own role while its user still holds it, else read-only.
    expect(effectiveKeyRole(holder, wanted)).toBe(expected ? wanted : 'read_only');
  });
});

describe('permissions for the portal (GET /v1/me)', () => {
  const base = ['company.view', 'api_keys.manage'];
  const admin = ['company.edit', 'users.manage', 'audit.view'];
  const tree = ['companies.view_tree'];
  // Per role, what it may do in a direct or managed company (no tree of its own).
  const byRole: Record<Role, string[]> = {
    company_admin: [...base, ...admin, 'services.order', 'prices.view', 'approvals.decide', 'notifications.subscribe'],
    technical_admin: [...base, 'services.order', 'approvals.decide', 'notifications.subscribe'],
    technical_contact: [...base, 'services.order', 'notifications.subscribe'],
    finance: [...base, 'prices.view'],
    read_only: base,
    compliance_officer: base,
  };
  // Per company type and role, what comes on top.
  const extra = (type: CompanyType, role: Role): string[] => {
    const rows: Record<CompanyType, Partial<Record<Role, string[]>>> = {
      operator: {
        company_admin: [...tree, 'companies.create', 'compliance.review'], technical_admin: tree, technical_contact: tree,
        finance: tree, read_only: tree, compliance_officer: [...tree, 'compliance.review'],
      },
      partner: { company_admin: [...tree, 'companies.create'], technical_admin: tree, technical_contact: tree, finance: tree, read_only: tree, compliance_officer: tree },
      direct: {},
      managed: {},
    };
    return rows[type][role] ?? [];
  };
  const table = TYPES.flatMap((type) => ALL_ROLES.map((role): [CompanyType, Role] => [type, role]));
  it.each(table)('%s · %s: exactly what §1 grants', (type, role) => {
    const got = permissions({ userId: 'u', companyId: 'c', companyType: type, role });
    expect(new Set(got).size).toBe(got.length);
    expect([...got].sort()).toEqual([...byRole[role], ...extra(type, role)].sort());
  });
});
