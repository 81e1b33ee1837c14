import { useState, type FormEvent, type MouseEvent } from 'react';
import { listEmails } from './adminEmails.api';
import { emailStatuses, type EmailStatus, type EmailSummary } from '../../api/models';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useCursorList } from '../../hooks';
import { isLanguage, languageNames, useI18n } from '../../i18n';
import { Link, useRouter } from '../../router';
import { TableWrap } from '../../components/TableWrap';
import { notificationsKeys } from './queryKeys';

export function EmailStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const cls =
    status === 'sent' ? 'badge-ok' : status === 'stored' ? 'badge-partner' : status === 'dead' ? 'badge-danger' : 'badge-warn';
  const key = `adminEmails.status.${status}`;
  const label = t(key);
  return <span className={`badge ${cls}`}>{label === key ? status : label}</span>;
}

export function languageName(code: string): string {
  return isLanguage(code) ? languageNames[code] : code;
}

export function AdminEmailsPage() {
  const { t, formatDateTime } = useI18n();
  const { search, navigate } = useRouter();
  const params = new URLSearchParams(search);
  const rawStatus = params.get('status') ?? '';
  const status = (emailStatuses as readonly string[]).includes(rawStatus) ? (rawStatus as EmailStatus) : '';
  const to = params.get('to') ?? '';
  const [toInput, setToInput] = useState(to);

  const emails = useCursorList(notificationsKeys.emailList(status, to), (cursor) => listEmails({ status, to, cursor }), {
    pollWhile: (items) => (items.some((item) => item.status === 'pending') ? 5000 : false),
  });

  const go = (next: { status?: string; to?: string }) => {
    const query = new URLSearchParams();
    const s = next.status ?? status;
    const r = next.to ?? to;
    if (s) query.set('status', s);
    if (r) query.set('to', r);
    const text = query.toString();
    navigate(text ? `/admin/emails?${text}` : '/admin/emails', { replace: true });
  };

  const submitTo = (event: FormEvent) => {
    event.preventDefault();
    go({ to: toInput.trim() });
  };

  const open = (email: EmailSummary) => navigate(`/admin/emails/${email.id}`);
  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, email: EmailSummary) => {
    // The subject link handles its own clicks; a click anywhere else on the row opens it too.
    if ((event.target as HTMLElement).closest('a, button')) return;
    open(email);
  };

  return (
    <>
      <PageHeader title={t('adminEmails.title')} subtitle={t('adminEmails.subtitle')} />
      <section className="panel" aria-labelledby="emails-title">
        <h2 id="emails-title" className="visually-hidden">
          {t('adminEmails.title')}
        </h2>
        <div className="filter-bar">
          <div className="segmented" role="group" aria-label={t('adminEmails.statusFilter')}>
            {(['', ...emailStatuses] as const).map((value) => (
              <button key={value || 'all'} type="button" aria-pressed={status === value} onClick={() => go({ status: value })}>
                {value ? t(`adminEmails.status.${value}`) : t('adminEmails.all')}
              </button>
            ))}
          </div>
          <form className="inline-search" onSubmit={submitTo} role="search">
            <label htmlFor="emails-to" className="visually-hidden">
              {t('adminEmails.recipient')}
            </label>
            <input
              id="emails-to"
              type="search"
              value={toInput}
              placeholder={t('adminEmails.recipientPlaceholder')}
              onChange={(event) => {
                setToInput(event.target.value);
                if (!event.target.value && to) go({ to: '' });
              }}
            />
            <button type="submit" className="button">
              {t('adminEmails.filter')}
            </button>
          </form>
        </div>
        {status === 'stored' || !status ? <p className="small muted">{t('adminEmails.storedHint')}</p> : null}
        {emails.isPending ? (
          <Spinner />
        ) : emails.isError ? (
          <ErrorPanel error={emails.error} onRetry={() => void emails.refetch()} />
        ) : emails.items.length === 0 ? (
          <p className="muted">{t('adminEmails.empty')}</p>
        ) : (
          <TableWrap label={t('adminEmails.caption')}>
            <table className="clickable-rows table-fit">
              <caption className="visually-hidden">{t('adminEmails.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('adminEmails.created')}</th>
                  <th scope="col">{t('adminEmails.to')}</th>
                  <th scope="col">{t('adminEmails.subject')}</th>
                  <th scope="col">{t('adminEmails.language')}</th>
                  <th scope="col">{t('adminEmails.status')}</th>
                  <th scope="col">{t('adminEmails.attempts')}</th>
                </tr>
              </thead>
              <tbody>
                {emails.items.map((email) => (
                  <tr key={email.id} onClick={(event) => onRowClick(event, email)}>
                    <td className="nowrap">{formatDateTime(email.createdAt)}</td>
                    <td>{email.to}</td>
                    <td className="email-subject">
                      <Link to={`/admin/emails/${email.id}`}>{email.subject}</Link>
                      <code className="small">{email.type}</code>
                    </td>
                    <td>{languageName(email.language)}</td>
                    <td>
                      <EmailStatusBadge status={email.status} />
                    </td>
                    <td>{email.attempts}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {emails.hasNextPage && (
          <button
            type="button"
            className="button load-more"
            onClick={() => !emails.isFetchingNextPage && void emails.fetchNextPage()}
            aria-disabled={emails.isFetchingNextPage || undefined}
          >
            {emails.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
          </button>
        )}
      </section>
    </>
  );
}
