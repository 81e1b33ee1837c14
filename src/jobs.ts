import type { AppContext } from './platform/context.ts';

/**
 * Registers every module's job handlers, once. Start-up refuses a job with no handler or two
 * (see Jobs.register / Jobs.validate). Modules add theirs here as they gain background work.
 */
export function registerJobs(_ctx: AppContext): void {
  // Notifications, connections, wholesale and compliance register their handlers here.
}
