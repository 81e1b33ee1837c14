import { describe, expect, it } from 'vitest';
import type { CompanyType, Role } from '../accounts/index.ts';
import '../../modules.ts'; // registers every module's notices
import { findType } from './notifications.catalogue.ts';
import type { Audience } from './notifications.catalogue.ts';
import {
  APPROVER_ROLES, candidateCompanies, defaultPreferences, isRecipient, SUBSCRIBING_ROLES, type Candidate, type Concerned,
} from './notifications.recipients.ts';

const ROLES: Role[] = ['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only'];
const on = { ordering: true, financial: true, people: true, company: true, services: true };
const off = { ordering: false, financial: false, people: false, company: false, services: false };

function concerned(type: CompanyType): Concerned {
  return { companyId: 'c1', companyType: type, partnerId: type === 'managed' ? 'p1' : null, subjectUserId: 'subject' };
}

function candidate(role: Role, companyId: string, prefs: typeof on, userId = 'u'): Candidate {
  return { userId, role, companyId, preferences: prefs };
}

const decide = (type: string, who: Candidate, about: Concerned) => {
  const entry = findType(type)!;
  return isRecipient(entry.audience, entry.group, who, about);
};

describe('security notices go straight to the affected user, whatever their preferences or account type', () => {
  const types = ['security.password_changed', 'security.api_key_created', 'security.new_login', 'security.email_changed'];
  const rows = types.flatMap((type) =>
    (['direct', 'managed', 'partner', 'operator'] as CompanyType[]).flatMap((account) =>
      ROLES.flatMap((role) => [
        [type, account, role, 'subject', off, true] as const,
        [type, account, role, 'someone else', on, false] as const,
      ]),
    ),
  );
  it.each(rows)('%s · %s · %s · %s · prefs → %s', (type, account, role, who, prefs, expected) => {
    const user = candidate(role, 'c1', prefs, who === 'subject' ? 'subject' : 'other');
    expect(decide(type, user, concerned(account))).toBe(expected);
  });
});

describe('company notices go to subscribed, eligible users of the company concerned', () => {
  const rows: [string, CompanyType, Role, boolean, boolean][] = [];
  for (const type of ['people.user_added', 'people.user_removed', 'company.profile_changed']) {
    for (const account of ['direct', 'managed', 'partner'] as CompanyType[]) {
      for (const role of ROLES) {
        const eligible = ['company_admin', 'technical_admin', 'technical_contact'].includes(role);
        rows.push([type, account, role, true, eligible], [type, account, role, false, false]);
      }
    }
  }
  it.each(rows)('%s · %s · %s · subscribed %s → %s', (type, account, role, subscribed, expected) => {
    expect(decide(type, candidate(role, 'c1', subscribed ? on : off), concerned(account))).toBe(expected);
  });

  it('never reaches users of another company, not even the partner', () => {
    expect(decide('people.user_added', candidate('company_admin', 'p1', on), concerned('managed'))).toBe(false);
    expect(decide('company.profile_changed', candidate('company_admin', 'elsewhere', on), concerned('direct'))).toBe(false);
  });

  it('follows each group separately', () => {
    const onlyCompany = { ...off, company: true };
    expect(decide('company.profile_changed', candidate('company_admin', 'c1', onlyCompany), concerned('direct'))).toBe(true);
    expect(decide('people.user_added', candidate('company_admin', 'c1', onlyCompany), concerned('direct'))).toBe(false);
  });
});

describe('maintenance notices of a managed account go to its partner', () => {
  const rows: [CompanyType, string, Role, boolean, boolean][] = [
    ['managed', 'c1', 'company_admin', true, false],
    ['managed', 'c1', 'technical_admin', true, false],
    ['managed', 'p1', 'company_admin', true, true],
    ['managed', 'p1', 'technical_contact', true, true],
    ['managed', 'p1', 'finance', true, false],
    ['managed', 'p1', 'company_admin', false, false],
    ['direct', 'c1', 'company_admin', true, true],
    ['direct', 'c1', 'technical_contact', true, true],
    ['direct', 'c1', 'read_only', true, false],
    ['direct', 'c1', 'technical_admin', false, false],
    ['partner', 'c1', 'technical_admin', true, true],
  ];
  it.each(rows)('about a %s account · user of %s · %s · subscribed %s → %s', (account, company, role, subscribed, expected) => {
    expect(decide('services.maintenance_announced', candidate(role, company, subscribed ? on : off), concerned(account))).toBe(expected);
  });
});

