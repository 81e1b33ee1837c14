import { defineEvents, eventPayload } from '../../platform/events/events.ts';

/** Network's events: ports. */
export const networkEvents = defineEvents({
  'port.ordered': eventPayload<{ portId: string }>(),
  'port.live': eventPayload<{ portId: string }>(),
});

type NetworkEvents = typeof networkEvents;
declare module '../../platform/events/events.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's events into the map
  interface EventMap extends NetworkEvents {}
}
