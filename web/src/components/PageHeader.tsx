import { useEffect, useRef, type ReactNode } from 'react';
import { useRouter } from '../router';

/** The page's h1; sets the document title and takes focus after client-side navigation. */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
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
    <div className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {subtitle && <p className="muted">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </div>
  );
}
