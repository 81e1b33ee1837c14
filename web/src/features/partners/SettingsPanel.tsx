import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ManagedSettings, PartnerDefaults } from '../../api/models';
import { ErrorPanel } from '../../components/ErrorPanel';
import { SelectField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { Panel } from '../../components/Panel';
import { Spinner } from '../../components/Spinner';
import { Detail } from '../../components/Detail';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { getDefaults, getManagedSettings, updateDefaults, updateManagedSettings, type SettingsChanges } from './partners.api';
import { partnersKeys } from './queryKeys';

const names = ['dashboard', 'supportChat', 'companyProfile', 'showPrices', 'supportedBy', 'approvalQueue'] as const;
type Name = (typeof names)[number];
/** What a select holds: 'inherit' (null to the API), or the value. */
type Choice = 'inherit' | 'on' | 'off' | 'partner' | 'operator';

const toChoice = (value: boolean | string | null): Choice => (value === null ? 'inherit' : value === true ? 'on' : value === false ? 'off' : (value as Choice));
const fromChoice = (choice: Choice): boolean | string | null => (choice === 'inherit' ? null : choice === 'on' ? true : choice === 'off' ? false : choice);

/**
 * A managed account's six settings (`of: 'account'`), or its partner's defaults for all accounts
 * (`of: 'defaults'`): each with its effect explained and, for an account, what it inherits marked.
 * Changed with managed_settings.edit; read-only otherwise.
 */
export function SettingsPanel({ companyId, of }: { companyId: string; of: 'account' | 'defaults' }) {
  const t = useT();
  const { can } = useSession();
  const query = useQuery<ManagedSettings | PartnerDefaults>({
    queryKey: of === 'account' ? partnersKeys.managedSettings(companyId) : partnersKeys.defaults(companyId),
    queryFn: () => (of === 'account' ? getManagedSettings(companyId) : getDefaults(companyId)),
  });
  return (
    <Panel title={t(of === 'account' ? 'settings.title' : 'settings.defaultsTitle')}>
      <p className="muted">{t(of === 'defaults' ? 'settings.defaultsIntro' : can('managed_settings.edit') ? 'settings.intro' : 'settings.introAccount')}</p>
      {query.isPending && <Spinner />}
      {query.isError && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <SettingsForm companyId={companyId} of={of} loaded={query.data} />}
    </Panel>
  );
}

/** An account shows an inherited setting as "inherit"; the defaults show what is stored (null = the product's). */
function choicesOf(of: 'account' | 'defaults', data: ManagedSettings | PartnerDefaults): Record<Name, Choice> {
  const inherited = new Set<string>('inherited' in data ? data.inherited : []);
  return Object.fromEntries(names.map((name) => [name, of === 'account' && inherited.has(name) ? 'inherit' : toChoice(data[name])])) as Record<Name, Choice>;
}

function SettingsForm({ companyId, of, loaded }: { companyId: string; of: 'account' | 'defaults'; loaded: ManagedSettings | PartnerDefaults }) {
  const t = useT();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [data, setData] = useState(loaded);
  const inherited = new Set<string>('inherited' in data ? data.inherited : []);
  const initial = choicesOf(of, data);
  const [values, setValues] = useState(initial);
  const editable = can('managed_settings.edit');

  const form = useFormMutation<ManagedSettings | PartnerDefaults>({
    fields: names,
    mutationFn: () => {
      const changes = Object.fromEntries(names.filter((name) => values[name] !== initial[name]).map((name) => [name, fromChoice(values[name])])) as SettingsChanges;
      return of === 'account' ? updateManagedSettings(companyId, changes) : updateDefaults(companyId, changes);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(of === 'account' ? partnersKeys.managedSettings(companyId) : partnersKeys.defaults(companyId), saved);
      setData(saved);
      setValues(choicesOf(of, saved));
    },
  });
  const changed = names.some((name) => values[name] !== initial[name]);

  const effective = (name: Name) => {
    const value = data[name];
    if (value === null) return t('settings.productDefault');
    return typeof value === 'boolean' ? t(value ? 'settings.on' : 'settings.off') : t(`settings.supportedBy.${value}`);
  };
  const options = (name: Name) => {
    const inheritLabel = of === 'account' ? t('settings.inherit', { value: effective(name) }) : t('settings.productDefault');
    const values = name === 'supportedBy' ? (['partner', 'operator'] as const) : (['on', 'off'] as const);
    return [
      { value: 'inherit', label: inheritLabel },
      ...values.map((value) => ({ value, label: value === 'on' || value === 'off' ? t(`settings.${value}`) : t(`settings.supportedBy.${value}`) })),
    ];
  };

  const rows = names.map((name) => (
    <SelectField
      key={name}
      label={t(`settings.name.${name}`)}
      hint={t(`settings.effect.${name}`)}
      value={values[name]}
      onChange={(value) => setValues((old) => ({ ...old, [name]: value as Choice }))}
      options={options(name)}
      error={form.fieldErrors[name]}
    />
  ));
  // Read-only (a managed account's own users): what applies, with its effect; nothing to pick.
  if (!editable) {
    return (
      <dl className="details settings-list">
        {names.map((name) => (
          <Detail key={name} label={t(`settings.name.${name}`)}>
            {effective(name)}
            {inherited.has(name) && <span className="badge badge-muted">{t('settings.inherited')}</span>}
            <span className="field-hint">{t(`settings.effect.${name}`)}</span>
          </Detail>
        ))}
      </dl>
    );
  }
  return (
    <Form form={form} submitLabel={t('common.save')} status={form.mutation.isSuccess && !changed ? t('settings.saved') : ''}>
      <div className="form-grid settings-grid">{rows}</div>
    </Form>
  );
}
