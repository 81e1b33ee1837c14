import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createUser, updateUser, type NewUser } from './users.api';
import { roles, type Company, type Role, type User } from '../../api/models';
import { Dialog } from '../../components/Dialog';
import { LanguageField, SelectField, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { isLanguage, useI18n } from '../../i18n';
import { accountsKeys } from './queryKeys';

const fields = ['email', 'firstName', 'lastName', 'role', 'language', 'password'] as const;

interface Props {
  company: Company;
  /** The user to edit; null to add one. */
  user: User | null;
  open: boolean;
  onClose: () => void;
  onSaved: (user: User, added: boolean) => void;
}

export function UserDialog({ company, user, open, onClose, onSaved }: Props) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={user ? t('users.editTitle') : t('users.addTitle')} onClose={onClose}>
      <UserForm company={company} user={user} onCancel={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function UserForm({ company, user, onCancel, onSaved }: Omit<Props, 'open' | 'onClose'> & { onCancel: () => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [firstName, setFirstName] = useState(user?.firstName ?? '');
  const [lastName, setLastName] = useState(user?.lastName ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'technical_contact');
  const [language, setLanguage] = useState(user && isLanguage(user.language) ? user.language : lang);
  const [password, setPassword] = useState('');

  // The roles the server says this company's users may hold (and the user's own, whatever it is).
  const roleOptions = roles
    .filter((value) => company.userRoles.includes(value) || user?.role === value)
    .map((value) => ({ value, label: t(`role.${value}`) }));

  const form = useFormMutation({
    fields,
    mutationFn: async () => {
      if (user) return updateUser(user.id, { firstName: firstName.trim(), lastName: lastName.trim(), role, language });
      const body: NewUser = { email: email.trim(), firstName: firstName.trim(), lastName: lastName.trim(), role, language };
      if (password) body.password = password;
      return createUser(company.id, body);
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: accountsKeys.users(company.id) });
      void queryClient.invalidateQueries({ queryKey: accountsKeys.me });
      onSaved(saved, !user);
    },
  });
  const { fieldErrors } = form;

  return (
    <Form form={form} submitLabel={user ? t('common.save') : t('users.addAction')} onCancel={onCancel}>
      {user ? (
        <p className="muted">{user.email}</p>
      ) : (
        <TextField label={t('users.email')} type="email" value={email} onChange={setEmail} error={fieldErrors.email} autoComplete="off" required autoFocus />
      )}
      <div className="form-grid">
        <TextField label={t('users.firstName')} value={firstName} onChange={setFirstName} error={fieldErrors.firstName} required autoFocus={!!user} />
        <TextField label={t('users.lastName')} value={lastName} onChange={setLastName} error={fieldErrors.lastName} required />
      </div>
      <div className="form-grid">
        <SelectField label={t('users.role')} value={role} onChange={(value) => setRole(value as Role)} options={roleOptions} error={fieldErrors.role} />
        <LanguageField label={t('users.language')} value={language} onChange={setLanguage} error={fieldErrors.language} />
      </div>
      {!user && (
        <TextField
          label={t('users.password')}
          value={password}
          onChange={setPassword}
          type="password"
          autoComplete="new-password"
          minLength={10}
          error={fieldErrors.password}
          hint={t('users.passwordHint')}
        />
      )}
    </Form>
  );
}
