import { TextField } from '../../components/Fields';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Spinner } from '../../components/Spinner';
import { useT } from '../../i18n';
import type { CataloguePackage } from './wholesale.api';
import { useCatalogue, usePackageName } from './wholesale';
import type { StepProps } from './WizardInfoSteps';

/** Step 3: how many of each package of the catalogue (the caps of what users can be given); add-ons with what they need. */
export function PackagesStep({ draft, change, errors }: StepProps) {
  const t = useT();
  const packageName = usePackageName();
  const catalogue = useCatalogue();
  if (catalogue.isPending) return <Spinner />;
  if (catalogue.isError) return <ErrorPanel error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  const describe = (entry: CataloguePackage) =>
    entry.kind === 'addon'
      ? entry.requiresCalling
        ? t('wholesale.wizard.addonCalling')
        : t('wholesale.wizard.addonNeeds', { packages: (entry.requiresAnyOf ?? []).map(packageName).join(', ') })
      : t(entry.callingEnabled ? 'wholesale.wizard.baseCalling' : 'wholesale.wizard.baseNoCalling', { tier: entry.tier ?? 0 });
  const group = (kind: 'base' | 'addon') => (
    <fieldset>
      <legend>{t(`wholesale.wizard.${kind}Packages`)}</legend>
      <div className="form-grid">
        {catalogue.data.packages
          .filter((entry) => entry.kind === kind)
          .map((entry) => (
            <TextField
              key={entry.name}
              label={packageName(entry.name)}
              value={draft.quantities[entry.name] ?? ''}
              onChange={(value) => change({ quantities: { ...draft.quantities, [entry.name]: value } })}
              error={errors[entry.name]}
              hint={describe(entry)}
              inputMode="numeric"
              placeholder="0"
              autoComplete="off"
            />
          ))}
      </div>
    </fieldset>
  );
  return (
    <>
      <p className="muted">{t('wholesale.wizard.packagesIntro')}</p>
      <div role="alert" tabIndex={-1} className={errors.packages ? 'form-error' : 'form-error-empty'}>
        {errors.packages && <p>{errors.packages}</p>}
      </div>
      {group('base')}
      {group('addon')}
    </>
  );
}
