import { api, send } from '../../api/client';
import type { GroupChoices, Notification, NotificationCatalogue, NotificationFeed, NotificationPreferences } from '../../api/models';

export function getNotificationTypes(): Promise<NotificationCatalogue> {
  return send(api.GET('/v1/notification-types'));
}

export function getNotificationPreferences(): Promise<NotificationPreferences> {
  return send(api.GET('/v1/me/notification-preferences'));
}

export function saveNotificationPreferences(groups: GroupChoices): Promise<NotificationPreferences> {
  return send(api.PUT('/v1/me/notification-preferences', { body: { groups } }));
}

export function listNotifications(options: { cursor?: string | null; limit?: number; unread?: boolean } = {}): Promise<NotificationFeed> {
  return send(api.GET('/v1/notifications', {
    params: { query: { cursor: options.cursor ?? undefined, limit: options.limit ?? 20, unread: options.unread ? true : undefined } },
  }));
}

export function markNotificationRead(id: string): Promise<Notification> {
  return send(api.POST('/v1/notifications/{id}/read', { params: { path: { id } } }));
}

export function markAllNotificationsRead(): Promise<{ marked: number }> {
  return send(api.POST('/v1/notifications/read-all'));
}
