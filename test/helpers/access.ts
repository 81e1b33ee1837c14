import { access, type CapabilityName } from '../../src/platform/access/access.ts';
import '../../src/modules.ts'; // registers every module's capabilities
import type { AccessActor, CompanyRef } from '../../src/platform/access/access.ts';
import { AppError } from '../../src/platform/errors.ts';
import type { CompanyType, Role } from '../../src/modules/accounts/accounts.tables.ts';

export const ALL_ROLES: Role[] = ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only', 'compliance_officer'];
export const TYPES: CompanyType[] = ['operator', 'partner', 'direct', 'managed'];

/** A small world: the operator, two partners with a managed account each, a direct customer. */
export const companies = {
  operator: { id: 'op', type: 'operator', partnerId: null },
  partner: { id: 'p1', type: 'partner', partnerId: null },
  managed: { id: 'm1', type: 'managed', partnerId: 'p1' },
  otherManaged: { id: 'm2', type: 'managed', partnerId: 'p2' },
  otherPartner: { id: 'p2', type: 'partner', partnerId: null },
  direct: { id: 'd1', type: 'direct', partnerId: null },
} satisfies Record<string, CompanyRef>;

export type CompanyKey = keyof typeof companies;

export const actorAt = (company: CompanyKey, role: Role = 'company_admin'): AccessActor => ({
  userId: 'u', companyId: companies[company].id, companyType: companies[company].type, role,
});

/** What `access.require` answers: 'allowed', 404 or 403 (with the code checked). */
export function outcome(actor: AccessActor, name: CapabilityName, target?: CompanyRef): 'allowed' | 404 | 403 {
  try {
    access.require(actor, name, target);
    return 'allowed';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.kind === 'not_found') return 404;
    const refusedAs = error.code === 'capability_required' || error.code === 'managed_setting';
    if (error.kind === 'forbidden' && refusedAs && error.extra?.capability === name) return 403;
    throw error;
  }
}
