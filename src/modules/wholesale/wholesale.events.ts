import { defineEvents, eventPayload } from '../../platform/events/events.ts';

type OfTemplate = { templateId: string; partnerId: string };

/** Wholesale's events (a webhook may subscribe to each); the event's company is the partner. */
export const wholesaleEvents = defineEvents({
  'wholesale.template_created': eventPayload<OfTemplate>(),
  'wholesale.template_updated': eventPayload<OfTemplate>(),
  'wholesale.template_deleted': eventPayload<OfTemplate>(),
});

export type WholesaleEvents = typeof wholesaleEvents;
declare module '../../platform/events/events.ts' {
  interface EventMap extends WholesaleEvents {}
}
