/**
 * Every notification type, as the modules that own them declared them (`<m>.notices.ts`, passed to
 * `defineModule({ notices })` and registered by src/modules.ts): its group, who receives it
 * (audience), the domain event that causes it, the portal page it links to and what to load for
 * its texts. This module names none of them. Texts live in the i18n catalogues under
 * `notification.<type>.*`. Read at run time, never at load: modules register after they load.
 */
import type { EventType } from '../../platform/events/events.ts';
import { registeredNotices, type Notice } from '../../platform/notify/notices.ts';

export { GROUPS, type Audience, type Group } from '../../platform/notify/notices.ts';
export type NotificationType = Notice;

export const noticeTypes = registeredNotices;
export const typesForEvent = (event: string) => registeredNotices().filter((t) => t.event === event);
export const findType = (type: string) => registeredNotices().find((t) => t.type === type);
export const notifyingEvents = (): EventType[] => [...new Set(registeredNotices().map((t) => t.event))];
