import type { AccountsTables } from './modules/accounts/accounts.tables.ts';
import type { MarketplaceTables } from './modules/marketplace/marketplace.tables.ts';
import type { ConnectionsTables } from './modules/connections/connections.tables.ts';
import type { NetworkTables } from './modules/network/network.tables.ts';
import type { NotificationsTables } from './modules/notifications/notifications.tables.ts';
import type { PlatformTables } from './platform/platform.tables.ts';

/** The whole schema as Kysely sees it: each module declares its own tables. */
export interface Database extends PlatformTables, AccountsTables, NetworkTables, NotificationsTables, MarketplaceTables, ConnectionsTables {}
