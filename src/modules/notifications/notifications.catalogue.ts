/**
 * Every notification type, collected from the modules that own them (`<m>.notices.ts`): its group,
 * who receives it (audience), the domain event that causes it, the portal page it links to and
 * what to load for its texts. Until `src/modules.ts` lists the modules, this is the one file that
 * names their notices. Texts live in the i18n catalogues under `notification.<type>.*`.
 */
import type { EventType } from '../../platform/events/events.ts';
import type { Notice } from '../../platform/notify/notices.ts';
import { accountsNotices } from '../accounts/index.ts';
import { connectionsNotices } from '../connections/index.ts';
import { notificationsNotices } from './notifications.notices.ts';

export { GROUPS, type Audience, type Group } from '../../platform/notify/notices.ts';
export type NotificationType = Notice;

export const NOTIFICATION_TYPES: readonly Notice[] = [...accountsNotices, ...connectionsNotices, ...notificationsNotices];

export const typesForEvent = (event: string) => NOTIFICATION_TYPES.filter((t) => t.event === event);
export const findType = (type: string) => NOTIFICATION_TYPES.find((t) => t.type === type);
export const NOTIFYING_EVENTS: EventType[] = [...new Set(NOTIFICATION_TYPES.map((t) => t.event))];
