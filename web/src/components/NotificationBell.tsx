import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import { listNotifications } from '../features/notifications/notifications.api';
import type { Notification } from '../api/models';
import { useT } from '../i18n';
import { useMarkAllRead, useOpenNotification, useUnreadCount } from '../features/notifications/notifications';
import { Link } from '../router';
import { ErrorPanel } from './ErrorPanel';
import { FormError } from './FormError';
import { Icon } from './Icon';
import { NotificationItem } from './NotificationItem';
import { Spinner } from './Spinner';
import { notificationsKeys } from '../features/notifications/queryKeys';

const LATEST = 8;

/**
 * The bell in the top bar: the unread count, and a non-modal panel with the latest notices.
 * Escape or leaving the panel closes it; arrow keys move between the notices.
 */
export function NotificationBell() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const count = useUnreadCount();
  const unread = count.data ?? 0;
  const announcement = useNewNoticeAnnouncement(count.data);

  const label = unread === 0 ? t('bell.labelNone') : t(unread === 1 ? 'bell.labelOne' : 'bell.labelMany', { count: unread });

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  return (
    <div className="bell">
      <button
        ref={button}
        type="button"
        className="bell-button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        onClick={() => setOpen((value) => !value)}
      >
        <Icon name="bell" />
        {unread > 0 && (
          <span className="bell-badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      {open && (
        <BellPanel
          id={panelId}
          titleId={titleId}
          panelRef={panel}
          unread={unread}
          onClose={close}
        />
      )}
    </div>
  );
}

function BellPanel({
  id,
  titleId,
  panelRef,
  unread,
  onClose,
}: {
  id: string;
  titleId: string;
  panelRef: RefObject<HTMLDivElement | null>;
  unread: number;
  onClose: (returnFocus: boolean) => void;
}) {
  const t = useT();
  const latest = useQuery({
    queryKey: notificationsKeys.feedLatest,
    queryFn: () => listNotifications({ limit: LATEST }),
    staleTime: 0,
  });
  const markAll = useMarkAllRead();
  const openNotification = useOpenNotification();

  // A poll that finds more unread notices while the panel is open brings them into the list.
  const seen = useRef(unread);
  const { refetch } = latest;
  useEffect(() => {
    if (unread > seen.current) void refetch();
    seen.current = unread;
  }, [unread, refetch]);

  const onOpen = (notification: Notification) => {
    onClose(false);
    openNotification(notification);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = Array.from(panelRef.current?.querySelectorAll<HTMLElement>('.bell-list .notification') ?? []);
    if (items.length === 0) return;
    event.preventDefault();
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = event.key === 'ArrowDown' ? (index + 1) % items.length : (index - 1 + items.length) % items.length;
    items[index === -1 && event.key === 'ArrowUp' ? items.length - 1 : next]?.focus();
  };

  const items = latest.data?.items ?? [];

  return (
    <div
      ref={panelRef}
      id={id}
      role="dialog"
      aria-labelledby={titleId}
      className="bell-panel"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the panel closes it (a click outside is handled by the bell).
        const next = event.relatedTarget as Node | null;
        if (next && !event.currentTarget.contains(next) && !(next as HTMLElement).closest?.('.bell')) onClose(false);
      }}
    >
      <div className="bell-panel-header">
        <h2 id={titleId}>{t('notifications.title')}</h2>
        {unread > 0 && (
          <button
            type="button"
            className="button button-small"
            aria-disabled={markAll.isPending || undefined}
            onClick={() => !markAll.isPending && markAll.mutate()}
          >
            <Icon name="check" /> {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      <FormError error={markAll.error} />
      {latest.isPending ? (
        <Spinner />
      ) : latest.isError ? (
        <ErrorPanel error={latest.error} onRetry={() => void latest.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted bell-empty">{t('notifications.empty')}</p>
      ) : (
        <ul className="bell-list" aria-labelledby={titleId}>
          {items.map((notification) => (
            <li key={notification.id}>
              <NotificationItem notification={notification} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
      <div className="bell-panel-footer">
        <Link to="/notifications" onClick={() => onClose(false)}>
          {t('notifications.seeAll')}
        </Link>
        <Link to="/settings/notifications" onClick={() => onClose(false)}>
          {t('nav.notificationSettings')}
        </Link>
      </div>
    </div>
  );
}

/** A polite announcement when the unread count grows while the user is here (not on first load). */
function useNewNoticeAnnouncement(count: number | undefined): string {
  const t = useT();
  const previous = useRef<number | undefined>(undefined);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (count === undefined) return;
    if (previous.current !== undefined && count > previous.current) {
      setMessage(t(count - previous.current === 1 ? 'bell.newOne' : 'bell.newMany', { count: count - previous.current }));
    }
    previous.current = count;
  }, [count, t]);
  return message;
}
