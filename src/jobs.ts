import type { AppContext } from './platform/context.ts';
import type { Services } from './services.ts';
import { modules } from './modules.ts';

/**
 * Registers every module's job handlers, once. Start-up refuses a job with no handler or two
 * (see Jobs.register / Jobs.validate).
 */
export function registerJobs(ctx: AppContext, services: Services): void {
  for (const module of modules) {
    for (const spec of module.jobs?.(ctx, services as never) ?? []) ctx.jobs.register(spec);
  }
}
