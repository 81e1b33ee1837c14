import { listInvoices } from './billing.api';
import type { InvoiceSummary } from '../../api/models';
import { formatMoney } from '../../../../src/i18n/index';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { billingKeys } from './queryKeys';

/** "€1,467.75 · £390.00": an invoice's totals, one per currency. */
export const formatTotals = (lang: string, totals: InvoiceSummary['totals']) =>
  totals.map((total) => formatMoney(lang, total.amountMinor, total.currency)).join(' · ') || '—';

export function InvoicesPage() {
  const { t, lang, formatDate } = useI18n();
  const invoices = useCursorList(billingKeys.invoices, (cursor) => listInvoices(cursor));
  return (
    <>
      <PageHeader title={t('invoices.title')} subtitle={t('invoices.subtitle')} />
      <section className="panel">
        <DataTable
          query={invoices}
          label={t('invoices.title')}
          empty={t('invoices.empty')}
          rowKey={(invoice) => invoice.id}
          columns={[
            {
              header: t('invoices.number'),
              cell: (invoice) => <Link to={`/invoices/${invoice.id}`}>{invoice.number}</Link>,
              rowHeader: true,
            },
            {
              header: t('invoices.month'),
              cell: (invoice) => invoice.month,
              className: 'nowrap',
            },
            {
              header: t('invoices.total'),
              cell: (invoice) => formatTotals(lang, invoice.totals),
              className: 'nowrap',
            },
            {
              header: t('invoices.issued'),
              cell: (invoice) => formatDate(invoice.createdAt),
              className: 'nowrap',
            },
          ]}
        />
      </section>
    </>
  );
}
