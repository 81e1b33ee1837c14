import { describe, expect, it } from 'vitest';
import type { Audience } from './notifications.catalogue.ts';
import { candidateCompanies, type Concerned } from './notifications.recipients.ts';

const direct: Concerned = { companyId: 'direct', companyType: 'direct', partnerId: null, subjectUserId: null };
const managed: Concerned = { companyId: 'managed', companyType: 'managed', partnerId: 'partner', subjectUserId: null };
// Not managed: its own users, whatever partner it names.
const partnered: Concerned = { companyId: 'partnered', companyType: 'direct', partnerId: 'partner', subjectUserId: null };
const orphan: Concerned = { companyId: 'orphan', companyType: 'managed', partnerId: null, subjectUserId: null };

/** Which companies' users the fan-out loads: the partner only for a managed account's partner_for_managed notice. */
describe('candidateCompanies', () => {
  it.each<[Audience, Concerned, string[]]>([
    ['partner_for_managed', managed, ['partner']],
    ['partner_for_managed', direct, ['direct']],
    ['partner_for_managed', orphan, ['orphan']],
    ['partner_for_managed', partnered, ['partnered']],
    ['company_subscribers', managed, ['managed']],
    ['approvers', managed, ['managed']],
    ['affected_user', managed, ['managed']],
    ['company_subscribers', direct, ['direct']],
  ])('%s about %o', (audience, concerned, expected) => {
    expect(candidateCompanies(audience, concerned)).toEqual(expected);
  });
});
