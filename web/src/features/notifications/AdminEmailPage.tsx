import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getEmail, retryEmail } from './adminEmails.api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormError } from '../../components/FormError';
import { Breadcrumb, PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';
import { EmailStatusBadge, languageName } from './AdminEmailsPage';
import { notificationsKeys } from './queryKeys';
import { Detail } from '../../components/Detail';

export function AdminEmailPage({ emailId }: { emailId: string }) {
  const { t, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState('');
  const email = useQuery({
    queryKey: notificationsKeys.email(emailId),
    queryFn: () => getEmail(emailId),
    // After a retry the mail is pending until the sender has had a go at it.
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 3000 : false),
  });
  const retry = useMutation({
    mutationFn: () => retryEmail(emailId),
    onSuccess: () => {
      setNotice(t('adminEmails.retried'));
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.emails });
    },
  });

  const data = email.data;
  return (
    <>
      <Breadcrumb to="/admin/emails" label={t('adminEmails.title')} />
      <PageHeader
        title={data ? data.subject : t('adminEmails.detailTitle')}
        subtitle={data ? t('adminEmails.toLine', { to: data.to }) : undefined}
        actions={
          data?.status === 'dead' && (
            <button type="button" className="button button-primary" aria-disabled={retry.isPending || undefined} onClick={() => !retry.isPending && retry.mutate()}>
              {t('adminEmails.retry')}
            </button>
          )
        }
        notice={notice}
      />
      <FormError error={retry.error} />
      {email.isPending ? (
        <Spinner />
      ) : email.isError ? (
        <ErrorPanel error={email.error} onRetry={() => void email.refetch()} />
      ) : (
        data && (
          <>
            <section className="panel" aria-labelledby="email-facts">
              <h2 id="email-facts">{t('adminEmails.facts')}</h2>
              <dl className="details">
                <Detail label={t('adminEmails.status')}>
                  <EmailStatusBadge status={data.status} />
                </Detail>
                <Detail label={t('adminEmails.to')}>{data.to}</Detail>
                <Detail label={t('adminEmails.language')}>{languageName(data.language)}</Detail>
                <Detail label={t('adminEmails.type')}>
                  <code>{data.type}</code>
                </Detail>
                <Detail label={t('adminEmails.created')}>{formatDateTime(data.createdAt)}</Detail>
                <Detail label={data.status === 'stored' ? t('adminEmails.storedAt') : t('adminEmails.sentAt')}>{formatDateTime(data.sentAt)}</Detail>
                <Detail label={t('adminEmails.attempts')}>{data.attempts}</Detail>
                {data.deadAt && (
                  <Detail label={t('adminEmails.deadAt')}>{formatDateTime(data.deadAt)}</Detail>
                )}
                {data.lastError && (
                  <div className="details-wide">
                    <dt>{t('adminEmails.lastError')}</dt>
                    <dd>
                      <code>{data.lastError}</code>
                    </dd>
                  </div>
                )}
              </dl>
            </section>
            <section className="panel" aria-labelledby="email-html">
              <h2 id="email-html">{t('adminEmails.htmlPart')}</h2>
              {/* No permissions at all: no scripts, no same-origin access, no forms, no navigation. */}
              <iframe className="email-frame" sandbox="" srcDoc={data.html} title={t('adminEmails.htmlFrame', { subject: data.subject })} />
            </section>
            <section className="panel" aria-labelledby="email-text">
              <h2 id="email-text">{t('adminEmails.textPart')}</h2>
              <pre className="email-text">{data.text}</pre>
            </section>
          </>
        )
      )}
    </>
  );
}
