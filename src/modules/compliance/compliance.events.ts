import { defineEvents, eventPayload } from '../../platform/events/events.ts';

type OfReview = { reviewId: string; companyId: string };

/** Compliance's events: checks, reviews and contact attempts (a webhook may subscribe to each). */
export const complianceEvents = defineEvents({
  /** A list version was imported and is active now: every customer is re-screened. */
  'screening_list.imported': eventPayload<{ listId: string; list: string }>(),
  /** A customer's screening status changed (pending → clear, potential_match → approved, …). */
  'compliance.status_changed': eventPayload<{ companyId: string; status: string; previous: string | null }>(),
  /** A check found a potential match: a review waits for the compliance officers. */
  /** customerId repeats companyId: the officers' notice is about the operator's company, its link about the customer. */
  'compliance.review_opened': eventPayload<OfReview & { customerId: string }>(),
  /** An officer approved or rejected it. */
  'compliance.review_decided': eventPayload<OfReview & { status: 'approved' | 'rejected' }>(),
  /** An officer tried to reach the partner (or the direct customer's admins). */
  'compliance.contact_attempted': eventPayload<OfReview & { attemptId: string }>(),
  /** The rules deprovisioned the customer (non_compliant_30_days, partner_not_reached); accounts' company.deprovisioned follows. */
  'compliance.customer_deprovisioned': eventPayload<OfReview & { customerId: string; reason: string; usersRemoved: number }>(),
});

type ComplianceEvents = typeof complianceEvents;
declare module '../../platform/events/events.ts' {
  interface EventMap extends ComplianceEvents {}
}
