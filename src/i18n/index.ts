// Message catalogues shared by the portal and the server's e-mails: keep this file free of
// browser and React code.
import en from './en.json' with { type: 'json' };
import de from './de.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };

export const languages = ['en', 'de', 'it'] as const;
export type Language = (typeof languages)[number];

export type Catalogue = Record<string, string>;
export type MessageKey = keyof typeof en;

export const catalogues: Record<Language, Catalogue> = { en, de, it };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Whether English (the reference catalogue) has a message for `key`. */
export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogues.en, key);
}

/** Looks `key` up in `lang`, falling back to English, then to the key itself. */
export function translate(
  lang: Language | string,
  key: string,
  vars?: Record<string, string | number>,
): string {
  const catalogue = isLanguage(lang) ? catalogues[lang] : catalogues.en;
  const message = catalogue[key] ?? catalogues.en[key] ?? key;
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** A rate as people read it, in the portal and in e-mails: 500 Mbps, 1 Gbps, 2.5 Gbps (in German Mbit/s, Gbit/s). */
export function formatSpeed(lang: Language | string, mbps: number): string {
  const [mega, giga] = lang === 'de' ? ['Mbit/s', 'Gbit/s'] : ['Mbps', 'Gbps'];
  if (mbps >= 1000 && mbps % 100 === 0) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(mbps / 1000)} ${giga}`;
  return `${new Intl.NumberFormat(lang).format(mbps)} ${mega}`;
}
