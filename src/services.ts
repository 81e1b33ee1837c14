import type { AppContext } from './platform/context.ts';
import { createAuthService } from './modules/accounts/auth.service.ts';
import { createCompaniesService } from './modules/accounts/companies.service.ts';
import { createUsersService } from './modules/accounts/users.service.ts';
import { createNetworkService } from './modules/network/network.service.ts';

/** Every module's services, built once per process. */
export function createServices(ctx: AppContext) {
  return {
    auth: createAuthService(ctx),
    companies: createCompaniesService(ctx),
    users: createUsersService(ctx),
    network: createNetworkService(ctx),
  };
}

export type Services = ReturnType<typeof createServices>;
