// Shared pieces of the wholesale pages: status badges, provisioning notes, the catalogue hook, addresses.
import { useQuery } from '@tanstack/react-query';
import { TextField } from '../../components/Fields';
import { useT } from '../../i18n';
import { getCatalogue, type CustomerStatus, type Note, type WholesaleAddress } from './wholesale.api';
import { wholesaleKeys } from './queryKeys';

/** The catalogue changes rarely: loaded once per session. */
export function useCatalogue(enabled = true) {
  return useQuery({ queryKey: wholesaleKeys.catalogue, queryFn: getCatalogue, staleTime: 10 * 60_000, enabled });
}

const customerTone: Record<CustomerStatus, string> = {
  provisioning: 'badge-muted', provisioned: 'badge-ok', provisioned_with_errors: 'badge-warn', error: 'badge-danger',
  pending_rpl_review: 'badge-warn', deprovisioning: 'badge-muted', deprovisioned: 'badge-muted',
};

/** A customer's shown status (pending_rpl_review while a restricted-party review is open). */
export function CustomerStatusBadge({ status }: { status: CustomerStatus }) {
  const t = useT();
  return <span className={`badge ${customerTone[status]}`}>{t(`wholesale.status.${status}`)}</span>;
}

const packageTone: Record<string, string> = { pending: 'badge-muted', provisioning: 'badge-muted', provisioned: 'badge-ok', error: 'badge-danger' };

export function PackageStatusBadge({ status }: { status: string }) {
  const t = useT();
  return <span className={`badge ${packageTone[status] ?? 'badge-muted'}`}>{t(`wholesale.packageStatus.${status}`)}</span>;
}

/** A package's name as the catalogue spells it, translated where we have it. */
export function usePackageName() {
  const t = useT();
  return (name: string) => {
    const key = `wholesale.package.${name}`;
    const label = t(key);
    return label === key ? name : label;
  };
}

/** Problems, warnings or errors of a precheck or a provisioning: each with its code and field. */
export function NoteList({ notes, tone, label }: { notes: Note[]; tone: 'danger' | 'warn' | 'info'; label: string }) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <div className={`note-list note-list-${tone}`}>
      <p className="note-list-title">{label}</p>
      <ul>
        {notes.map((note, index) => (
          <li key={`${note.code}-${index}`}>
            {note.detail}
            {(note.field || note.package) && <span className="small muted"> ({t('wholesale.noteField', { field: note.field ?? note.package ?? '' })})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export const addressKeys = ['addressLine1', 'addressLine2', 'city', 'stateOrProvince', 'zipOrPostalCode', 'country'] as const;
export type AddressValues = Record<(typeof addressKeys)[number], string>;
export const emptyAddress: AddressValues = { addressLine1: '', addressLine2: '', city: '', stateOrProvince: '', zipOrPostalCode: '', country: '' };

/** The API's address from the form's values: optional lines left out when empty. */
export function addressFrom(values: AddressValues): WholesaleAddress {
  const address: WholesaleAddress = { addressLine1: values.addressLine1.trim(), city: values.city.trim(), country: values.country.trim() };
  if (values.addressLine2.trim()) address.addressLine2 = values.addressLine2.trim();
  if (values.stateOrProvince.trim()) address.stateOrProvince = values.stateOrProvince.trim();
  if (values.zipOrPostalCode.trim()) address.zipOrPostalCode = values.zipOrPostalCode.trim();
  return address;
}

/** "1 Canada Square, E14 5AB London, GB". */
export function formatAddress(address: WholesaleAddress | undefined | null): string {
  if (!address) return '—';
  return [address.addressLine1, address.addressLine2, [address.zipOrPostalCode, address.city].filter(Boolean).join(' '), address.stateOrProvince, address.country]
    .filter(Boolean)
    .join(', ');
}

/** The six fields of an address, in a form grid; the country upper-cased as typed. */
export function AddressFields({ values, onChange, errors = {} }: { values: AddressValues; onChange: (values: AddressValues) => void; errors?: Record<string, string | undefined> }) {
  const t = useT();
  const set = (name: keyof AddressValues) => (value: string) => onChange({ ...values, [name]: name === 'country' ? value.toUpperCase() : value });
  return (
    <div className="form-grid">
      <TextField label={t('address.line1')} value={values.addressLine1} onChange={set('addressLine1')} error={errors.addressLine1} required autoComplete="address-line1" />
      <TextField label={t('address.line2')} value={values.addressLine2} onChange={set('addressLine2')} error={errors.addressLine2} autoComplete="address-line2" />
      <TextField label={t('address.zip')} value={values.zipOrPostalCode} onChange={set('zipOrPostalCode')} error={errors.zipOrPostalCode} autoComplete="postal-code" />
      <TextField label={t('address.city')} value={values.city} onChange={set('city')} error={errors.city} required autoComplete="address-level2" />
      <TextField label={t('address.state')} value={values.stateOrProvince} onChange={set('stateOrProvince')} error={errors.stateOrProvince} autoComplete="address-level1" />
      <TextField label={t('address.country')} value={values.country} onChange={set('country')} error={errors.country} hint={t('address.countryHint')} required autoComplete="country" />
    </div>
  );
}
