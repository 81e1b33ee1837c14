import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Dialog } from '../../components/Dialog';
import { CheckField, LanguageField, SelectField, TextAreaField, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { Icon } from '../../components/Icon';
import { useT, type Language } from '../../i18n';
import { createTemplate, regions, updateTemplate, type Region, type Template, type TemplateInput } from './wholesale.api';
import { wholesaleKeys } from './queryKeys';

const fields = [
  'name', 'providerAdminEmail', 'country', 'region', 'defaultEmailLanguage', 'subscription', 'pstnProvider', 'authMethod', 'samlMetadata',
  'fromName', 'replyTo', 'defaultTimeZone', 'outboundCallerId', 'extensionLength',
] as const;

interface Values {
  name: string;
  providerAdminEmail: string;
  place: 'country' | 'region';
  country: string;
  region: Region;
  defaultEmailLanguage: Language;
  subscription: string;
  pstnProvider: string;
  authMethod: 'platform' | 'saml';
  samlMetadata: string;
  fromName: string;
  replyTo: string;
  suppressWelcomeEmail: boolean;
  defaultTimeZone: string;
  outboundCallerId: string;
  extensionLength: string;
}

function valuesOf(template: Template | null): Values {
  return {
    name: template?.name ?? '',
    providerAdminEmail: template?.providerAdminEmail ?? '',
    place: template && template.country === null ? 'region' : 'country',
    country: template?.country ?? '',
    region: template?.region ?? 'EMEA',
    defaultEmailLanguage: template?.defaultEmailLanguage ?? 'en',
    subscription: template?.subscription ?? '',
    pstnProvider: template?.pstnProvider ?? '',
    authMethod: template?.authMethod ?? 'platform',
    samlMetadata: template?.samlMetadata ?? '',
    fromName: template?.emailSettings.fromName ?? '',
    replyTo: template?.emailSettings.replyTo ?? '',
    suppressWelcomeEmail: template?.emailSettings.suppressWelcomeEmail ?? false,
    defaultTimeZone: template?.callingSettings.defaultTimeZone ?? '',
    outboundCallerId: template?.callingSettings.outboundCallerId ?? '',
    extensionLength: template?.callingSettings.extensionLength?.toString() ?? '',
  };
}

/** The whole template as the API takes it; empty optional fields left out. */
function bodyOf(values: Values): TemplateInput {
  const trimmed = (value: string) => value.trim() || undefined;
  const emailSettings = { fromName: trimmed(values.fromName), replyTo: trimmed(values.replyTo), ...(values.suppressWelcomeEmail ? { suppressWelcomeEmail: true } : {}) };
  const extension = values.extensionLength.trim();
  const callingSettings = {
    defaultTimeZone: trimmed(values.defaultTimeZone),
    outboundCallerId: trimmed(values.outboundCallerId),
    extensionLength: extension ? Number(extension) : undefined,
  };
  return {
    name: values.name.trim(),
    providerAdminEmail: values.providerAdminEmail.trim(),
    ...(values.place === 'country' ? { country: values.country.trim() } : { region: values.region }),
    defaultEmailLanguage: values.defaultEmailLanguage,
    subscription: values.subscription.trim(),
    pstnProvider: values.pstnProvider.trim() || null,
    authMethod: values.authMethod,
    ...(values.authMethod === 'saml' ? { samlMetadata: values.samlMetadata.trim() } : {}),
    // Undefined members are left out of the JSON: an emptied setting is dropped (the objects are replaced whole).
    emailSettings,
    callingSettings,
  };
}

/** Creates a template (`template` null) or edits one: every field of it. */
export function TemplateDialog({ open, template, onClose, onSaved }: { open: boolean; template: Template | null; onClose: () => void; onSaved: (saved: Template, created: boolean) => void }) {
  const t = useT();
  return (
    <Dialog open={open} wide title={template ? t('wholesale.templates.editTitle', { name: template.name }) : t('wholesale.templates.createTitle')} onClose={onClose}>
      <TemplateForm template={template} onCancel={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function TemplateForm({ template, onCancel, onSaved }: { template: Template | null; onCancel: () => void; onSaved: (saved: Template, created: boolean) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => valuesOf(template));
  const set = <K extends keyof Values>(name: K) => (value: Values[K]) => setValues((old) => ({ ...old, [name]: value }));

  const form = useFormMutation({
    fields,
    mutationFn: () => {
      const body = bodyOf(values);
      if (!template) return createTemplate(body);
      // The name is unique per partner: sent only when it changes.
      const { name, ...rest } = body;
      return updateTemplate(template.id, name === template.name ? rest : body);
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: wholesaleKeys.templates });
      onSaved(saved, !template);
    },
  });
  const errors = form.fieldErrors;

  return (
    <Form form={form} submitLabel={template ? t('common.save') : t('wholesale.templates.create')} onCancel={onCancel} noValidate>
      <div className="form-grid">
        <TextField label={t('wholesale.templates.name')} value={values.name} onChange={set('name')} error={errors.name} required autoComplete="off" />
        <TextField label={t('wholesale.templates.providerAdminEmail')} type="email" value={values.providerAdminEmail} onChange={set('providerAdminEmail')} error={errors.providerAdminEmail} required autoComplete="off" hint={t('wholesale.templates.providerAdminEmailHint')} />
        <TextField label={t('wholesale.templates.subscription')} value={values.subscription} onChange={set('subscription')} error={errors.subscription} required autoComplete="off" hint={t('wholesale.templates.subscriptionHint')} />
        <LanguageField label={t('wholesale.templates.defaultEmailLanguage')} value={values.defaultEmailLanguage} onChange={set('defaultEmailLanguage')} error={errors.defaultEmailLanguage} required />
      </div>
      <fieldset>
        <legend>{t('wholesale.templates.place')}</legend>
        <div className="check-row">
          <CheckField type="radio" name="template-place" checked={values.place === 'country'} onChange={() => set('place')('country')} label={t('wholesale.templates.byCountry')} />
          <CheckField type="radio" name="template-place" checked={values.place === 'region'} onChange={() => set('place')('region')} label={t('wholesale.templates.byRegion')} />
        </div>
        <div className="form-grid">
          {values.place === 'country' ? (
            <TextField label={t('address.country')} value={values.country} onChange={(value) => set('country')(value.toUpperCase())} error={errors.country} hint={t('address.countryHint')} required />
          ) : (
            <SelectField label={t('wholesale.templates.region')} value={values.region} onChange={(value) => set('region')(value as Region)} error={errors.region} options={regions.map((region) => ({ value: region, label: t(`wholesale.region.${region}`) }))} required />
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('wholesale.templates.signIn')}</legend>
        <SelectField
          label={t('wholesale.templates.authMethod')}
          value={values.authMethod}
          onChange={(value) => set('authMethod')(value === 'saml' ? 'saml' : 'platform')}
          error={errors.authMethod}
          options={[{ value: 'platform', label: t('wholesale.auth.platform') }, { value: 'saml', label: t('wholesale.auth.saml') }]}
          required
        />
        {values.authMethod === 'saml' && (
          <TextAreaField label={t('wholesale.templates.samlMetadata')} value={values.samlMetadata} onChange={set('samlMetadata')} error={errors.samlMetadata} hint={t('wholesale.templates.samlMetadataHint')} rows={5} required />
        )}
      </fieldset>
      <fieldset>
        <legend>{t('wholesale.templates.calling')}</legend>
        <TextField label={t('wholesale.templates.pstnProvider')} value={values.pstnProvider} onChange={set('pstnProvider')} error={errors.pstnProvider} hint={t('wholesale.templates.pstnProviderHint')} autoComplete="off" />
        {values.pstnProvider.trim() && (
          <div className="warning" role="note">
            <Icon name="warning" />
            <p>{t('wholesale.templates.pstnWarning')}</p>
          </div>
        )}
        <div className="form-grid">
          <TextField label={t('wholesale.templates.defaultTimeZone')} value={values.defaultTimeZone} onChange={set('defaultTimeZone')} error={errors.defaultTimeZone} hint={t('wholesale.timeZoneHint')} autoComplete="off" />
          <TextField label={t('wholesale.templates.outboundCallerId')} value={values.outboundCallerId} onChange={set('outboundCallerId')} error={errors.outboundCallerId} hint={t('wholesale.e164Hint')} autoComplete="off" />
          <TextField label={t('wholesale.templates.extensionLength')} value={values.extensionLength} onChange={set('extensionLength')} error={errors.extensionLength} hint={t('wholesale.templates.extensionLengthHint')} inputMode="numeric" autoComplete="off" />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('wholesale.templates.email')}</legend>
        <div className="form-grid">
          <TextField label={t('wholesale.templates.fromName')} value={values.fromName} onChange={set('fromName')} error={errors.fromName} autoComplete="off" />
          <TextField label={t('wholesale.templates.replyTo')} type="email" value={values.replyTo} onChange={set('replyTo')} error={errors.replyTo} autoComplete="off" />
        </div>
        <CheckField checked={values.suppressWelcomeEmail} onChange={set('suppressWelcomeEmail')} label={t('wholesale.templates.suppressWelcomeEmail')} hint={t('wholesale.templates.suppressWelcomeEmailHint')} />
      </fieldset>
    </Form>
  );
}
