import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SupportDetails } from '../../api/models';
import { Detail } from '../../components/Detail';
import { Dialog } from '../../components/Dialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { TextAreaField, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { Panel } from '../../components/Panel';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { getSupportDetails, saveSupportDetails } from './partners.api';
import { partnersKeys } from './queryKeys';

const fields = ['nocEmail', 'nocPhone', 'escalation'] as const;
type FieldName = (typeof fields)[number];

/**
 * A company's technical support details: shown with support_details.view, changed with
 * support_details.edit (a partner-supported managed account sees them only; an operator-supported one not at all).
 */
export function SupportDetailsPanel({ companyId }: { companyId: string }) {
  const t = useT();
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const details = useQuery({ queryKey: partnersKeys.supportDetails(companyId), queryFn: () => getSupportDetails(companyId), enabled: can('support_details.view') });
  if (!can('support_details.view')) return null;
  return (
    <Panel title={t('supportDetails.title')}>
      {details.isError && <ErrorPanel error={details.error} onRetry={() => void details.refetch()} />}
      {details.data && (
        <dl className="details">
          <Detail label={t('supportDetails.nocEmail')}>{details.data.nocEmail ?? '—'}</Detail>
          <Detail label={t('supportDetails.nocPhone')}>{details.data.nocPhone ?? '—'}</Detail>
          <Detail label={t('supportDetails.escalation')}>{details.data.escalation ?? '—'}</Detail>
        </dl>
      )}
      {can('support_details.edit') ? (
        <button type="button" className="button" onClick={() => setEditing(true)} disabled={!details.data}>
          {t('supportDetails.edit')}
        </button>
      ) : (
        <p className="muted">{t('supportDetails.viewOnly')}</p>
      )}
      <Dialog open={editing} title={t('supportDetails.edit')} onClose={() => setEditing(false)}>
        {details.data && <SupportDetailsForm details={details.data} onDone={() => setEditing(false)} />}
      </Dialog>
    </Panel>
  );
}

function SupportDetailsForm({ details, onDone }: { details: SupportDetails; onDone: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<FieldName, string>>({
    nocEmail: details.nocEmail ?? '', nocPhone: details.nocPhone ?? '', escalation: details.escalation ?? '',
  });
  const set = (name: FieldName) => (value: string) => setValues((old) => ({ ...old, [name]: value }));
  const form = useFormMutation({
    fields,
    mutationFn: () => saveSupportDetails(details.companyId, {
      nocEmail: values.nocEmail.trim() || undefined, nocPhone: values.nocPhone.trim() || undefined, escalation: values.escalation.trim() || undefined,
    }),
    onSuccess: (saved) => {
      queryClient.setQueryData(partnersKeys.supportDetails(details.companyId), saved);
      onDone();
    },
  });
  return (
    <Form form={form} submitLabel={t('common.save')} onCancel={onDone}>
      <TextField type="email" label={t('supportDetails.nocEmail')} value={values.nocEmail} onChange={set('nocEmail')} error={form.fieldErrors.nocEmail} />
      <TextField label={t('supportDetails.nocPhone')} value={values.nocPhone} onChange={set('nocPhone')} error={form.fieldErrors.nocPhone} />
      <TextAreaField label={t('supportDetails.escalation')} value={values.escalation} onChange={set('escalation')} error={form.fieldErrors.escalation} maxLength={2000} />
    </Form>
  );
}