describe('default preferences', () => {
  it.each<[Role, boolean]>([
    ['company_admin', true], ['technical_admin', true], ['technical_contact', true], ['finance', false], ['read_only', false], ['compliance_officer', false],
  ])('%s: every group %s (the others may not subscribe)', (role, eligible) => {
    expect(defaultPreferences(role)).toEqual(eligible ? on : off);
  });
  it('subscribers and approvers are the roles of §1', () => {
    expect(SUBSCRIBING_ROLES).toEqual(['company_admin', 'technical_admin', 'technical_contact']);
    expect(APPROVER_ROLES).toEqual(['company_admin', 'technical_admin']);
  });
});

describe('the security group goes only to the affected user', () => {
  // No catalogue entry pairs `security` with another audience; the guard keeps it that way if one ever does.
  const withSecurity = { ...on, security: true } as unknown as typeof on;
  it.each<Audience>(['company_subscribers', 'partner_for_managed', 'approvers'])('%s never receives a security notice', (audience) => {
    expect(isRecipient(audience, 'security', candidate('company_admin', 'c1', withSecurity, 'subject'), concerned('direct'))).toBe(false);
  });
});

describe('integrations: nobody, only webhooks', () => {
  it.each<Role>(['company_admin', 'technical_admin', 'technical_contact', 'compliance_officer'])('%s of the company concerned, subscribed to every group, receives none', (role) => {
    for (const group of ['people', 'services'] as const) expect(isRecipient('integrations', group, candidate(role, 'c1', on, 'subject'), concerned('direct'))).toBe(false);
  });
});

describe('candidateCompanies: whose users to load', () => {
  const managedWithoutPartner: Concerned = { companyId: 'c1', companyType: 'managed', partnerId: null, subjectUserId: null };
  const partnerRow: Concerned = { companyId: 'c1', companyType: 'partner', partnerId: 'p9', subjectUserId: null };
  it.each<[Audience, string, Concerned, string[]]>([
    ['partner_for_managed', 'a managed account', concerned('managed'), ['p1']],
    ['partner_for_managed', 'a managed account without partner', managedWithoutPartner, ['c1']],
    ['partner_for_managed', 'a direct customer', concerned('direct'), ['c1']],
    ['partner_for_managed', 'a partner (even one with a partner id)', partnerRow, ['c1']],
    ['company_subscribers', 'a managed account', concerned('managed'), ['c1']],
    ['approvers', 'a managed account', concerned('managed'), ['c1']],
    ['affected_user', 'a managed account', concerned('managed'), ['c1']],
    ['company_subscribers', 'a direct customer', concerned('direct'), ['c1']],
    ['integrations', 'a partner', partnerRow, []],
  ])('%s about %s → %j', (audience, _name, about, expected) => {
    expect(candidateCompanies(audience, about)).toEqual(expected);
  });
});

describe('connection requests go to the provider’s approvers who subscribe to ordering', () => {
  const rows: [Role, boolean, boolean][] = [
    ['company_admin', true, true], ['technical_admin', true, true], ['technical_contact', true, false], ['finance', true, false],
    ['read_only', true, false], ['company_admin', false, false], ['technical_admin', false, false],
  ];
  it.each(rows)('%s · ordering %s → %s', (role, subscribed, expected) => {
    const prefs = { ...off, ordering: subscribed };
    expect(decide('ordering.connection_requested', candidate(role, 'c1', prefs), concerned('direct'))).toBe(expected);
  });
  it('the customer’s technical contacts are told their order went out', () => {
    expect(decide('ordering.connection_ordered', candidate('technical_contact', 'c1', { ...off, ordering: true }), concerned('direct'))).toBe(true);
    expect(decide('services.connection_live', candidate('technical_contact', 'c1', { ...off, services: true }), concerned('managed'))).toBe(true);
  });
});
