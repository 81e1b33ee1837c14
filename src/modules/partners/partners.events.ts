import { defineEvents, eventPayload } from '../../platform/events/events.ts';

type OfApproval = { approvalId: string; connectionId: string };

/** Partners' events: its approval queue. */
export const partnersEvents = defineEvents({
  /** A managed account's request waits for its partner's approvers. */
  'partner_approval.requested': eventPayload<OfApproval>(),
  /** The partner approved or rejected it. */
  'partner_approval.decided': eventPayload<OfApproval>(),
});

type PartnersEvents = typeof partnersEvents;
declare module '../../platform/events/events.ts' {
  interface EventMap extends PartnersEvents {}
}
