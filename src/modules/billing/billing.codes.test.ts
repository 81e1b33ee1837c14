import { describe, expect, it } from 'vitest';
import { COUNTRIES, CURRENCIES, formatMinor, isCountry, isCurrency, minorDigits } from './billing.codes.ts';

describe('billing code lists', () => {
  it('every listed currency is one the runtime knows, with the minor units it knows', () => {
    const known = new Set(Intl.supportedValuesOf('currency'));
    expect(CURRENCIES.size).toBeGreaterThan(150);
    for (const code of CURRENCIES) {
      expect(known.has(code), code).toBe(true);
    }
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('every listed country has a name, and the list is ISO 3166-1’s 249', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    expect(COUNTRIES.size).toBe(249);
    for (const code of COUNTRIES) expect(names.of(code), code).not.toBe(code);
  });

  it('refuses codes that are not on the lists', () => {
    expect(isCurrency('EUR')).toBe(true);
    for (const code of ['EUX', 'XXX', 'XAU', 'eur', 'EU']) expect(isCurrency(code), code).toBe(false);
    expect(isCountry('DE')).toBe(true);
    for (const code of ['EU', 'UK', 'XX', 'de', 'DEU']) expect(isCountry(code), code).toBe(false);
  });

  it('prints minor units in major units', () => {
    expect(formatMinor(123450, 'EUR')).toBe('1234.50');
    expect(formatMinor(5, 'EUR')).toBe('0.05');
    expect(formatMinor(1500, 'JPY')).toBe('1500');
    expect(formatMinor(1234, 'KWD')).toBe('1.234');
  });
});
