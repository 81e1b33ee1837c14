import { listNotifications } from './notifications.api';
import { ListState } from '../../components/DataTable';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { NotificationItem } from '../../components/NotificationItem';
import { PageHeader } from '../../components/PageHeader';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { useMarkAllRead, useMarkRead, useOpenNotification, useUnreadCount } from './notifications';
import { Link, useRouter } from '../../router';
import { notificationsKeys } from './queryKeys';

export function NotificationsPage() {
  const { t } = useI18n();
  const { search, navigate } = useRouter();
  const unreadOnly = new URLSearchParams(search).get('filter') === 'unread';
  const feed = useCursorList(notificationsKeys.feedList(unreadOnly ? 'unread' : 'all'), (cursor) =>
    listNotifications({ cursor, limit: 20, unread: unreadOnly }),
  );
  const unread = useUnreadCount().data ?? 0;
  const markAll = useMarkAllRead();
  const markRead = useMarkRead();
  const open = useOpenNotification();

  const setFilter = (value: 'all' | 'unread') => navigate(value === 'unread' ? '/notifications?filter=unread' : '/notifications', { replace: true });

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={unread === 0 ? t('notifications.allRead') : t(unread === 1 ? 'notifications.unreadOne' : 'notifications.unreadMany', { count: unread })}
        actions={
          <>
            <Link to="/settings/notifications" className="button">
              <Icon name="sliders" /> {t('nav.notificationSettings')}
            </Link>
            {unread > 0 && (
              <button type="button" className="button button-primary" aria-disabled={markAll.isPending || undefined} onClick={() => !markAll.isPending && markAll.mutate()}>
                <Icon name="check" /> {t('notifications.markAllRead')}
              </button>
            )}
          </>
        }
      />
      <FormError error={markAll.error ?? markRead.error} />
      <section className="panel" aria-labelledby="feed-title">
        <div className="panel-header">
          <h2 id="feed-title" className="visually-hidden">
            {t('notifications.title')}
          </h2>
          <div className="segmented" role="group" aria-label={t('notifications.filter')}>
            <button type="button" aria-pressed={!unreadOnly} onClick={() => setFilter('all')}>
              {t('notifications.filterAll')}
            </button>
            <button type="button" aria-pressed={unreadOnly} onClick={() => setFilter('unread')}>
              {t('notifications.filterUnread')}
            </button>
          </div>
        </div>
        <ListState query={feed} empty={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}>
          <ul className="feed" aria-labelledby="feed-title">
            {feed.items.map((notification) => (
              <li key={notification.id} className="feed-row">
                <NotificationItem notification={notification} onOpen={open} />
                {!notification.readAt && (
                  <button
                    type="button"
                    className="button button-small feed-mark"
                    onClick={() => markRead.mutate(notification)}
                    aria-label={t('notifications.markReadNamed', { title: notification.title })}
                  >
                    {t('notifications.markRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </ListState>
      </section>
    </>
  );
}
