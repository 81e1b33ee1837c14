import { defineNotice } from '../../platform/notify/notices.ts';
import { accountsQueries } from '../accounts/index.ts';
import * as repo from './checks.repo.ts';

/**
 * Compliance's notices: a new review and a deprovisioning for the operator's compliance officers, and a contact attempt
 * for the customer's partner (a direct customer's own admins). The matched entries are not in
 * the partner's notice: officers share what they choose to.
 */
export const complianceNotices = [
  defineNotice({
    type: 'company.screening_review_opened', group: 'company', audience: 'compliance_officers', event: 'compliance.review_opened',
    link: (p) => `/compliance/reviews/${p.reviewId}`,
    load: async (db, event) => {
      const [operator, company, review] = await Promise.all([
        accountsQueries.operator(db), accountsQueries.company(db, event.payload.companyId), repo.findReview(db, event.payload.reviewId),
      ]);
      if (!operator || !company || !review) return [];
      const best = review.matches[0];
      return [{ companyId: operator.id, params: { customerName: company.name, matches: String(review.matches.length), bestMatch: best ? `${best.name} (${best.source}, ${best.score.toFixed(2)})` : '' } }];
    },
  }),
  // Accounts tells the partner; the officers who ran the review hear of it here.
  defineNotice({
    type: 'company.screening_deprovisioned', group: 'company', audience: 'compliance_officers', event: 'compliance.customer_deprovisioned',
    link: (p) => `/compliance/reviews/${p.reviewId}`,
    load: async (db, event) => {
      const [operator, company] = await Promise.all([accountsQueries.operator(db), accountsQueries.company(db, event.payload.companyId)]);
      if (!operator || !company) return [];
      return [{ companyId: operator.id, params: { customerName: company.name, usersRemoved: String(event.payload.usersRemoved) } }];
    },
  }),
  defineNotice({
    type: 'company.screening_contact', group: 'company', audience: 'partner_for_managed', event: 'compliance.contact_attempted',
    link: (p) => `/companies/${p.companyId}`,
    load: async (db, event) => {
      const company = await accountsQueries.company(db, event.payload.companyId);
      const attempt = (await repo.contactAttemptsOf(db, [event.payload.reviewId])).find((a) => a.id === event.payload.attemptId);
      if (!company || !attempt) return [];
      return [{ companyId: company.id, params: { customerName: company.name, note: attempt.note } }];
    },
  }),
];
