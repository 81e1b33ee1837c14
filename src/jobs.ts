import type { AppContext } from './platform/context.ts';
import type { Services } from './services.ts';
import { EVENT_TYPES } from './events.ts';
import { NOTIFYING_EVENTS } from './modules/notifications/notifications.catalogue.ts';
import { createFanout, FANOUT_JOB } from './modules/notifications/notifications.fanout.ts';
import { EMAIL_JOB } from './modules/notifications/email.service.ts';
import { SERVICE_KEY_USED_JOB } from './modules/marketplace/service-keys.service.ts';
import { WEBHOOK_JOB } from './modules/notifications/webhooks.service.ts';

/**
 * Registers every module's job handlers, once. Start-up refuses a job with no handler or two
 * (see Jobs.register / Jobs.validate).
 */
export function registerJobs(ctx: AppContext, services: Services): void {
  const { jobs, config } = ctx;
  jobs.declareEvents(EVENT_TYPES);
  for (const spec of services.networkController.jobs) jobs.register(spec);
  jobs.register({ name: SERVICE_KEY_USED_JOB, events: ['service_key.used'], handler: services.serviceKeys.recordUse });
  jobs.register({ name: FANOUT_JOB, events: NOTIFYING_EVENTS, handler: createFanout(ctx, services.webhooks), retryLimit: 5, retryDelaySeconds: 2 });
  jobs.register({
    name: EMAIL_JOB, handler: services.email.sendBatch, batchSize: 4,
    retryLimit: config.mailRetryLimit, retryDelaySeconds: config.mailRetryDelaySeconds, retryDelayMaxSeconds: config.mailRetryMaxDelaySeconds,
  });
  jobs.register({
    // Several at once, so one receiver that never answers does not hold up the others.
    name: WEBHOOK_JOB, handler: services.webhooks.deliver, batchSize: 10,
    retryLimit: config.webhookRetryLimit, retryDelaySeconds: config.webhookRetryDelaySeconds, retryDelayMaxSeconds: config.webhookRetryMaxDelaySeconds,
  });
}
