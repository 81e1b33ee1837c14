// Shared state of the in-app feed: the unread count (polled), and marking notices read.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getNotificationTypes, listNotifications, markAllNotificationsRead, markNotificationRead } from './notifications.api';
import { useI18n } from '../../i18n';
import type { Notification } from '../../api/models';
import { useRouter } from '../../router';
import { useSession } from '../../session';
import { notificationsKeys } from './queryKeys';

export const POLL_MS = 30_000;

/** The unread count for the bell: polled while the tab is visible, and refetched when it regains focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationsKeys.feedCount,
    queryFn: () => listNotifications({ limit: 1 }),
    select: (feed) => feed.unreadCount,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notification: Notification) => markNotificationRead(notification.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.feed }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.feed }),
  });
}

/**
 * Where a notice leads in the portal, or null. Only paths inside the portal are followed. Notices
 * about the user's own company point at `/companies/<id>`, which needs the account-tree permission
 * that not every subscriber has: those go to "My company", which shows the same.
 */
export function useNotificationHref(): (link: string | null) => string | null {
  const { me } = useSession();
  return (link) => {
    if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
    if (link === `/companies/${me.company.id}`) return '/company';
    return link;
  };
}

/** Opening a notice: mark it read (without waiting) and go where it points. */
export function useOpenNotification() {
  const markRead = useMarkRead();
  const href = useNotificationHref();
  const { navigate } = useRouter();
  return (notification: Notification) => {
    if (!notification.readAt) markRead.mutate(notification);
    const to = href(notification.link);
    if (to) navigate(to);
  };
}

/** The catalogue of notification types and groups, worded by the server in the user's language. */
export function useNotificationCatalogue() {
  const { lang } = useI18n();
  return useQuery({ queryKey: notificationsKeys.types(lang), queryFn: getNotificationTypes, staleTime: 5 * 60_000 });
}
