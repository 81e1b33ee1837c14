import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { downloadInvoiceCsv, getInvoice } from './billing.api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Breadcrumb, PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';
import { billingKeys } from './queryKeys';
import { formatTotals } from './InvoicesPage';
import { ChargeLinesTable } from './ChargeLinesTable';

/** One invoice, printable: the payer's own lines, then each managed account's with its reference. */
export function InvoicePage({ invoiceId }: { invoiceId: string }) {
  const { t, lang } = useI18n();
  const invoice = useQuery({
    queryKey: billingKeys.invoice(invoiceId),
    queryFn: () => getInvoice(invoiceId),
  });
  const [csvError, setCsvError] = useState(false);
  const data = invoice.data;
  return (
    <>
      <Breadcrumb to="/invoices" label={t('invoices.title')} />
      <PageHeader
        title={data ? t('invoices.detailTitle', { number: data.number }) : t('invoices.title')}
        subtitle={
          data
            ? t('invoices.detailSubtitle', {
                company: data.companyName,
                month: data.month,
              })
            : undefined
        }
        actions={
          data && (
            <div className="no-print">
              <button type="button" className="button" onClick={() => window.print()}>
                {t('invoices.print')}
              </button>{' '}
              <button
                type="button"
                className="button"
                onClick={() => {
                  setCsvError(false);
                  downloadInvoiceCsv(data.id, `${data.number}.csv`).catch(() => setCsvError(true));
                }}
              >
                {t('invoices.csv')}
              </button>
            </div>
          )
        }
        notice={csvError ? t('invoices.csvFailed') : undefined}
      />
      {invoice.isPending ? (
        <Spinner />
      ) : invoice.isError ? (
        <ErrorPanel error={invoice.error} onRetry={() => void invoice.refetch()} />
      ) : (
        <>
          {invoice.data.accounts.map((account) => (
            <section className="panel" key={account.companyId} aria-label={account.name}>
              <h2>
                {account.accountRef
                  ? t('invoices.accountWithRef', {
                      name: account.name,
                      ref: account.accountRef,
                    })
                  : account.name}
              </h2>
              <ChargeLinesTable label={account.name} lines={invoice.data.lines.filter((line) => line.accountCompanyId === account.companyId)} />
              <p>
                <strong>{t('invoices.subtotal')}:</strong> {formatTotals(lang, account.totals)}
              </p>
            </section>
          ))}
          <section className="panel">
            <p>
              <strong>{t('invoices.total')}:</strong> {formatTotals(lang, invoice.data.totals)}
            </p>
            <p className="small muted">{t('invoices.rule')}</p>
          </section>
        </>
      )}
    </>
  );
}
