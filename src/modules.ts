import type { InDependencyOrder } from './platform/module.ts';
import { registerCapabilities } from './platform/access/access.ts';
import { registerNotices } from './platform/notify/notices.ts';
import { accountsModule } from './modules/accounts/index.ts';
import { partnersModule } from './modules/partners/index.ts';
import { networkModule } from './modules/network/index.ts';
import { marketplaceModule } from './modules/marketplace/index.ts';
import { connectionsModule } from './modules/connections/index.ts';
import { billingModule } from './modules/billing/index.ts';
import { notificationsModule } from './modules/notifications/index.ts';
import { complianceModule } from './modules/compliance/index.ts';
import { wholesaleModule } from './modules/wholesale/index.ts';

/**
 * Every domain module, in dependency order: a module's services may use those listed before it.
 * The only place that names them all; routes, services, jobs and tables are wired from this list.
 */
export const modules = [accountsModule, partnersModule, networkModule, marketplaceModule, connectionsModule, billingModule, notificationsModule, complianceModule, wholesaleModule] as const;

// Fails typecheck, naming the module, when one needs services of a module listed after it.
const inDependencyOrder: InDependencyOrder<typeof modules> = true;
void inDependencyOrder;

for (const module of modules) {
  if (module.capabilities) registerCapabilities(module.capabilities);
  if (module.notices) registerNotices(module.notices);
}
