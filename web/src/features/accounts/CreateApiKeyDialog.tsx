import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createApiKey } from './apiKeys.api';
import type { CreatedApiKey, Role } from '../../api/models';
import { CopyBox } from '../../components/CopyBox';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Fields';
import { FormError, splitError, useFocusOnError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { accountsKeys } from './queryKeys';

export function CreateApiKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Dialog open={open} title={created ? t('apiKeys.createdTitle') : t('apiKeys.createTitle')} onClose={close}>
      {created ? <CreatedKey created={created} onDone={close} /> : <CreateForm onCreated={setCreated} onCancel={close} />}
    </Dialog>
  );
}

function CreateForm({ onCreated, onCancel }: { onCreated: (key: CreatedApiKey) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const mutation = useMutation({
    mutationFn: () => createApiKey(name.trim(), (role || undefined) as Role | undefined),
    onSuccess: (key) => {
      void queryClient.invalidateQueries({ queryKey: accountsKeys.apiKeys });
      onCreated(key);
    },
  });
  const formRef = useFocusOnError(mutation.error);
  const { fieldErrors, formError } = splitError(t, mutation.error, ['name', 'role']);
  const options = [
    { value: '', label: t('apiKeys.roleSame', { role: t(`role.${me.role}`) }) },
    // The server lists the roles a key may carry (never stronger than the user's own).
    ...me.apiKeyRoles.filter((value) => value !== me.role).map((value) => ({ value, label: t(`role.${value}`) })),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    mutation.mutate();
  };

  return (
    <form ref={formRef} onSubmit={submit}>
      <FormError error={formError} />
      <TextField label={t('apiKeys.name')} value={name} onChange={setName} error={fieldErrors.name} hint={t('apiKeys.nameHint')} required autoFocus />
      <SelectField label={t('apiKeys.role')} value={role} onChange={setRole} options={options} error={fieldErrors.role} hint={t('apiKeys.roleHint')} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" aria-disabled={mutation.isPending || undefined}>
          {t('apiKeys.createAction')}
        </button>
      </div>
    </form>
  );
}

function CreatedKey({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <div>
      <div className="warning" role="note">
        <Icon name="warning" />
        <p>{t('apiKeys.onceWarning')}</p>
      </div>
      <CopyBox label={t('apiKeys.keyLabel', { name: created.name })} value={created.key} />
      <p className="small muted">{t('apiKeys.usage')}</p>
      <pre className="code-sample">{`curl -H "Authorization: Bearer ${created.key}" ${window.location.origin}/v1/me`}</pre>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('apiKeys.done')}
        </button>
      </div>
    </div>
  );
}
