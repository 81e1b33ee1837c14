import { describe, expect, it } from 'vitest';
import {
  canEditCompany, canManageUsers, canViewCompany, creatableCompanyTypes, effectiveKeyRole, inTree, permissions, roleCovers, rolesFor,
  type CompanyRef, type PolicyActor,
} from './accounts.policy.ts';
import type { CompanyType, Role } from './accounts.tables.ts';

const companies: Record<string, CompanyRef> = {
  operator: { id: 'op', type: 'operator', partnerId: null },
  partner: { id: 'p1', type: 'partner', partnerId: null },
  managed: { id: 'm1', type: 'managed', partnerId: 'p1' },
  otherManaged: { id: 'm2', type: 'managed', partnerId: 'p2' },
  otherPartner: { id: 'p2', type: 'partner', partnerId: null },
  direct: { id: 'd1', type: 'direct', partnerId: null },
};

const actor = (company: keyof typeof companies, role: Role = 'company_admin'): PolicyActor => ({
  userId: 'u', companyId: companies[company].id, companyType: companies[company].type as CompanyType, role,
});

describe('company tree', () => {
  const table: [keyof typeof companies, keyof typeof companies, boolean][] = [
    ['operator', 'partner', true], ['operator', 'managed', true], ['operator', 'direct', true], ['operator', 'otherManaged', true],
    ['partner', 'partner', true], ['partner', 'managed', true], ['partner', 'otherManaged', false], ['partner', 'otherPartner', false],
    ['partner', 'direct', false], ['partner', 'operator', false],
    ['managed', 'managed', true], ['managed', 'partner', false], ['managed', 'otherManaged', false],
    ['direct', 'direct', true], ['direct', 'partner', false], ['direct', 'managed', false], ['direct', 'operator', false],
  ];
  it.each(table)('%s sees %s: %s', (who, target, expected) => {
    expect(inTree(actor(who), companies[target])).toBe(expected);
    expect(canViewCompany(actor(who, 'read_only'), companies[target])).toBe(expected);
  });
});

describe('who may change what', () => {
  it('only company admins manage users and edit the company, within the tree', () => {
    for (const role of ['technical_admin', 'technical_contact', 'finance', 'read_only'] as Role[]) {
      expect(canManageUsers(actor('partner', role), companies.managed)).toBe(false);
      expect(canEditCompany(actor('direct', role), companies.direct)).toBe(false);
    }
    expect(canManageUsers(actor('partner'), companies.managed)).toBe(true);
    expect(canManageUsers(actor('partner'), companies.otherManaged)).toBe(false);
    expect(canManageUsers(actor('operator'), companies.otherManaged)).toBe(true);
    expect(canManageUsers(actor('managed'), companies.partner)).toBe(false);
  });

  it('the operator creates partners, direct customers and managed accounts; a partner only managed ones', () => {
    expect(creatableCompanyTypes(actor('operator'))).toEqual(['partner', 'direct', 'managed']);
    expect(creatableCompanyTypes(actor('partner'))).toEqual(['managed']);
    expect(creatableCompanyTypes(actor('managed'))).toEqual([]);
    expect(creatableCompanyTypes(actor('direct'))).toEqual([]);
    expect(creatableCompanyTypes(actor('partner', 'technical_admin'))).toEqual([]);
  });

  it('compliance officers exist only at the operator', () => {
    expect(rolesFor('operator')).toContain('compliance_officer');
    expect(rolesFor('partner')).not.toContain('compliance_officer');
  });
});

describe('API key roles', () => {
  it('a key is never stronger than its user', () => {
    expect(roleCovers('company_admin', 'technical_admin')).toBe(true);
    expect(roleCovers('technical_admin', 'company_admin')).toBe(false);
    expect(roleCovers('technical_contact', 'technical_admin')).toBe(false);
    expect(roleCovers('finance', 'technical_contact')).toBe(false);
    expect(roleCovers('read_only', 'read_only')).toBe(true);
  });
  it('a key falls back to read-only when its user loses the role', () => {
    expect(effectiveKeyRole('company_admin', 'technical_admin')).toBe('technical_admin');
    expect(effectiveKeyRole('read_only', 'company_admin')).toBe('read_only');
  });
});

describe('permissions for the portal', () => {
  it('follow the roles of §1', () => {
    expect(permissions(actor('partner'))).toEqual(expect.arrayContaining(['users.manage', 'companies.create', 'companies.view_tree', 'services.order', 'approvals.decide', 'notifications.subscribe', 'prices.view']));
    const readOnly = permissions(actor('direct', 'read_only'));
    expect(readOnly).toContain('company.view');
    expect(readOnly).not.toContain('services.order');
    expect(readOnly).not.toContain('users.manage');
    const finance = permissions(actor('direct', 'finance'));
    expect(finance).toContain('prices.view');
    expect(finance).not.toContain('notifications.subscribe');
    const contact = permissions(actor('direct', 'technical_contact'));
    expect(contact).toContain('services.order');
    expect(contact).not.toContain('approvals.decide');
    expect(permissions(actor('operator', 'compliance_officer'))).toContain('compliance.review');
    expect(permissions(actor('direct'))).not.toContain('compliance.review');
  });
});
