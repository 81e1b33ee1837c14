import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { CheckField, FieldMessage, SelectField, TextField } from '../../components/Fields';
import { Spinner } from '../../components/Spinner';
import { isLanguage, languageNames, languages, useT } from '../../i18n';
import { Link } from '../../router';
import { listTemplates } from './wholesale.api';
import { AddressFields, useCatalogue } from './wholesale';
import type { Draft } from './wizard';
import type { StepErrors } from './NewCustomerPage';
import { wholesaleKeys } from './queryKeys';

export interface StepProps {
  draft: Draft;
  change: (changes: Partial<Draft>) => void;
  errors: StepErrors;
}

/** Step 1: who the customer is, which template provisions it, where it is billed and where its data lives. */
export function InfoStep({ draft, change, errors }: StepProps) {
  const t = useT();
  const templates = useQuery({ queryKey: [...wholesaleKeys.templates, 'all'], queryFn: () => listTemplates() });
  const catalogue = useCatalogue();
  const items = templates.data?.items ?? [];
  // The first template and the first offered region are preselected (the API, too, takes the first region).
  const firstTemplate = items[0]?.provisioningId;
  const firstRegion = catalogue.data?.dataRegions[0];
  useEffect(() => {
    if (!draft.provisioningId && firstTemplate) change({ provisioningId: firstTemplate });
    if (!draft.dataRegion && firstRegion) change({ dataRegion: firstRegion });
  }, [draft.provisioningId, draft.dataRegion, firstTemplate, firstRegion, change]);
  if (templates.isPending || catalogue.isPending) return <Spinner />;
  return (
    <>
      <div className="form-grid">
        <TextField label={t('wholesale.wizard.name')} value={draft.name} onChange={(name) => change({ name })} error={errors.name} required autoComplete="organization" />
        <TextField label={t('wholesale.wizard.primaryEmail')} type="email" value={draft.primaryEmail} onChange={(primaryEmail) => change({ primaryEmail })} error={errors.primaryEmail} hint={t('wholesale.wizard.primaryEmailHint')} required autoComplete="off" />
        <TextField label={t('wholesale.customers.externalId')} value={draft.externalId} onChange={(externalId) => change({ externalId })} error={errors.externalId} hint={t('wholesale.wizard.externalIdHint')} required autoComplete="off" />
        <SelectField
          label={t('wholesale.wizard.language')}
          value={draft.language}
          onChange={(language) => change({ language: isLanguage(language) ? language : '' })}
          hint={t('wholesale.wizard.languageHint')}
          options={[{ value: '', label: t('wholesale.wizard.languageDefault') }, ...languages.map((code) => ({ value: code, label: languageNames[code] }))]}
        />
      </div>
      <div className="form-grid">
        {items.length === 0 ? (
          <div>
            <p className="muted">
              {t('wholesale.wizard.noTemplates')} <Link to="/partner/wholesale/templates">{t('wholesale.templates.title')}</Link>
            </p>
            <FieldMessage id="wizard-template-error" error={errors.provisioningId} />
          </div>
        ) : (
          <SelectField
            label={t('wholesale.wizard.template')}
            value={draft.provisioningId}
            onChange={(provisioningId) => change({ provisioningId })}
            error={errors.provisioningId}
            hint={t('wholesale.wizard.templateHint', { id: draft.provisioningId })}
            required
            options={items.map((template) => ({ value: template.provisioningId, label: template.name }))}
          />
        )}
        <SelectField
          label={t('wholesale.wizard.dataRegion')}
          value={draft.dataRegion}
          onChange={(dataRegion) => change({ dataRegion })}
          hint={t('wholesale.wizard.dataRegionHint')}
          options={(catalogue.data?.dataRegions ?? []).map((region) => ({ value: region, label: region }))}
        />
      </div>
      <fieldset>
        <legend>{t('wholesale.wizard.billingAddress')}</legend>
        <AddressFields values={draft.address} onChange={(address) => change({ address })} errors={errors} />
      </fieldset>
    </>
  );
}

/** Step 2: the partner confirms the headquarters is where the service is offered. */
export function LocationStep({ draft, change, errors }: StepProps) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('wholesale.wizard.supportedLegend')}</legend>
      <p>{t('wholesale.wizard.supportedIntro', { country: draft.address.country })}</p>
      <CheckField
        checked={draft.supportedConfirmed}
        onChange={(supportedConfirmed) => change({ supportedConfirmed })}
        label={t('wholesale.wizard.supportedConfirm')}
        hint={t('wholesale.wizard.supportedHint')}
        invalid={!!errors.supportedConfirmed}
      />
      <FieldMessage id="wizard-supported-error" error={errors.supportedConfirmed} />
    </fieldset>
  );
}

/** Step 4: the first location; by default at the billing address. */
export function HeadquartersStep({ draft, change, errors }: StepProps) {
  const t = useT();
  return (
    <>
      <div className="form-grid">
        <TextField label={t('wholesale.wizard.hqName')} value={draft.hqName} onChange={(hqName) => change({ hqName })} hint={t('wholesale.wizard.hqNameHint')} autoComplete="off" />
        <TextField label={t('wholesale.wizard.hqTimeZone')} value={draft.hqTimeZone} onChange={(hqTimeZone) => change({ hqTimeZone })} hint={t('wholesale.wizard.hqTimeZoneHint')} autoComplete="off" />
      </div>
      <CheckField checked={draft.hqSame} onChange={(hqSame) => change({ hqSame })} label={t('wholesale.wizard.hqSame')} />
      {!draft.hqSame && (
        <fieldset>
          <legend>{t('wholesale.wizard.hqAddress')}</legend>
          <AddressFields values={draft.hqAddress} onChange={(hqAddress) => change({ hqAddress })} errors={errors} />
        </fieldset>
      )}
    </>
  );
}
