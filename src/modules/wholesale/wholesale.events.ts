import { defineEvents, eventPayload } from '../../platform/events/events.ts';

type OfTemplate = { templateId: string; partnerId: string };
type OfCustomer = { customerId: string; partnerId: string; externalId: string };
type OfSubscriber = OfCustomer & { subscriberId: string };

/** Wholesale's events (a webhook may subscribe to each); the event's company is the partner. */
export const wholesaleEvents = defineEvents({
  'wholesale.template_created': eventPayload<OfTemplate>(),
  'wholesale.template_updated': eventPayload<OfTemplate>(),
  'wholesale.template_deleted': eventPayload<OfTemplate>(),
  /** A customer was accepted (202): provisioning runs in the background. */
  'wholesale.customer_created': eventPayload<OfCustomer>(),
  /** Its package list or address changed (PUT). */
  'wholesale.customer_updated': eventPayload<OfCustomer & { changed: string[] }>(),
  /** Every change of the status the API shows (provisioning → provisioned, → pending_rpl_review, …): an integration need not poll. */
  'wholesale.customer_status_changed': eventPayload<OfCustomer & { status: string; previous: string | null }>(),
  'wholesale.location_created': eventPayload<OfCustomer & { locationId: string }>(),
  'wholesale.subscriber_created': eventPayload<OfSubscriber>(),
  'wholesale.subscriber_updated': eventPayload<OfSubscriber>(),
  'wholesale.subscriber_removed': eventPayload<OfSubscriber>(),
  /** A billing report is ready to download (or failed). */
  'wholesale.billing_report_completed': eventPayload<{ reportId: string; partnerId: string; status: string }>(),
});

export type WholesaleEvents = typeof wholesaleEvents;
declare module '../../platform/events/events.ts' {
  interface EventMap extends WholesaleEvents {}
}
