import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Company } from '../../api/models';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { useT } from '../../i18n';
import { useRouter } from '../../router';
import { useSession } from '../../session';
import { createCompany, type NewCompany } from './companies.api';
import { accountsKeys } from './queryKeys';

const fields = ['name', 'type', 'accountRef'] as const;

/**
 * A new company of a kind the user may create (GET /v1/me: creatableCompanyTypes): a partner's
 * managed account (its partner implied), or the operator's partner or direct customer.
 */
export function CreateCompanyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog open={open} title={t('companies.create')} onClose={onClose}>
      <CreateCompanyForm onDone={onClose} />
    </Dialog>
  );
}

function CreateCompanyForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const { me } = useSession();
  const { navigate } = useRouter();
  const queryClient = useQueryClient();
  // The operator's managed accounts need a partner picked; this form makes the kinds that need none.
  const types = me.creatableCompanyTypes.filter((type) => type !== 'managed' || me.company.type === 'partner');
  const [values, setValues] = useState({ name: '', type: types[0] ?? 'managed', accountRef: '' });
  const form = useFormMutation({
    fields,
    mutationFn: () => createCompany({ name: values.name.trim(), type: values.type, accountRef: values.accountRef.trim() || undefined }),
    onSuccess: (company: Company) => {
      void queryClient.invalidateQueries({ queryKey: accountsKeys.companies });
      onDone();
      navigate(`/companies/${company.id}`);
    },
  });
  return (
    <Form form={form} submitLabel={t('companies.createSubmit')} onCancel={onDone}>
      <TextField label={t('company.name')} value={values.name} onChange={(name) => setValues((old) => ({ ...old, name }))} error={form.fieldErrors.name} required />
      {types.length > 1 && (
        <SelectField
          label={t('company.type')}
          value={values.type}
          onChange={(type) => setValues((old) => ({ ...old, type: type as NewCompany['type'] }))}
          options={types.map((type) => ({ value: type, label: t(`companyType.${type}`) }))}
          error={form.fieldErrors.type}
        />
      )}
      <TextField
        label={t('company.accountRef')}
        hint={t('companies.accountRefHint')}
        value={values.accountRef}
        onChange={(accountRef) => setValues((old) => ({ ...old, accountRef }))}
        error={form.fieldErrors.accountRef}
      />
    </Form>
  );
}
