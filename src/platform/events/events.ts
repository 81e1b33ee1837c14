/**
 * Typed domain events. Each module declares its events in `<m>.events.ts` with `defineEvents` and
 * merges them into EventMap (interface merging), so `emit` knows every type and its payload:
 *
 *   export const connectionEvents = defineEvents({ 'connection.accepted': eventPayload<{ connectionId: string }>() });
 *   type ConnectionEvents = typeof connectionEvents;
 *   declare module '../../platform/events/events.ts' { interface EventMap extends ConnectionEvents {} }
 *
 * Payloads carry ids only: handlers and notice loaders re-load what they need.
 */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each module's events file
export interface EventMap {}

export type EventType = keyof EventMap & string;

/** A payload's type, for `defineEvents` (nothing at run time: the names are what is kept). */
export const eventPayload = <Payload extends Record<string, unknown>>() => ({}) as Payload;

/** A module's events: type name → payload type. The keys are the runtime list of declared types. */
export const defineEvents = <const Events extends Record<string, Record<string, unknown>>>(events: Events): Events => events;

/** The type names of some modules' events, for Jobs.declareEvents. */
export const eventNames = (...modules: Record<string, unknown>[]): string[] => modules.flatMap((events) => Object.keys(events));

/** One event to emit: its type, the company it belongs to, who caused it, and its payload. */
export type DomainEvent<T extends EventType = EventType> = {
  [K in T]: { type: K; companyId: string | null; actorUserId: string | null; payload: EventMap[K] };
}[T];

/** An event as loaded from the `events` table, its payload typed by its type. */
export type EventRowOf<T extends EventType = EventType> = {
  [K in T]: { id: string; type: K; company_id: string | null; actor_user_id: string | null; payload: EventMap[K]; created_at: Date };
}[T];
