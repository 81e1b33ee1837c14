import { describe, expect, it } from 'vitest';
import { apiKeyRoles, creatableCompanyTypes, CUSTOMER_ROLES, effectiveKeyRole, roleCovers, ROLES, rolesFor } from './accounts.policy.ts';
import type { CompanyType, Role } from './accounts.tables.ts';

// The expectations below are written out literally from §1 of the spec, not derived from the policy's own lists.
const ALL_ROLES: Role[] = ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only', 'compliance_officer'];
const TYPES: CompanyType[] = ['operator', 'partner', 'direct', 'managed'];

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
  it.each(TYPES.flatMap((type) => ALL_ROLES.map((role): [CompanyType, Role] => [type, role])))('%s · %s: a key may carry what the role covers, of the company’s roles', (type, role) => {
    const expected = covers[role].filter((r) => type === 'operator' || r !== 'compliance_officer');
    expect(apiKeyRoles({ userId: 'u', companyId: 'c', companyType: type, role })).toEqual(expected);
  });
});
