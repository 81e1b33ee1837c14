import { useState, type FormEvent, type MouseEvent } from 'react';
import { listEmails } from './adminEmails.api';
import { emailStatuses, type EmailStatus, type EmailSummary } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { useCursorList } from '../../hooks';
import { isLanguage, languageNames, useI18n } from '../../i18n';
import { Link, useRouter } from '../../router';
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
      <Panel title={t('adminEmails.title')} titleHidden>
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
        <DataTable
          query={emails}
          label={t('adminEmails.caption')}
          caption={t('adminEmails.caption')}
          tableClassName="clickable-rows table-fit"
          empty={t('adminEmails.empty')}
          rowKey={(email) => email.id}
          onRowClick={onRowClick}
          columns={[
            { header: t('adminEmails.created'), cell: (email) => formatDateTime(email.createdAt), className: 'nowrap' },
            { header: t('adminEmails.to'), cell: (email) => email.to },
            {
              header: t('adminEmails.subject'),
              className: 'email-subject',
              cell: (email) => (
                <>
                  <Link to={`/admin/emails/${email.id}`}>{email.subject}</Link>
                  <code className="small">{email.type}</code>
                </>
              ),
            },
            { header: t('adminEmails.language'), cell: (email) => languageName(email.language) },
            { header: t('adminEmails.status'), cell: (email) => <EmailStatusBadge status={email.status} /> },
            { header: t('adminEmails.attempts'), cell: (email) => email.attempts },
          ]}
        />
      </Panel>
    </>
  );
}
