import { defineModule } from '../../platform/module.ts';
import type { NotificationsTables } from './notifications.tables.ts';
import { notifyingEvents } from './notifications.catalogue.ts';
import { notificationsNotices } from './notifications.notices.ts';
import { createFanout, FANOUT_JOB } from './notifications.fanout.ts';
import { createNotificationsService } from './notifications.service.ts';
import { createEmailService, EMAIL_JOB } from './email.service.ts';
import { createWebhooksService, WEBHOOK_JOB } from './webhooks.service.ts';
import { createMaintenanceService } from './maintenance.service.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { webhooksRoutes } from './webhooks.routes.ts';
import { notificationsCapabilities } from './notifications.capabilities.ts';
import { notificationsEvents } from './notifications.events.ts';

// This module's tables join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends NotificationsTables {}
}

/** The notification feed, e-mail, webhooks and maintenance notices. */
export const notificationsModule = defineModule({
  name: 'notifications',
  events: notificationsEvents,
  capabilities: notificationsCapabilities,
  notices: notificationsNotices,
  services: (ctx) => ({
    notifications: createNotificationsService(ctx),
    email: createEmailService(ctx, ctx.mail),
    webhooks: createWebhooksService(ctx),
    maintenance: createMaintenanceService(ctx),
  }),
  routes: (_ctx, services) => [notificationsRoutes(services), webhooksRoutes(services)],
  jobs: (ctx, services) => {
    const { config } = ctx;
    return [
      // Many events to a job: a CSV of subscribers is thousands of events, most of them told to nobody.
      { name: FANOUT_JOB, events: notifyingEvents(), handler: createFanout(ctx, services.webhooks), eventsPerJob: 50, retryLimit: 5, retryDelaySeconds: 2 },
      {
        name: EMAIL_JOB, handler: services.email.sendBatch, batchSize: 4,
        retryLimit: config.mailRetryLimit, retryDelaySeconds: config.mailRetryDelaySeconds, retryDelayMaxSeconds: config.mailRetryMaxDelaySeconds,
      },
      {
        // Several at once, so one receiver that never answers does not hold up the others.
        name: WEBHOOK_JOB, handler: services.webhooks.deliver, batchSize: 10,
        retryLimit: config.webhookRetryLimit, retryDelaySeconds: config.webhookRetryDelaySeconds, retryDelayMaxSeconds: config.webhookRetryMaxDelaySeconds,
      },
    ];
  },
});

export type NotificationsServices = ReturnType<NonNullable<typeof notificationsModule.services>>;

// For modules that send an e-mail of their own (wholesale's welcome): queued like a notice's.
export { queueEmails, type QueuedEmail } from './email.service.ts';
