import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { logout } from '../features/accounts/auth.api';
import { rememberLanguage, isLanguage, useT } from '../i18n';
import { useRouter } from '../router';
import { useSession } from '../session';
import { Icon, type IconName } from './Icon';

/** Menu button with the user's name: profile and sign-out (WAI-ARIA menu button pattern). */
export function UserMenu() {
  const t = useT();
  const { me } = useSession();
  const { navigate } = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onDown = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const go = (to: string) => {
    setOpen(false);
    navigate(to);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') list[(index + 1) % list.length]?.focus();
    else if (event.key === 'ArrowUp') list[(index - 1 + list.length) % list.length]?.focus();
    else if (event.key === 'Home') list[0]?.focus();
    else if (event.key === 'End') list[list.length - 1]?.focus();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    event.preventDefault();
  };

  const signOut = async () => {
    setOpen(false);
    if (isLanguage(me.user.language)) rememberLanguage(me.user.language);
    try {
      await logout();
    } finally {
      queryClient.clear();
      navigate('/login', { replace: true });
    }
  };

  const name = `${me.user.firstName} ${me.user.lastName}`.trim() || me.user.email;
  const initials = (me.user.firstName[0] ?? '') + (me.user.lastName[0] ?? '') || me.user.email[0];

  return (
    <div className="user-menu">
      <button
        ref={button}
        type="button"
        className="user-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="avatar" aria-hidden="true">
          {initials.toUpperCase()}
        </span>
        <span className="user-menu-name">
          <span>{name}</span>
          <span className="muted small">{t(`role.${me.role}`)}</span>
        </span>
        <Icon name="chevron" />
      </button>
      <ul ref={menu} id={menuId} role="menu" className="menu" hidden={!open} onKeyDown={onMenuKey} aria-label={name}>
        <MenuItem icon="user" label={t('nav.profile')} onSelect={() => go('/profile')} />
        <MenuItem icon="sliders" label={t('nav.notificationSettings')} onSelect={() => go('/settings/notifications')} />
        <MenuItem icon="logout" label={t('nav.signOut')} onSelect={() => void signOut()} />
      </ul>
    </div>
  );
}

/** One entry of the menu; focus moves between entries with the arrow keys, so none is in the tab order. */
function MenuItem({ icon, label, onSelect }: { icon: IconName; label: string; onSelect: () => void }) {
  return (
    <li role="none">
      <button type="button" role="menuitem" tabIndex={-1} onClick={onSelect}>
        <Icon name={icon} /> {label}
      </button>
    </li>
  );
}
