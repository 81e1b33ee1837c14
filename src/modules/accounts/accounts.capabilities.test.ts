import { describe, expect, it } from 'vitest';
import { actorAt, ALL_ROLES, companies, outcome, type CompanyKey } from '../../../test/helpers/access.ts';
import type { Role } from './accounts.tables.ts';

// The expectations below are written out literally from §1 of the spec, not derived from the capabilities.
describe('who may change the company, its users and read its audit log', () => {
  // [role, may edit / manage users / view audit within the tree]
  const roles: [Role, boolean][] = [
    ['company_admin', true], ['technical_admin', false], ['technical_contact', false], ['finance', false], ['read_only', false], ['compliance_officer', false],
  ];
  // [actor's company, target, inside the tree]
  const places: [CompanyKey, CompanyKey, boolean][] = [
    ['direct', 'direct', true], ['partner', 'managed', true], ['operator', 'otherManaged', true],
    ['partner', 'otherManaged', false], ['managed', 'partner', false], ['direct', 'managed', false],
  ];
  const table = roles.flatMap(([role, may]) => places.map(([who, target, inside]): [Role, CompanyKey, CompanyKey, 'allowed' | 403 | 404] => [role, who, target, !inside ? 404 : may ? 'allowed' : 403]));
  it.each(table)('%s of %s → %s: %s', (role, who, target, expected) => {
    for (const capability of ['company_profile.edit', 'users.manage', 'audit.view'] as const) {
      expect(outcome(actorAt(who, role), capability, companies[target])).toBe(expected);
    }
  });
  it.each(ALL_ROLES)('%s: every role views its own company profile (a managed account when its partner shows it) and manages its own API keys', (role) => {
    expect(outcome(actorAt('direct', role), 'company_profile.view', companies.direct)).toBe('allowed');
    const shown = { ...actorAt('managed', role), settings: { managed: { companyProfile: true } as never } };
    expect(outcome(shown, 'company_profile.view', companies.managed)).toBe('allowed');
    expect(outcome(actorAt('managed', role), 'company_profile.view', companies.managed)).toBe(403);
    expect(outcome(shown, 'company_profile.view', companies.partner)).toBe(404);
    expect(outcome(actorAt('managed', role), 'api_keys.manage')).toBe('allowed');
  });
});
