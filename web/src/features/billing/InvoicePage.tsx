import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { downloadInvoiceCsv, getInvoice } from './billing.api';
import type { Invoice } from '../../api/models';
import { formatMoney, formatSpeed } from '../../../../src/i18n/index';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Breadcrumb, PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { TableWrap } from '../../components/TableWrap';
import { useI18n } from '../../i18n';
import { billingKeys } from './queryKeys';
import { formatTotals } from './InvoicesPage';

type Line = Invoice['lines'][number];

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
              <TableWrap label={account.name}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('invoices.service')}</th>
                      <th scope="col">{t('invoices.speed')}</th>
                      <th scope="col">{t('invoices.days')}</th>
                      <th scope="col">{t('invoices.monthlyPrice')}</th>
                      <th scope="col">{t('invoices.amount')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {invoice.data.lines
                      .filter((line) => line.accountCompanyId === account.companyId)
                      .map((line: Line) => (
                        <tr key={`${line.serviceId}-${line.firstDay}`}>
                          <th scope="row">
                            {line.serviceName}{' '}
                            <span className="muted small">
                              ({t(`invoices.product.${line.product}`)}, {line.market})
                            </span>
                          </th>
                          <td className="nowrap">{formatSpeed(lang, line.mbps)}</td>
                          <td className="nowrap">
                            {t('invoices.dayRange', {
                              first: line.firstDay,
                              last: line.lastDay,
                              days: line.days,
                              of: line.daysInMonth,
                            })}
                          </td>
                          <td className="nowrap">{formatMoney(lang, line.monthlyMinor, line.currency)}</td>
                          <td className="nowrap">{formatMoney(lang, line.amountMinor, line.currency)}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </TableWrap>
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
