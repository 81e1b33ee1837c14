import { defineEvents, eventPayload } from '../../platform/events/events.ts';

/** Marketplace's events: service keys. */
export const marketplaceEvents = defineEvents({
  'service_key.used': eventPayload<{ serviceKeyId: string; connectionId: string }>(),
});

type MarketplaceEvents = typeof marketplaceEvents;
declare module '../../platform/events/events.ts' {
   
  interface EventMap extends MarketplaceEvents {}
}
