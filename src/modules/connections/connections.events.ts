import { defineEvents, eventPayload } from '../../platform/events/events.ts';

type OfConnection = { connectionId: string };
type OfSpeedChange = { speedChangeId: string; connectionId: string };

/** Connections' events: a VXC's life and its speed changes. */
export const connectionsEvents = defineEvents({
  'connection.requested': eventPayload<OfConnection>(),
  'connection.accepted': eventPayload<OfConnection>(),
  'connection.denied': eventPayload<OfConnection>(),
  'connection.cancelled': eventPayload<OfConnection>(),
  'connection.decommissioned': eventPayload<OfConnection>(),
  'connection.live': eventPayload<OfConnection>(),
  'speed_change.requested': eventPayload<OfSpeedChange>(),
  'speed_change.accepted': eventPayload<OfSpeedChange>(),
  'speed_change.rejected': eventPayload<OfSpeedChange>(),
  'speed_change.withdrawn': eventPayload<OfSpeedChange>(),
});

type ConnectionsEvents = typeof connectionsEvents;
declare module '../../platform/events/events.ts' {
   
  interface EventMap extends ConnectionsEvents {}
}
