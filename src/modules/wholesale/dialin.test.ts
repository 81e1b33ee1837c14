import { describe, expect, it } from 'vitest';
import { ISO_COUNTRIES } from '../../platform/countries.ts';
import { countryRegion, defaultDialIn, REGION_COUNTRIES, REGION_DEFAULTS, TELEPHONY_DOMAIN, type Region } from './dialin.ts';

const listed = Object.entries(REGION_COUNTRIES).flatMap(([region, list]) => list.split(/\s+/).filter(Boolean).map((c) => [c, region] as const));

describe('regions', () => {
  it('every ISO country is in exactly one region, and nothing else is', () => {
    const counts = new Map<string, number>();
    for (const [country] of listed) counts.set(country, (counts.get(country) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    expect([...ISO_COUNTRIES].filter((c) => !counts.has(c))).toEqual([]);
    expect([...counts.keys()].filter((c) => !ISO_COUNTRIES.has(c))).toEqual([]);
    expect(counts.size).toBe(ISO_COUNTRIES.size);
  });

  it.each([
    ['US', 'AMER'], ['BR', 'AMER'], ['GL', 'AMER'], ['SG', 'APAC'], ['JP', 'APAC'], ['HK', 'APAC'], ['AU', 'ANZ'], ['NZ', 'ANZ'],
    ['GB', 'EMEA'], ['ZA', 'EMEA'], ['AE', 'EMEA'], ['TR', 'EMEA'], ['DE', 'EURO'], ['IE', 'EURO'], ['CH', 'EURO'], ['NO', 'EURO'],
  ] as [string, Region][])('%s is in %s', (country, region) => {
    expect(countryRegion(country)).toBe(region);
  });

  it('knows no region of a code that is not a country', () => {
    expect(countryRegion('XX')).toBeUndefined();
    expect(countryRegion('us')).toBeUndefined();
    expect(countryRegion('')).toBeUndefined();
    expect(defaultDialIn('XX')).toBeUndefined();
  });
});

describe('the default dial-in', () => {
  it('of each country of the telephony domain is its own first number', () => {
    expect(Object.keys(TELEPHONY_DOMAIN).sort()).toEqual(['AE', 'AU', 'BR', 'CA', 'CH', 'DE', 'ES', 'FR', 'GB', 'HK', 'IN', 'IT', 'JP', 'MX', 'NL', 'NZ', 'SG', 'US', 'ZA']);
    expect(defaultDialIn('FR')).toEqual({ country: 'FR', countryCode: '+33', number: '+33 1 55 55 01 00', source: 'country', region: 'EURO' });
    for (const [country, numbers] of Object.entries(TELEPHONY_DOMAIN)) {
      expect(numbers[0]!.country).toBe(country);
      for (const n of numbers) expect(n.number, country).toMatch(new RegExp(`^\\${n.countryCode} \\d[\\d ]{6,}$`));
      expect(defaultDialIn(country)).toEqual({ ...numbers[0], source: 'country', region: countryRegion(country) });
    }
  });

  it('of every other country is its region’s default', () => {
    let checked = 0;
    for (const [country, region] of listed) {
      if (TELEPHONY_DOMAIN[country]) continue;
      expect(defaultDialIn(country), country).toEqual({ ...REGION_DEFAULTS[region as Region], source: 'region', region });
      checked++;
    }
    expect(checked).toBe(ISO_COUNTRIES.size - Object.keys(TELEPHONY_DOMAIN).length);
  });

  it('the region defaults are the spec’s: +1 US, +65 SG, +61 AU, +44 GB, +49 DE', () => {
    expect(Object.fromEntries(Object.entries(REGION_DEFAULTS).map(([r, d]) => [r, `${d.countryCode} ${d.country}`]))).toEqual({
      AMER: '+1 US', APAC: '+65 SG', ANZ: '+61 AU', EMEA: '+44 GB', EURO: '+49 DE',
    });
    expect(Object.values(REGION_DEFAULTS).map((d) => d.number)).toEqual(['+1 408 555 0100', '+65 6555 0100', '+61 2 5550 0100', '+44 20 7946 0100', '+49 30 5550 0100']);
    expect(defaultDialIn('FJ')).toMatchObject({ countryCode: '+65', source: 'region' });
    expect(defaultDialIn('KE')).toMatchObject({ countryCode: '+44', source: 'region' });
    expect(defaultDialIn('AT')).toMatchObject({ countryCode: '+49', source: 'region' });
  });
});
