import { PageHeader } from './PageHeader';
import { useT } from '../i18n';
import { Link } from '../router';

export function NotFoundPage() {
  const t = useT();
  return (
    <section className="empty-state">
      <p className="big-code" aria-hidden="true">
        404
      </p>
      <PageHeader title={t('notFound.title')} subtitle={t('notFound.detail')} />
      <Link to="/" className="button button-primary">
        {t('notFound.home')}
      </Link>
    </section>
  );
}

export function NoAccessPage() {
  const t = useT();
  return (
    <section className="empty-state">
      <PageHeader title={t('noAccess.title')} subtitle={t('noAccess.detail')} />
      <Link to="/" className="button button-primary">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
