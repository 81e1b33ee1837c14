import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { PartnerBranding } from '../../api/models';
import { ErrorPanel } from '../../components/ErrorPanel';
import { TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { Panel } from '../../components/Panel';
import { Spinner } from '../../components/Spinner';
import { useT } from '../../i18n';
import { getBranding, saveBranding } from './partners.api';
import { partnersKeys } from './queryKeys';

const fields = ['displayName', 'logoUrl', 'primaryColor', 'supportEmail', 'supportUrl', 'supportPhone'] as const;
type FieldName = (typeof fields)[number];

/** The name, logo, colour and support contact the partner's managed accounts see (PUT replaces all of it). */
export function BrandingPanel({ companyId }: { companyId: string }) {
  const t = useT();
  const query = useQuery({ queryKey: partnersKeys.branding(companyId), queryFn: () => getBranding(companyId) });
  return (
    <Panel title={t('branding.title')}>
      <p className="muted">{t('branding.intro')}</p>
      {query.isPending && <Spinner />}
      {query.isError && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <BrandingForm companyId={companyId} branding={query.data} />}
    </Panel>
  );
}

function BrandingForm({ companyId, branding }: { companyId: string; branding: PartnerBranding }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<FieldName, string>>({
    displayName: branding.displayName, logoUrl: branding.logoUrl ?? '', primaryColor: branding.primaryColor ?? '',
    supportEmail: branding.supportEmail ?? '', supportUrl: branding.supportUrl ?? '', supportPhone: branding.supportPhone ?? '',
  });
  const set = (name: FieldName) => (value: string) => setValues((old) => ({ ...old, [name]: value }));
  const optional = (name: FieldName) => values[name].trim() || undefined;
  const form = useFormMutation({
    fields,
    mutationFn: () => saveBranding(companyId, {
      displayName: values.displayName.trim(), logoUrl: optional('logoUrl'), primaryColor: optional('primaryColor'),
      supportEmail: optional('supportEmail'), supportUrl: optional('supportUrl'), supportPhone: optional('supportPhone'),
    }),
    onSuccess: (saved) => {
      queryClient.setQueryData(partnersKeys.branding(companyId), saved);
      void queryClient.invalidateQueries({ queryKey: partnersKeys.look });
    },
  });
  const field = (name: FieldName, type: 'text' | 'email' | 'url' = 'text', hint?: string) => (
    <TextField type={type} label={t(`branding.${name}`)} value={values[name]} onChange={set(name)} error={form.fieldErrors[name]} required={name === 'displayName'} hint={hint} />
  );
  return (
    <Form form={form} submitLabel={t('common.save')} status={form.mutation.isSuccess ? t('branding.saved') : ''}>
      <div className="form-grid">
        {field('displayName')}
        {field('primaryColor', 'text', t('branding.colorHint'))}
        {field('logoUrl', 'url', t('branding.httpsHint'))}
        {field('supportEmail', 'email')}
        {field('supportUrl', 'url', t('branding.httpsHint'))}
        {field('supportPhone')}
      </div>
    </Form>
  );
}
