// The "create customer" wizard's draft: what each step fills in, its local checks, and the API body it makes.
import type { Language } from '../../i18n';
import type { CustomerInput } from './wholesale.api';
import { addressFrom, emptyAddress, type AddressValues } from './wholesale';

export const steps = ['info', 'location', 'packages', 'headquarters', 'review'] as const;
export type Step = (typeof steps)[number];

export interface Draft {
  name: string;
  primaryEmail: string;
  language: Language | '';
  externalId: string;
  provisioningId: string;
  address: AddressValues;
  dataRegion: string;
  supportedConfirmed: boolean;
  /** Quantity typed per package name ('' or 0: not included). */
  quantities: Record<string, string>;
  hqSame: boolean;
  hqName: string;
  hqAddress: AddressValues;
  hqTimeZone: string;
}

export const emptyDraft: Draft = {
  name: '', primaryEmail: '', language: '', externalId: '', provisioningId: '', address: emptyAddress, dataRegion: '',
  supportedConfirmed: false, quantities: {}, hqSame: true, hqName: '', hqAddress: emptyAddress, hqTimeZone: '',
};

/** Fields left empty or malformed, by field name, for one step (the precheck does the rest). */
export function checkStep(step: Step, draft: Draft): Record<string, 'required' | 'quantity' | 'noPackage' | 'confirm'> {
  const problems: Record<string, 'required' | 'quantity' | 'noPackage' | 'confirm'> = {};
  const need = (name: string, value: string) => {
    if (!value.trim()) problems[name] = 'required';
  };
  if (step === 'info') {
    need('name', draft.name);
    need('primaryEmail', draft.primaryEmail);
    need('externalId', draft.externalId);
    need('provisioningId', draft.provisioningId);
    need('addressLine1', draft.address.addressLine1);
    need('city', draft.address.city);
    need('country', draft.address.country);
  }
  if (step === 'location' && !draft.supportedConfirmed) problems.supportedConfirmed = 'confirm';
  if (step === 'packages') {
    for (const [name, value] of Object.entries(draft.quantities)) {
      if (value.trim() && !/^\d+$/.test(value.trim())) problems[name] = 'quantity';
    }
    if (packageLines(draft).length === 0) problems.packages = 'noPackage';
  }
  if (step === 'headquarters' && !draft.hqSame) {
    need('addressLine1', draft.hqAddress.addressLine1);
    need('city', draft.hqAddress.city);
    need('country', draft.hqAddress.country);
  }
  return problems;
}

export function packageLines(draft: Draft): CustomerInput['packages'] {
  return Object.entries(draft.quantities)
    .filter(([, value]) => /^\d+$/.test(value.trim()) && Number(value) > 0)
    .map(([name, value]) => ({ name, quantity: Number(value) }));
}

/** The body of the precheck and of the create: the same, so the precheck answers for this create. */
export function bodyOf(draft: Draft): CustomerInput {
  const headquarters = draft.hqSame
    ? { ...(draft.hqName.trim() ? { name: draft.hqName.trim() } : {}), ...(draft.hqTimeZone.trim() ? { timeZone: draft.hqTimeZone.trim() } : {}) }
    : { ...(draft.hqName.trim() ? { name: draft.hqName.trim() } : {}), address: addressFrom(draft.hqAddress), ...(draft.hqTimeZone.trim() ? { timeZone: draft.hqTimeZone.trim() } : {}) };
  return {
    provisioningId: draft.provisioningId.trim(),
    externalId: draft.externalId.trim(),
    customerInfo: { name: draft.name.trim(), primaryEmail: draft.primaryEmail.trim(), ...(draft.language ? { language: draft.language } : {}) },
    address: addressFrom(draft.address),
    packages: packageLines(draft),
    ...(Object.keys(headquarters).length > 0 ? { headquarters } : {}),
    ...(draft.dataRegion ? { dataRegion: draft.dataRegion } : {}),
  };
}

/** The step where a precheck problem's field is entered (`packages[1].quantity` → packages). */
export function stepOfField(field: string | undefined): Step | null {
  if (!field) return null;
  if (field.startsWith('packages')) return 'packages';
  if (field.startsWith('headquarters')) return 'headquarters';
  if (/^(customerInfo|externalId|provisioningId|address|dataRegion)/.test(field)) return 'info';
  return null;
}
