import type { AppContext } from './platform/context.ts';
import type { Services } from './services.ts';
import { modules } from './modules.ts';
import type { EventType } from './platform/events/events.ts';

/**
 * Registers every module's job handlers, once. Start-up refuses a job with no handler or two
 * (see Jobs.register / Jobs.validate).
 */
export function registerJobs(ctx: AppContext, services: Services): void {
  ctx.jobs.declareEvents(modules.flatMap((module) => Object.keys(module.events ?? {})) as EventType[]);
  for (const module of modules) {
    for (const spec of module.jobs?.(ctx, services as never) ?? []) ctx.jobs.register(spec);
  }
}
