import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import { Link, useRouter } from '../router';
import { Icon } from './Icon';

/**
 * The page's h1; sets the document title and takes focus after client-side navigation.
 * With `notice`, a live region under it says what the page's last action did.
 */
export function PageHeader({ title, subtitle, actions, notice }: { title: string; subtitle?: ReactNode; actions?: ReactNode; notice?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { navigations } = useRouter();
  useEffect(() => {
    document.title = `${title} · Portico`;
  }, [title]);
  useEffect(() => {
    // Only move focus when the user navigated inside the app, not on first load.
    if (navigations > 0) heading.current?.focus();
  }, [navigations]);
  return (
    <>
      <div className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {subtitle && <p className="muted">{subtitle}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {notice !== undefined && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}

/** The page's main "add" action (create a key, announce maintenance, …). */
export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button button-primary" onClick={onClick}>
      <Icon name="plus" /> {label}
    </button>
  );
}

/** The way back up: a link to the page this one sits under. */
export function Breadcrumb({ to, label }: { to: string; label: string }) {
  const t = useT();
  return (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
      <Link to={to}>{label}</Link>
    </nav>
  );
}
