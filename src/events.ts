import { eventNames } from './platform/events/events.ts';
import { accountsEvents } from './modules/accounts/accounts.events.ts';
import { networkEvents } from './modules/network/network.events.ts';
import { marketplaceEvents } from './modules/marketplace/marketplace.events.ts';
import { connectionsEvents } from './modules/connections/connections.events.ts';
import { notificationsEvents } from './modules/notifications/notifications.events.ts';

/**
 * Every declared event type, for the outbox's refusal of undeclared ones (Jobs.declareEvents).
 * Until `modules.ts` lists the modules, this is the one place that names their events files.
 */
export const EVENT_TYPES = eventNames(accountsEvents, networkEvents, marketplaceEvents, connectionsEvents, notificationsEvents);
