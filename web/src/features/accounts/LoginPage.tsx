import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getMe, login } from './auth.api';
import { isApiError } from '../../api/client';
import { LanguageField, TextField } from '../../components/Fields';
import { rememberLanguage, useI18n, type Language } from '../../i18n';
import { accountsKeys } from './queryKeys';

export function LoginPage({ onLanguage }: { onLanguage: (lang: Language) => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  useEffect(() => {
    document.title = `${t('login.title')} · Portico`;
  }, [t]);

  const mutation = useMutation({
    mutationFn: async () => {
      await login(email.trim(), password);
      // The App redirects once /v1/me is in the cache.
      await queryClient.fetchQuery({ queryKey: accountsKeys.me, queryFn: getMe });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    mutation.mutate();
  };

  let message = '';
  if (mutation.error) {
    const status = isApiError(mutation.error) ? mutation.error.status : -1;
    if (status === 401) message = t('login.error.credentials');
    else if (status === 429) message = t('login.error.rateLimited');
    else if (status === 0) message = t('error.network.detail');
    else message = t('login.error.other');
  }

  return (
    <div className="login-page">
      <main className="login-card" aria-labelledby="login-title">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          <span>Portico</span>
        </div>
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.subtitle')}</p>
        <form onSubmit={submit}>
          <div role="alert" className={message ? 'form-error' : 'form-error-empty'}>
            {message && <p>{message}</p>}
          </div>
          <TextField label={t('login.email')} type="email" name="email" value={email} onChange={setEmail} autoComplete="username" autoFocus required />
          <TextField label={t('login.password')} type="password" name="password" value={password} onChange={setPassword} autoComplete="current-password" required />
          <button type="submit" className="button button-primary button-block" aria-disabled={mutation.isPending || undefined}>
            {mutation.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
      <footer className="login-footer">
        <LanguageField
          label={t('login.language')}
          value={lang}
          onChange={(next) => {
            rememberLanguage(next);
            onLanguage(next);
          }}
        />
      </footer>
    </div>
  );
}
