// Message catalogues shared by the portal and the server's e-mails: keep this file free of
// browser and React code.
import en from './en.json' with { type: 'json' };
import de from './de.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };

import { fill, isLanguage, type Catalogue, type Language } from './messages.ts';

export { fill, isLanguage, languages, type Catalogue, type Language } from './messages.ts';
export type MessageKey = keyof typeof en;

export const catalogues: Record<Language, Catalogue> = { en, de, it };

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
  return fill(catalogue[key] ?? catalogues.en[key] ?? key, vars);
}

/** A rate as people read it, in the portal and in e-mails: 500 Mbps, 1 Gbps, 2.5 Gbps (in German Mbit/s, Gbit/s). */
export function formatSpeed(lang: Language | string, mbps: number): string {
  const [mega, giga] = lang === 'de' ? ['Mbit/s', 'Gbit/s'] : ['Mbps', 'Gbps'];
  if (mbps >= 1000 && mbps % 100 === 0) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(mbps / 1000)} ${giga}`;
  return `${new Intl.NumberFormat(lang).format(mbps)} ${mega}`;
}

/** An amount in a currency's minor units as people read it: 1.234,50 € (de), €1,234.50 (en), ¥1,500 (minor units are the currency's). */
export function formatMoney(lang: Language | string, amountMinor: number, currency: string): string {
  const format = new Intl.NumberFormat(lang, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}
