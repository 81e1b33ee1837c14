import type { MouseEvent, ReactNode } from 'react';
import type { Notification } from '../api/models';
import { useI18n } from '../i18n';
import { useNotificationHref } from '../features/notifications/notifications';

/**
 * One notice of the feed: a link when it points somewhere in the portal (opening it marks it read),
 * else a button that marks it read, else plain text.
 */
export function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen: (notification: Notification) => void }) {
  const { t, formatRelative, formatDateTime } = useI18n();
  const unread = !notification.readAt;
  const link = useNotificationHref()(notification.link);
  const className = unread ? 'notification notification-unread' : 'notification';

  const content: ReactNode = (
    <>
      <span className="notification-dot" aria-hidden="true" />
      <span className="notification-text">
        <span className="notification-title">
          {unread && <span className="visually-hidden">{t('notifications.unreadPrefix')} </span>}
          {notification.title}
        </span>
        <span className="notification-body">{notification.body}</span>
        <time className="notification-time" dateTime={notification.createdAt} title={formatDateTime(notification.createdAt)}>
          {formatRelative(notification.createdAt)}
        </time>
      </span>
    </>
  );

  if (link) {
    const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
      // New tabs and modified clicks go the browser's way; the notice stays unread there.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      onOpen(notification);
    };
    return (
      <a href={link} className={className} onClick={onClick} data-notification-id={notification.id}>
        {content}
      </a>
    );
  }
  if (unread) {
    return (
      <button type="button" className={className} onClick={() => onOpen(notification)} data-notification-id={notification.id}>
        {content}
      </button>
    );
  }
  return (
    <div className={className} data-notification-id={notification.id}>
      {content}
    </div>
  );
}
