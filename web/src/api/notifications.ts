import { request } from './client';
import type { GroupChoices, Notification, NotificationCatalogue, NotificationFeed, NotificationPreferences } from './types';

export function getNotificationTypes(): Promise<NotificationCatalogue> {
  return request<NotificationCatalogue>('/v1/notification-types');
}

export function getNotificationPreferences(): Promise<NotificationPreferences> {
  return request<NotificationPreferences>('/v1/me/notification-preferences');
}

export function saveNotificationPreferences(groups: GroupChoices): Promise<NotificationPreferences> {
  return request<NotificationPreferences>('/v1/me/notification-preferences', { method: 'PUT', body: { groups } });
}

export function listNotifications(options: { cursor?: string | null; limit?: number; unread?: boolean } = {}): Promise<NotificationFeed> {
  return request<NotificationFeed>('/v1/notifications', {
    query: { cursor: options.cursor, limit: options.limit ?? 20, unread: options.unread ? 'true' : undefined },
  });
}

export function markNotificationRead(id: string): Promise<Notification> {
  return request<Notification>(`/v1/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export function markAllNotificationsRead(): Promise<{ marked: number }> {
  return request<{ marked: number }>('/v1/notifications/read-all', { method: 'POST' });
}
