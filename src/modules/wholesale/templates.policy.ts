import { randomBytes } from 'node:crypto';
import { invalid, type AppError } from '../../platform/errors.ts';
import { isCountry } from '../../platform/countries.ts';
import { countryRegion, type Region } from './dialin.ts';

/**
 * Onboarding templates' rules that the schema cannot say (pure; the service applies them):
 * the provisioning id, country or region, the IdP's SAML metadata, the calling time zone.
 */

/** `prv_` + 24 url-safe characters: 18 random bytes (144 bits), never guessed, never derived from the template. */
export const PROVISIONING_ID = /^prv_[A-Za-z0-9_-]{24}$/;
export const newProvisioningId = (): string => `prv_${randomBytes(18).toString('base64url')}`;

/** Where a template's customers are: a country (its region follows), or a region alone. Exactly one is given. */
export function placeOf(input: { country?: string | null; region?: Region | null }): { country: string | null; region: Region } | AppError {
  if (input.country && input.region) {
    return invalid('country_or_region', 'Give a country or a region, not both: a country sets its own region.', 'region');
  }
  if (input.country) {
    const region = isCountry(input.country) ? countryRegion(input.country) : undefined;
    if (!region) return invalid('unknown_country', `${input.country} is not an ISO 3166-1 alpha-2 country code.`, 'country');
    return { country: input.country, region };
  }
  if (input.region) return { country: null, region: input.region };
  return invalid('required', 'The field country (or region) is required.', 'country');
}

/** SAML metadata larger than this is refused (IdP metadata with several certificates stays far below). */
export const SAML_METADATA_MAX = 262_144;
const SAML_METADATA_NS = 'urn:oasis:names:tc:SAML:2.0:metadata';

/** What leads up to the root element: a BOM, the XML declaration, comments and white space. */
const PROLOGUE = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/;
const ROOT = /^<((?:[A-Za-z_][\w.-]*:)?)EntityDescriptor(\s[^>]*)?>/;

/**
 * The IdP's metadata, checked for its shape (not parsed, never fetched): a SAML 2.0 metadata
 * `EntityDescriptor` root with an entityID, its closing tag last, an `IDPSSODescriptor` inside, no
 * DOCTYPE (no entities to expand). Returns the entityID, or the problem naming `samlMetadata`.
 */
export function checkSamlMetadata(xml: string): { entityId: string } | AppError {
  const bad = (detail: string) => invalid('bad_saml_metadata', detail, 'samlMetadata');
  if (/<!DOCTYPE/i.test(xml)) return bad('SAML metadata may not hold a DOCTYPE.');
  const body = xml.replace(PROLOGUE, '');
  const root = ROOT.exec(body);
  if (!root) return bad("SAML metadata must be an XML document whose root element is the IdP's EntityDescriptor.");
  const [, prefix, attributes = ''] = root;
  const entityId = /\sentityID\s*=\s*(?:"([^"]+)"|'([^']+)')/.exec(attributes);
  if (!entityId) return bad('The EntityDescriptor has no entityID.');
  if (!attributes.includes(SAML_METADATA_NS)) return bad(`The EntityDescriptor is not in the SAML 2.0 metadata namespace (${SAML_METADATA_NS}).`);
  if (!new RegExp(`</${prefix}EntityDescriptor\\s*>\\s*$`).test(body)) return bad('The EntityDescriptor is not closed at the end of the document.');
  if (!new RegExp(`<${prefix}IDPSSODescriptor[\\s>]`).test(body)) return bad('The metadata describes no identity provider (no IDPSSODescriptor).');
  return { entityId: (entityId[1] ?? entityId[2])! };
}

/** An IANA time zone name the runtime knows (Europe/Berlin, America/New_York, UTC). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
