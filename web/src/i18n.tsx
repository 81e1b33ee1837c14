// React side of the shared catalogues in src/i18n.
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { isLanguage, languages, translate, type Language } from '../../src/i18n/index';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: Language;
  t: Translate;
  formatDate: (iso: string | null | undefined) => string;
  formatDateTime: (iso: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

const localKey = 'portico.language';

/** Language before login: the last one used here, else the browser's. */
export function guessLanguage(): Language {
  const stored = window.localStorage.getItem(localKey);
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function rememberLanguage(lang: Language): void {
  window.localStorage.setItem(localKey, lang);
}

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const t = useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
  const value = useMemo<I18n>(() => {
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const safe = (format: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
      if (!iso) return '—';
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : format.format(value);
    };
    return { lang, t, formatDate: safe(date), formatDateTime: safe(dateTime) };
  }, [lang, t]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

export function useT(): Translate {
  return useI18n().t;
}

/** Language names are shown in their own language, as users look for them that way. */
export const languageNames: Record<Language, string> = { en: 'English', de: 'Deutsch', it: 'Italiano' };
export { languages, isLanguage };
export type { Language };
