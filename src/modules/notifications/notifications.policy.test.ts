import { describe, expect, it } from 'vitest';
import type { CompanyType, Role } from '../accounts/index.ts';
import { canManageWebhooks, canOperateMail } from './notifications.policy.ts';

const ROLES: Role[] = ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only', 'compliance_officer'];
const TYPES: CompanyType[] = ['operator', 'partner', 'direct', 'managed'];
const admins: Role[] = ['company_admin', 'technical_admin'];

const cases = TYPES.flatMap((type) => ROLES.map((role): [CompanyType, Role] => [type, role]));

describe('mail log and dead letters: the operator’s company admins and technical admins', () => {
  it.each(cases)('%s · %s', (type, role) => {
    expect(canOperateMail({ userId: 'u', companyId: 'c', companyType: type, role })).toBe(type === 'operator' && admins.includes(role));
  });
});

describe('webhooks: company admins and technical admins of any company', () => {
  it.each(cases)('%s · %s', (type, role) => {
    expect(canManageWebhooks({ userId: 'u', companyId: 'c', companyType: type, role })).toBe(admins.includes(role));
  });
});
