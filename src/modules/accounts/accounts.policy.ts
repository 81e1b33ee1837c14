import type { CompanyType, Role } from './accounts.tables.ts';

/** The part of an actor the policies look at. */
export interface PolicyActor {
  userId: string;
  companyId: string;
  companyType: CompanyType;
  role: Role;
}

export interface CompanyRef {
  id: string;
  type: CompanyType;
  partnerId: string | null;
}

export const ROLES: readonly Role[] = ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only', 'compliance_officer'];
export const CUSTOMER_ROLES: readonly Role[] = ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only'];

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

/** The company tree: own company; a partner's managed accounts; the operator sees all. */
export function inTree(actor: PolicyActor, company: CompanyRef): boolean {
  if (actor.companyType === 'operator') return true;
  if (company.id === actor.companyId) return true;
  return actor.companyType === 'partner' && company.partnerId === actor.companyId;
}

export const canViewCompany = (actor: PolicyActor, company: CompanyRef): boolean => inTree(actor, company);

export const canEditCompany = (actor: PolicyActor, company: CompanyRef): boolean =>
  inTree(actor, company) && actor.role === 'company_admin';

export const canManageUsers = (actor: PolicyActor, company: CompanyRef): boolean =>
  inTree(actor, company) && actor.role === 'company_admin';

export const canViewAudit = canManageUsers;

/** Which kinds of company this actor may create. */
export function creatableCompanyTypes(actor: PolicyActor): CompanyType[] {
  if (actor.role !== 'company_admin') return [];
  if (actor.companyType === 'operator') return ['partner', 'direct', 'managed'];
  if (actor.companyType === 'partner') return ['managed'];
  return [];
}

/** Roles a user of this company may be given (compliance officers are operator staff). */
export const rolesFor = (companyType: CompanyType): readonly Role[] => (companyType === 'operator' ? ROLES : CUSTOMER_ROLES);

export const canOrderServices = (role: Role): boolean => ['company_admin', 'technical_admin', 'technical_contact'].includes(role);
export const canSubscribeToNotifications = canOrderServices;
export const canDecideApprovals = (role: Role): boolean => role === 'company_admin' || role === 'technical_admin';
export const canSeePrices = (role: Role): boolean => role === 'company_admin' || role === 'finance';

/** What the portal may show this actor (GET /v1/me). */
export function permissions(actor: PolicyActor): string[] {
  const out = ['company.view', 'api_keys.manage'];
  const admin = actor.role === 'company_admin';
  if (admin) out.push('company.edit', 'users.manage', 'audit.view');
  if (actor.companyType === 'operator' || actor.companyType === 'partner') out.push('companies.view_tree');
  if (creatableCompanyTypes(actor).length > 0) out.push('companies.create');
  if (canOrderServices(actor.role)) out.push('services.order');
  if (canSeePrices(actor.role)) out.push('prices.view');
  if (canDecideApprovals(actor.role)) out.push('approvals.decide');
  if (canSubscribeToNotifications(actor.role)) out.push('notifications.subscribe');
  if (actor.companyType === 'operator' && (actor.role === 'compliance_officer' || admin)) out.push('compliance.review');
  return out;
}
