import { isCountry } from '../../platform/countries.ts';
import { findPackage, type Catalogue } from './packages.catalogue.ts';
import { checkPackageList, type PackageLine } from './packages.policy.ts';
import { callingOffered } from './dialin.ts';
import type { ProvisioningNote, WholesaleAddress } from './wholesale.tables.ts';

/**
 * The rules of a customer organisation beyond its schema (PRODUCT.md §5), pure: the create, the
 * precheck and the partner hub's wizard all answer with these problems and warnings.
 */
export interface CustomerDraft {
  address: WholesaleAddress;
  packages: PackageLine[];
  headquarters?: { address?: WholesaleAddress; timeZone?: string };
  dataRegion?: string;
}

export interface CustomerCheck {
  problems: ProvisioningNote[];
  warnings: ProvisioningNote[];
  /** The data region it would get (the operator's first when the draft names none). */
  dataRegion: string;
}

export function checkCustomer(catalogue: Catalogue, draft: CustomerDraft, v: { dataRegions: string[]; pstnProvider: string | null; isTimeZone: (zone: string) => boolean }): CustomerCheck {
  const problems: ProvisioningNote[] = checkPackageList(catalogue, draft.packages).map((p) => ({ code: p.code, field: p.field, detail: p.detail }));
  const warnings: ProvisioningNote[] = [];
  if (!isCountry(draft.address.country)) {
    problems.push({ code: 'country_unknown', field: 'address.country', detail: `${draft.address.country} is not an ISO 3166-1 country code.` });
  }
  const hq = draft.headquarters?.address;
  if (hq && !isCountry(hq.country)) {
    problems.push({ code: 'country_unknown', field: 'headquarters.address.country', detail: `${hq.country} is not an ISO 3166-1 country code.` });
  }
  const zone = draft.headquarters?.timeZone;
  if (zone !== undefined && !v.isTimeZone(zone)) {
    problems.push({ code: 'unknown_time_zone', field: 'headquarters.timeZone', detail: `${zone} is not an IANA time zone (e.g. Europe/Berlin).` });
  }
  const dataRegion = draft.dataRegion ?? v.dataRegions[0]!;
  if (!v.dataRegions.includes(dataRegion)) {
    problems.push({ code: 'data_region_not_offered', field: 'dataRegion', detail: `Customers can be created in ${v.dataRegions.join(', ')}; not in "${dataRegion}".` });
  }
  if (v.pstnProvider !== null) {
    warnings.push({ code: 'pstn_not_recommended', detail: `The template connects calling through the cloud-connected PSTN provider "${v.pstnProvider}": allowed, not recommended.` });
  }
  // Where calling is not offered, calling packages end in error at provisioning (the others are provisioned).
  const calling = draft.packages.filter((line) => { const p = findPackage(catalogue, line.name); return p?.kind === 'base' && p.callingEnabled; });
  if (calling.length > 0 && isCountry(draft.address.country) && !callingOffered(draft.address.country)) {
    for (const line of calling) {
      warnings.push({ code: 'calling_not_offered', package: line.name, field: 'address.country', detail: `Calling is not offered in ${draft.address.country}: ${line.name} will not be provisioned.` });
    }
  }
  return { problems, warnings, dataRegion };
}

/** The state a package line reaches at provisioning: calling-enabled lines fail where calling is not offered. */
export function provisionLine(catalogue: Catalogue, name: string, country: string): ProvisioningNote | null {
  const p = findPackage(catalogue, name);
  if (p?.kind === 'base' && p.callingEnabled && !callingOffered(country)) {
    return { code: 'calling_not_offered', package: name, detail: `Calling is not offered in ${country}.` };
  }
  return null;
}

/** provisioned / provisioned_with_errors / error from the lines' outcomes. */
export function provisioningOutcome(lines: { status: string }[]): 'provisioned' | 'provisioned_with_errors' | 'error' {
  const failed = lines.filter((l) => l.status === 'error').length;
  if (failed === 0) return 'provisioned';
  return failed === lines.length ? 'error' : 'provisioned_with_errors';
}

/** The status the API shows: a provisioned customer with an open restricted-party review is pending_rpl_review. */
export function apiStatus(status: string, compliance: string | null): string {
  const live = status === 'provisioning' || status === 'provisioned' || status === 'provisioned_with_errors';
  return live && compliance === 'potential_match' ? 'pending_rpl_review' : status;
}
