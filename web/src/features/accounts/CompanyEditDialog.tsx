import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { updateCompany, type CompanyChanges } from './companies.api';
import type { Address, Company } from '../../api/models';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { useT } from '../../i18n';
import { accountsKeys } from './queryKeys';

const fields = ['name', 'accountRef', 'addressLine1', 'addressLine2', 'city', 'stateOrProvince', 'zipOrPostalCode', 'country'] as const;
type FieldName = (typeof fields)[number];

export function CompanyEditDialog({ company, open, onClose }: { company: Company; open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog open={open} title={t('company.edit')} onClose={onClose} wide>
      <CompanyForm company={company} onDone={onClose} />
    </Dialog>
  );
}

function CompanyForm({ company, onDone }: { company: Company; onDone: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const address = company.billingAddress;
  const [values, setValues] = useState<Record<FieldName, string>>({
    name: company.name,
    accountRef: company.accountRef ?? '',
    addressLine1: address?.addressLine1 ?? '',
    addressLine2: address?.addressLine2 ?? '',
    city: address?.city ?? '',
    stateOrProvince: address?.stateOrProvince ?? '',
    zipOrPostalCode: address?.zipOrPostalCode ?? '',
    country: address?.country ?? '',
  });
  const set = (name: FieldName) => (value: string) => setValues((old) => ({ ...old, [name]: value }));

  const form = useFormMutation({
    fields,
    mutationFn: () => updateCompany(company.id, changesFrom(company, values)),
    onSuccess: (updated) => {
      queryClient.setQueryData(accountsKeys.company(company.id), updated);
      void queryClient.invalidateQueries({ queryKey: accountsKeys.me });
      void queryClient.invalidateQueries({ queryKey: accountsKeys.companies });
      onDone();
    },
  });
  const { fieldErrors } = form;

  const field = (name: FieldName, label: string, required = false) => (
    <TextField label={label} value={values[name]} onChange={set(name)} error={fieldErrors[name]} required={required} />
  );

  return (
    <Form form={form} submitLabel={t('common.save')} onCancel={onDone}>
      <div className="form-grid">
        {field('name', t('company.name'), true)}
        {field('accountRef', t('company.accountRef'))}
      </div>
      <fieldset>
        <legend>{t('company.billingAddress')}</legend>
        <div className="form-grid">
          {field('addressLine1', t('address.line1'))}
          {field('addressLine2', t('address.line2'))}
          {field('zipOrPostalCode', t('address.zip'))}
          {field('city', t('address.city'))}
          {field('stateOrProvince', t('address.state'))}
          <TextField
            label={t('address.country')}
            value={values.country}
            onChange={(value) => set('country')(value.toUpperCase())}
            error={fieldErrors.country}
            hint={t('address.countryHint')}
          />
        </div>
      </fieldset>
    </Form>
  );
}

/** Only what changed, so an untouched address does not trigger re-screening. */
function changesFrom(company: Company, values: Record<FieldName, string>): CompanyChanges {
  const changes: CompanyChanges = {};
  if (values.name.trim() !== company.name) changes.name = values.name.trim();
  const accountRef = values.accountRef.trim() || null;
  if (accountRef !== company.accountRef) changes.accountRef = accountRef;
  const address: Address = {
    addressLine1: values.addressLine1.trim(),
    city: values.city.trim(),
    country: values.country.trim(),
  };
  if (values.addressLine2.trim()) address.addressLine2 = values.addressLine2.trim();
  if (values.stateOrProvince.trim()) address.stateOrProvince = values.stateOrProvince.trim();
  if (values.zipOrPostalCode.trim()) address.zipOrPostalCode = values.zipOrPostalCode.trim();
  const empty = !address.addressLine1 && !address.city && !address.country && Object.keys(address).length === 3;
  const before = company.billingAddress;
  const same =
    before !== null &&
    (['addressLine1', 'addressLine2', 'city', 'stateOrProvince', 'zipOrPostalCode', 'country'] as const).every(
      (key) => (before[key] ?? '') === (address[key] ?? ''),
    );
  if (!empty && !same) changes.billingAddress = address;
  return changes;
}
