import { defineEvents, eventPayload } from '../../platform/events/events.ts';

/** Notifications' events: maintenance and webhooks. */
export const notificationsEvents = defineEvents({
  'maintenance.announced': eventPayload<{ maintenanceId: string }>(),
  /** The webhook's URL is on its row (it may hold a secret). */
  'webhook.disabled': eventPayload<{ webhookId: string; companyId: string; failures: number }>(),
});

type NotificationsEvents = typeof notificationsEvents;
declare module '../../platform/events/events.ts' {
   
  interface EventMap extends NotificationsEvents {}
}
