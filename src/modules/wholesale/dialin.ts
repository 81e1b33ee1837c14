/**
 * A customer's default global dial-in number (PRODUCT.md §5): the first number the telephony domain
 * defines for its billing country; for a country without one, the default of the country's region.
 * Both tables are data. The numbers are in ranges set aside for fiction and examples (Ofcom's
 * 020 7946 0xxx, the North American 555-01xx, …): an operator puts its own telephony domain here.
 */

export type Region = 'AMER' | 'APAC' | 'ANZ' | 'EMEA' | 'EURO';

export interface DialIn {
  /** ISO 3166-1 alpha-2 of the number's country. */
  country: string;
  countryCode: string;
  number: string;
}

/** The region defaults of the spec: AMER +1 US, APAC +65 SG, ANZ +61 AU, EMEA +44 GB, EURO +49 DE. */
export const REGION_DEFAULTS: Record<Region, DialIn> = {
  AMER: { country: 'US', countryCode: '+1', number: '+1 408 555 0100' },
  APAC: { country: 'SG', countryCode: '+65', number: '+65 6555 0100' },
  ANZ: { country: 'AU', countryCode: '+61', number: '+61 2 5550 0100' },
  EMEA: { country: 'GB', countryCode: '+44', number: '+44 20 7946 0100' },
  EURO: { country: 'DE', countryCode: '+49', number: '+49 30 5550 0100' },
};

/** Countries of the telephony domain with dial-in numbers of their own (the first is the default). */
export const TELEPHONY_DOMAIN: Record<string, DialIn[]> = {
  US: [REGION_DEFAULTS.AMER],
  CA: [{ country: 'CA', countryCode: '+1', number: '+1 416 555 0100' }],
  BR: [{ country: 'BR', countryCode: '+55', number: '+55 11 5555 0100' }],
  MX: [{ country: 'MX', countryCode: '+52', number: '+52 55 5555 0100' }],
  SG: [REGION_DEFAULTS.APAC],
  JP: [{ country: 'JP', countryCode: '+81', number: '+81 3 5555 0100' }],
  IN: [{ country: 'IN', countryCode: '+91', number: '+91 22 5555 0100' }],
  HK: [{ country: 'HK', countryCode: '+852', number: '+852 5555 0100' }],
  AU: [REGION_DEFAULTS.ANZ],
  NZ: [{ country: 'NZ', countryCode: '+64', number: '+64 9 555 0100' }],
  GB: [REGION_DEFAULTS.EMEA],
  ZA: [{ country: 'ZA', countryCode: '+27', number: '+27 11 555 0100' }],
  AE: [{ country: 'AE', countryCode: '+971', number: '+971 4 555 0100' }],
  DE: [REGION_DEFAULTS.EURO],
  FR: [{ country: 'FR', countryCode: '+33', number: '+33 1 55 55 01 00' }],
  IT: [{ country: 'IT', countryCode: '+39', number: '+39 02 5555 0100' }],
  NL: [{ country: 'NL', countryCode: '+31', number: '+31 20 555 0100' }],
  ES: [{ country: 'ES', countryCode: '+34', number: '+34 91 555 0100' }],
  CH: [{ country: 'CH', countryCode: '+41', number: '+41 44 555 01 00' }],
};

/**
 * Which region each country belongs to. AMER: the Americas and the Caribbean. ANZ: Australia, New
 * Zealand and their territories. APAC: the rest of Asia and the Pacific. EURO: the EU, the EEA,
 * Switzerland, the European microstates and the Nordic territories. EMEA: the United Kingdom and
 * the Crown dependencies, the rest of Europe, the Middle East, Africa, and the far-flung territories
 * of European states.
 */
export const REGION_COUNTRIES: Record<Region, string> = {
  AMER: `AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY HN HT JM KN KY LC
    MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI`,
  ANZ: 'AU NZ NF CX CC HM CK NU TK',
  APAC: `AF AS BD BN BT CN FJ FM GU ID IN IO JP KG KH KI KP KR KZ LA LK MH MM MN MO MP MV MY NC NP NR PF PG PH
    PK PN PW SB SG TH TJ TL TM TO TV TW UM UZ VN VU WF WS HK`,
  EURO: 'AD AT AX BE BG CH CY CZ DE DK EE ES FI FO FR GR HR HU IE IS IT LI LT LU LV MC MT NL NO PL PT RO SE SI SJ SK SM VA',
  EMEA: `AE AL AM AO AQ AZ BA BF BH BI BJ BV BW BY CD CF CG CI CM CV DJ DZ EG EH ER ET GA GB GE GG GH GI GM GN GQ
    GS GW IL IM IQ IR JE JO KE KM KW LB LR LS LY MA MD ME MG MK ML MR MU MW MZ NA NE NG OM PS QA RE RS RU RW
    SA SC SD SH SL SN SO SS ST SY SZ TD TF TG TN TR TZ UA UG YE YT ZA ZM ZW`,
};

const regionOf = new Map<string, Region>();
for (const [region, list] of Object.entries(REGION_COUNTRIES) as [Region, string][]) {
  for (const country of list.split(/\s+/).filter(Boolean)) regionOf.set(country, region);
}

/** The region of a country (ISO alpha-2), or undefined for a code that is not a country. */
export function countryRegion(country: string): Region | undefined {
  return regionOf.get(country);
}

/** The default global dial-in of a customer billed in `country`, and whether it is the country's own. */
export function defaultDialIn(country: string): (DialIn & { source: 'country' | 'region'; region: Region }) | undefined {
  const region = countryRegion(country);
  if (!region) return undefined;
  const own = TELEPHONY_DOMAIN[country]?.[0];
  return own ? { ...own, source: 'country', region } : { ...REGION_DEFAULTS[region], source: 'region', region };
}

/**
 * Whether the operator offers calling (PSTN) in a country: where its telephony domain has numbers
 * (the table above and the region defaults' countries). Elsewhere calling packages are accepted
 * with a warning and end in status error at provisioning (docs/wholesale.md).
 */
export function callingOffered(country: string): boolean {
  return TELEPHONY_DOMAIN[country] !== undefined || Object.values(REGION_DEFAULTS).some((d) => d.country === country);
}
