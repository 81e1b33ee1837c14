import type { AccessActor } from '../../platform/access/access.ts';
import type { CompanyType, Role } from './accounts.tables.ts';

/** Roles and what they cover. Who may do what is in the modules' `*.capabilities.ts`. */

export const ROLES: readonly Role[] = ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only', 'compliance_officer'];
export const CUSTOMER_ROLES: readonly Role[] = ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only'];
/** Roles that order and change services, and subscribe to notifications. */
export const ORDERING_ROLES: readonly Role[] = ['company_admin', 'technical_admin', 'technical_contact'];
/** Roles that decide approvals and manage service keys and webhooks. */
export const ADMIN_ROLES: readonly Role[] = ['company_admin', 'technical_admin'];

/** Roles each role includes: an API key may carry any of them, never more. */
const COVERS: Record<Role, readonly Role[]> = {
  company_admin: ROLES,
  technical_admin: ['technical_admin', 'technical_contact', 'read_only'],
  technical_contact: ['technical_contact', 'read_only'],
  finance: ['finance', 'read_only'],
  read_only: ['read_only'],
  compliance_officer: ['compliance_officer', 'read_only'],
};

export const roleCovers = (holder: Role, wanted: Role): boolean => COVERS[holder].includes(wanted);

/** An API key acts with its own role while its user still holds it, else read-only. */
export const effectiveKeyRole = (userRole: Role, keyRole: Role): Role => (roleCovers(userRole, keyRole) ? keyRole : 'read_only');

/** Which kinds of company this actor may create. */
export function creatableCompanyTypes(actor: AccessActor): Exclude<CompanyType, 'operator'>[] {
  if (actor.role !== 'company_admin') return [];
  if (actor.companyType === 'operator') return ['partner', 'direct', 'managed'];
  if (actor.companyType === 'partner') return ['managed'];
  return [];
}

/** Roles a user of this company may be given (compliance officers are operator staff). */
export const rolesFor = (companyType: CompanyType): readonly Role[] => (companyType === 'operator' ? ROLES : CUSTOMER_ROLES);

/** Direct customers and partners may offer services in the marketplace; managed accounts and the operator may not. */
export const mayProvide = (companyType: CompanyType): boolean => companyType === 'direct' || companyType === 'partner';

/** The roles an API key of this actor may carry: what their role covers, of the roles their company has. */
export const apiKeyRoles = (actor: AccessActor): Role[] => COVERS[actor.role].filter((role) => rolesFor(actor.companyType).includes(role));
