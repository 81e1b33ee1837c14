import type { AppContext } from './platform/context.ts';
import type { ServicesOf } from './platform/module.ts';
import { modules } from './modules.ts';

export type Services = ServicesOf<typeof modules>;

/** Every module's services, built once per process; each module's factory gets those built before it. */
export function createServices(ctx: AppContext): Services {
  const services: Record<string, unknown> = {};
  for (const module of modules) Object.assign(services, module.services?.(ctx, services as never));
  return services as Services;
}
