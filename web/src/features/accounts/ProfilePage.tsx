import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { changePassword, updateMe } from './auth.api';
import { isApiError } from '../../api/client';
import type { Me } from '../../api/models';
import { LanguageField, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { PageHeader } from '../../components/PageHeader';
import { isLanguage, rememberLanguage, useI18n, type Language } from '../../i18n';
import { useSession } from '../../session';
import { accountsKeys } from './queryKeys';

export function ProfilePage() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <>
      <PageHeader title={t('profile.title')} subtitle={me.user.email} />
      <ProfileForm />
      <PasswordForm />
    </>
  );
}

function ProfileForm() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [firstName, setFirstName] = useState(me.user.firstName);
  const [lastName, setLastName] = useState(me.user.lastName);
  const [language, setLanguage] = useState<Language>(lang);
  const [saved, setSaved] = useState(false);

  const form = useFormMutation({
    fields: ['firstName', 'lastName', 'language'],
    mutationFn: () => updateMe({ firstName: firstName.trim(), lastName: lastName.trim(), language }),
    onSuccess: (user) => {
      // Updating the cached /v1/me switches the whole portal to the new language at once.
      queryClient.setQueryData<Me>(['me'], (old) => (old ? { ...old, user } : old));
      if (isLanguage(user.language)) rememberLanguage(user.language);
      void queryClient.invalidateQueries({ queryKey: accountsKeys.users(user.companyId) });
      setSaved(true);
    },
    check: () => {
      setSaved(false);
      return true;
    },
  });
  const { fieldErrors } = form;

  return (
    <section className="panel" aria-labelledby="profile-form-title">
      <h2 id="profile-form-title">{t('profile.details')}</h2>
      <Form form={form} submitLabel={t('common.save')} status={saved ? t('profile.saved') : ''} className="narrow-form">
        <div className="form-grid">
          <TextField label={t('users.firstName')} value={firstName} onChange={setFirstName} error={fieldErrors.firstName} autoComplete="given-name" required />
          <TextField label={t('users.lastName')} value={lastName} onChange={setLastName} error={fieldErrors.lastName} autoComplete="family-name" required />
        </div>
        <LanguageField label={t('profile.language')} value={language} onChange={setLanguage} error={fieldErrors.language} hint={t('profile.languageHint')} />
      </Form>
    </section>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [changed, setChanged] = useState(false);

  const form = useFormMutation({
    fields: ['currentPassword', 'newPassword'],
    mutationFn: () => changePassword(current, next),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      setChanged(true);
    },
    check: () => {
      setChanged(false);
      setMismatch(next !== confirm);
      return next === confirm;
    },
  });
  const { fieldErrors, formError } = form;
  // Some servers answer a wrong current password with 401/403 and no field.
  if (isApiError(formError) && (formError.status === 401 || formError.status === 403)) {
    fieldErrors.currentPassword = t('profile.password.wrongCurrent');
  }
  const password = (label: string, value: string, autoComplete: string) => ({ label: t(label), type: 'password' as const, value, autoComplete, required: true });

  return (
    <section className="panel" aria-labelledby="password-form-title">
      <h2 id="password-form-title">{t('profile.password.title')}</h2>
      <Form
        form={form}
        submitLabel={t('profile.password.submit')}
        status={changed ? t('profile.password.changed') : ''}
        error={fieldErrors.currentPassword ? null : formError}
        className="narrow-form"
      >
        <TextField {...password('profile.password.current', current, 'current-password')} onChange={setCurrent} error={fieldErrors.currentPassword} />
        <TextField
          {...password('profile.password.new', next, 'new-password')}
          onChange={setNext}
          error={fieldErrors.newPassword}
          hint={t('profile.password.rules')}
          minLength={10}
        />
        <TextField
          {...password('profile.password.confirm', confirm, 'new-password')}
          onChange={setConfirm}
          error={mismatch ? t('profile.password.mismatch') : undefined}
        />
      </Form>
    </section>
  );
}
