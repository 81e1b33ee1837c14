import { defineEvents, eventPayload } from '../../platform/events/events.ts';

/** Network's events: ports. */
export const networkEvents = defineEvents({
  'port.ordered': eventPayload<{ portId: string }>(),
  'port.live': eventPayload<{ portId: string }>(),
});

type NetworkEvents = typeof networkEvents;
declare module '../../platform/events/events.ts' {
   
  interface EventMap extends NetworkEvents {}
}
