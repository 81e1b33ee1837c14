import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createApiKey } from './apiKeys.api';
import type { CreatedApiKey, Role } from '../../api/models';
import { CreateDialog, ShownOnce } from '../../components/CreateDialog';
import { SelectField, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { accountsKeys } from './queryKeys';

export function CreateApiKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <CreateDialog<CreatedApiKey>
      open={open}
      title={t('apiKeys.createTitle')}
      createdTitle={t('apiKeys.createdTitle')}
      onClose={onClose}
      form={(onCreated, onCancel) => <CreateForm onCreated={onCreated} onCancel={onCancel} />}
      created={(created, onDone) => (
        <ShownOnce
          warning
          note={t('apiKeys.onceWarning')}
          label={t('apiKeys.keyLabel', { name: created.name })}
          value={created.key}
          help={t('apiKeys.usage')}
          sample={`curl -H "Authorization: Bearer ${created.key}" ${window.location.origin}/v1/me`}
          doneLabel={t('apiKeys.done')}
          onDone={onDone}
        />
      )}
    />
  );
}

function CreateForm({ onCreated, onCancel }: { onCreated: (key: CreatedApiKey) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const form = useFormMutation({
    fields: ['name', 'role'],
    mutationFn: () => createApiKey(name.trim(), (role || undefined) as Role | undefined),
    onSuccess: (key) => {
      void queryClient.invalidateQueries({ queryKey: accountsKeys.apiKeys });
      onCreated(key);
    },
  });
  const { fieldErrors } = form;
  const options = [
    { value: '', label: t('apiKeys.roleSame', { role: t(`role.${me.role}`) }) },
    // The server lists the roles a key may carry (never stronger than the user's own).
    ...me.apiKeyRoles.filter((value) => value !== me.role).map((value) => ({ value, label: t(`role.${value}`) })),
  ];

  return (
    <Form form={form} submitLabel={t('apiKeys.createAction')} onCancel={onCancel}>
      <TextField label={t('apiKeys.name')} value={name} onChange={setName} error={fieldErrors.name} hint={t('apiKeys.nameHint')} required autoFocus />
      <SelectField label={t('apiKeys.role')} value={role} onChange={setRole} options={options} error={fieldErrors.role} hint={t('apiKeys.roleHint')} />
    </Form>
  );
}
