import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changePassword, updateMe } from './auth.api';
import { isApiError } from '../../api/client';
import type { Me } from '../../api/models';
import { SelectField, TextField } from '../../components/Fields';
import { FormError, splitError, useFocusOnError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { isLanguage, languageNames, languages, rememberLanguage, useI18n, type Language } from '../../i18n';
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

  const mutation = useMutation({
    mutationFn: () => updateMe({ firstName: firstName.trim(), lastName: lastName.trim(), language }),
    onSuccess: (user) => {
      // Updating the cached /v1/me switches the whole portal to the new language at once.
      queryClient.setQueryData<Me>(['me'], (old) => (old ? { ...old, user } : old));
      if (isLanguage(user.language)) rememberLanguage(user.language);
      void queryClient.invalidateQueries({ queryKey: accountsKeys.users(user.companyId) });
      setSaved(true);
    },
  });
  const formRef = useFocusOnError(mutation.error);
  const { fieldErrors, formError } = splitError(t, mutation.error, ['firstName', 'lastName', 'language']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setSaved(false);
    mutation.mutate();
  };

  return (
    <section className="panel" aria-labelledby="profile-form-title">
      <h2 id="profile-form-title">{t('profile.details')}</h2>
      <form ref={formRef} onSubmit={submit} className="narrow-form">
        <FormError error={formError} />
        <div className="form-grid">
          <TextField label={t('users.firstName')} value={firstName} onChange={setFirstName} error={fieldErrors.firstName} autoComplete="given-name" required />
          <TextField label={t('users.lastName')} value={lastName} onChange={setLastName} error={fieldErrors.lastName} autoComplete="family-name" required />
        </div>
        <SelectField
          label={t('profile.language')}
          value={language}
          onChange={(value) => isLanguage(value) && setLanguage(value)}
          options={languages.map((code) => ({ value: code, label: languageNames[code] }))}
          error={fieldErrors.language}
          hint={t('profile.languageHint')}
        />
        <div className="form-actions form-actions-start">
          <button type="submit" className="button button-primary" aria-disabled={mutation.isPending || undefined}>
            {t('common.save')}
          </button>
          <p className="notice" role="status">
            {saved ? t('profile.saved') : ''}
          </p>
        </div>
      </form>
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

  const mutation = useMutation({
    mutationFn: () => changePassword(current, next),
    onError: (error) => setFailure({ error }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      setChanged(true);
    },
  });
  // A new object per failed attempt, so focus moves to the error every time.
  const [failure, setFailure] = useState<object | null>(null);
  const formRef = useFocusOnError(failure);
  const { fieldErrors, formError } = splitError(t, mutation.error, ['currentPassword', 'newPassword']);
  // Some servers answer a wrong current password with 401/403 and no field.
  if (isApiError(formError) && (formError.status === 401 || formError.status === 403)) {
    fieldErrors.currentPassword = t('profile.password.wrongCurrent');
  }
  const shownFormError = fieldErrors.currentPassword ? null : formError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setChanged(false);
    if (next !== confirm) {
      setMismatch(true);
      setFailure({ mismatch: true });
      return;
    }
    setMismatch(false);
    mutation.mutate();
  };

  return (
    <section className="panel" aria-labelledby="password-form-title">
      <h2 id="password-form-title">{t('profile.password.title')}</h2>
      <form ref={formRef} onSubmit={submit} className="narrow-form">
        <FormError error={shownFormError} />
        <TextField
          label={t('profile.password.current')}
          type="password"
          value={current}
          onChange={setCurrent}
          error={fieldErrors.currentPassword}
          autoComplete="current-password"
          required
        />
        <TextField
          label={t('profile.password.new')}
          type="password"
          value={next}
          onChange={setNext}
          error={fieldErrors.newPassword}
          hint={t('profile.password.rules')}
          autoComplete="new-password"
          minLength={10}
          required
        />
        <TextField
          label={t('profile.password.confirm')}
          type="password"
          value={confirm}
          onChange={setConfirm}
          error={mismatch ? t('profile.password.mismatch') : undefined}
          autoComplete="new-password"
          required
        />
        <div className="form-actions form-actions-start">
          <button type="submit" className="button button-primary" aria-disabled={mutation.isPending || undefined}>
            {t('profile.password.submit')}
          </button>
          <p className="notice" role="status">
            {changed ? t('profile.password.changed') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
