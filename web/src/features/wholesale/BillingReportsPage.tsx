import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { DataTable } from '../../components/DataTable';
import { FieldMessage, RequiredMark, SelectField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { listBillingReports, reportTypes, requestBillingReport, type BillingReport, type BillingReportType } from './billingReports.api';
import { wholesaleKeys } from './queryKeys';

const pending = (report: BillingReport) => report.status === 'queued' || report.status === 'generating';
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Last month, from its first day to its last (UTC). */
function lastMonth(): { from: string; to: string } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return { from: day(first), to: day(last) };
}

/** Billing reports for a date range (per partner, customer or user): requested, generated in the background, downloaded as CSV. */
export function BillingReportsPage() {
  const { t, lang, formatDateTime } = useI18n();
  const { can } = useSession();
  const reports = useCursorList(wholesaleKeys.billingReports, (cursor) => listBillingReports(cursor), { pollWhile: (items) => (items.some(pending) ? 1000 : false) });
  const tone = (status: BillingReport['status']) => (status === 'ready' ? 'badge-ok' : status === 'failed' ? 'badge-danger' : 'badge-muted');
  return (
    <>
      <PageHeader title={t('wholesale.reports.title')} subtitle={t('wholesale.reports.subtitle')} />
      {can('wholesale.billing_reports.request') && <RequestForm />}
      <Panel title={t('wholesale.reports.listTitle')}>
        <DataTable
          query={reports}
          label={t('wholesale.reports.listTitle')}
          empty={t('wholesale.reports.empty')}
          rowKey={(report) => report.id}
          columns={[
            { header: t('wholesale.reports.range'), rowHeader: true, className: 'nowrap', cell: (report) => t('wholesale.reports.rangeValue', { from: report.from, to: report.to }) },
            { header: t('wholesale.reports.type'), cell: (report) => t(`wholesale.reports.typeName.${report.type}`) },
            {
              header: t('wholesale.reports.status'),
              cell: (report) => (
                <>
                  <span className={`badge ${tone(report.status)}`}>{t(`wholesale.reports.statusName.${report.status}`)}</span>
                  {report.error && <span className="field-hint">{report.error}</span>}
                </>
              ),
            },
            { header: t('wholesale.reports.rows'), cell: (report) => (report.rowCount === null ? '—' : report.rowCount.toLocaleString(lang)) },
            { header: t('wholesale.reports.requested'), className: 'nowrap', cell: (report) => formatDateTime(report.createdAt) },
            {
              header: t('wholesale.reports.download'),
              cell: (report) =>
                report.downloadUrl ? (
                  <a href={report.downloadUrl} download aria-label={t('wholesale.reports.downloadNamed', { type: t(`wholesale.reports.typeName.${report.type}`), from: report.from, to: report.to })}>
                    {t('wholesale.reports.downloadCsv')}
                  </a>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Panel>
    </>
  );
}

function RequestForm() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [range, setRange] = useState(lastMonth);
  const [type, setType] = useState<BillingReportType>('customer');
  const [requested, setRequested] = useState('');
  const form = useFormMutation({
    fields: ['from', 'to', 'type'],
    mutationFn: () => requestBillingReport({ from: range.from, to: range.to, type }),
    onSuccess: (report) => {
      setRequested(t('wholesale.reports.requestedNotice', { type: t(`wholesale.reports.typeName.${report.type}`), from: report.from, to: report.to }));
      void queryClient.invalidateQueries({ queryKey: wholesaleKeys.billingReports });
    },
  });
  return (
    <Panel title={t('wholesale.reports.requestTitle')}>
      <Form form={form} submitLabel={t('wholesale.reports.request')} status={requested} noValidate>
        <div className="form-grid">
          <DateField label={t('wholesale.reports.from')} value={range.from} onChange={(from) => setRange((old) => ({ ...old, from }))} error={form.fieldErrors.from} />
          <DateField label={t('wholesale.reports.to')} value={range.to} onChange={(to) => setRange((old) => ({ ...old, to }))} error={form.fieldErrors.to} hint={t('wholesale.reports.toHint')} />
          <SelectField
            label={t('wholesale.reports.type')}
            value={type}
            onChange={(value) => setType(reportTypes.find((entry) => entry === value) ?? 'customer')}
            error={form.fieldErrors.type}
            options={reportTypes.map((value) => ({ value, label: t(`wholesale.reports.typeName.${value}`) }))}
            hint={t(`wholesale.reports.typeHint.${type}`)}
          />
        </div>
      </Form>
    </Panel>
  );
}

/** A required day (YYYY-MM-DD), with the field markup of components/Fields. */
function DateField({ label, value, onChange, error, hint }: { label: string; value: string; onChange: (value: string) => void; error?: string; hint?: string }) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        <RequiredMark />
      </label>
      <input id={id} type="date" value={value} required onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described || undefined} />
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
      <FieldMessage id={`${id}-error`} error={error} />
    </div>
  );
}
