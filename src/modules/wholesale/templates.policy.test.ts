import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { checkSamlMetadata, isTimeZone, newProvisioningId, placeOf, PROVISIONING_ID } from './templates.policy.ts';

const metadata = (root: string, inner = '<IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/>') =>
  `${root}${inner}</EntityDescriptor>`;
const NS = 'xmlns="urn:oasis:names:tc:SAML:2.0:metadata"';

describe('onboarding template rules', () => {
  it('provisioning ids: prv_ and 24 url-safe characters, never the same twice', () => {
    const ids = Array.from({ length: 1000 }, newProvisioningId);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(PROVISIONING_ID);
  });

  it('a country brings its region; a region stands alone; both, neither or an unknown country are problems', () => {
    expect(placeOf({ country: 'GB' })).toEqual({ country: 'GB', region: 'EMEA' });
    expect(placeOf({ country: 'US' })).toEqual({ country: 'US', region: 'AMER' });
    expect(placeOf({ region: 'ANZ' })).toEqual({ country: null, region: 'ANZ' });
    expect(placeOf({ country: 'DE', region: 'EURO' })).toMatchObject({ code: 'country_or_region', field: 'region' });
    expect(placeOf({})).toMatchObject({ code: 'required', field: 'country' });
    expect(placeOf({ country: 'UK' })).toMatchObject({ code: 'unknown_country', field: 'country' });
  });

  it('SAML metadata: an EntityDescriptor root in the metadata namespace, with or without a prefix, with an IdP', () => {
    expect(checkSamlMetadata(metadata(`<EntityDescriptor ${NS} entityID="urn:idp:one">`))).toEqual({ entityId: 'urn:idp:one' });
    expect(checkSamlMetadata(`\uFEFF<?xml version="1.0"?>\n<!-- a -->\n${metadata(`<EntityDescriptor entityID='urn:idp:two' ${NS}>`)}\n`)).toEqual({ entityId: 'urn:idp:two' });
    const refused = [
      metadata(`<EntitiesDescriptor ${NS} entityID="x">`),
      metadata(`<EntityDescriptor ${NS}>`),
      metadata(`<EntityDescriptor ${NS} entityID="x">`, '<SPSSODescriptor/>'),
      `<x/>${metadata(`<EntityDescriptor ${NS} entityID="x">`)}`,
      'not xml at all',
    ];
    for (const xml of refused) {
      const result = checkSamlMetadata(xml);
      expect(result, xml).toBeInstanceOf(AppError);
      expect(result).toMatchObject({ code: 'bad_saml_metadata', field: 'samlMetadata' });
    }
  });

  it('time zones are the IANA names the runtime knows', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
  });
});
