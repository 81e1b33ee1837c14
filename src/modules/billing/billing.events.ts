import { defineEvents, eventPayload } from '../../platform/events/events.ts';

/** Billing's events. */
export const billingEvents = defineEvents({
  /** The monthly close made an invoice for a paying company. */
  'invoice.ready': eventPayload<{ invoiceId: string }>(),
});

type BillingEvents = typeof billingEvents;
declare module '../../platform/events/events.ts' {
  interface EventMap extends BillingEvents {}
}
