// React side of the shared catalogues in src/i18n.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import en from '../../src/i18n/en.json';
import { fill, isLanguage, languages, type Catalogue, type Language } from '../../src/i18n/messages.ts';

/**
 * English is built in (it is the fallback of every message); German and Italian are loaded when
 * first used, so nobody downloads the languages they do not read.
 */
const loaded: Partial<Record<Language, Catalogue>> = { en };
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  de: () => import('../../src/i18n/de.json').then((module) => module.default),
  it: () => import('../../src/i18n/it.json').then((module) => module.default),
};

/** Whether English (the reference catalogue) has a message for `key`. */
export const hasMessage = (key: string): boolean => Object.prototype.hasOwnProperty.call(en, key);

/**
 * The language whose messages are shown: `lang` once its catalogue is loaded; until then the one
 * shown before (so switching language keeps the page and its state), or null on the first load.
 */
function useLoadedLanguage(lang: Language): Language | null {
  const [shown, setShown] = useState<Language | null>(() => (loaded[lang] ? lang : null));
  useEffect(() => {
    if (loaded[lang]) return setShown(lang);
    let current = true;
    void loaders[lang as Exclude<Language, 'en'>]()
      .catch(() => en)
      .then((messages) => {
        loaded[lang] = messages;
        if (current) setShown(lang);
      });
    return () => {
      current = false;
    };
  }, [lang]);
  return loaded[lang] ? lang : shown;
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: Language;
  t: Translate;
  formatDate: (iso: string | null | undefined) => string;
  formatDateTime: (iso: string | null | undefined) => string;
  /** Date and time to the second, for histories. */
  formatMoment: (iso: string | null | undefined) => string;
  /** From–to with the time zone: "1 Dec 2026, 01:00 – 03:00 CET". */
  formatDateTimeRange: (fromIso: string, toIso: string) => string;
  /** "5 minutes ago" for the last week, the date and time before that. */
  formatRelative: (iso: string | null | undefined) => string;
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

/**
 * The locale for dates and numbers: the user's language with the browser's region, so an English
 * user in Britain or Switzerland reads "2 Dec 2026, 14:05", not the US order and clock.
 */
export function localeFor(lang: Language): string {
  for (const tag of navigator.languages ?? [navigator.language]) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region) return new Intl.Locale(lang, { region }).toString();
    } catch {
      // Not a valid tag: try the next one.
    }
  }
  return lang;
}

export function rememberLanguage(lang: Language): void {
  window.localStorage.setItem(localKey, lang);
}

export function I18nProvider({ lang: wanted, children }: { lang: Language; children: ReactNode }) {
  const active = useLoadedLanguage(wanted);
  const lang = active ?? wanted;
  const catalogue = active ? loaded[active] : null;
  const t = useCallback<Translate>((key, vars) => fill(catalogue?.[key] ?? (en as Catalogue)[key] ?? key, vars), [catalogue]);
  const value = useMemo<I18n>(() => {
    const locale = localeFor(lang);
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    const safe = (format: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
      if (!iso) return '—';
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : format.format(value);
    };
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    const formatRelative = (iso: string | null | undefined) => {
      if (!iso) return '—';
      const value = new Date(iso);
      if (Number.isNaN(value.getTime())) return iso;
      const seconds = Math.round((value.getTime() - Date.now()) / 1000);
      const ago = Math.abs(seconds);
      if (ago < 45) return relative.format(0, 'second');
      if (ago < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (ago < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      if (ago < 7 * 86_400) return relative.format(Math.round(seconds / 86_400), 'day');
      return dateTime.format(value);
    };
    const range = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    const formatDateTimeRange = (fromIso: string, toIso: string) => {
      const from = new Date(fromIso);
      const to = new Date(toIso);
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) return `${fromIso} – ${toIso}`;
      return range.formatRange(from, to);
    };
    return { lang, t, formatDate: safe(date), formatDateTime: safe(dateTime), formatMoment: safe(moment), formatDateTimeRange, formatRelative };
  }, [lang, t]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // A moment's blank page rather than a flash of English while the first language loads.
  if (!catalogue) return null;
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
