import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { orderPort } from './network.api';
import type { Port } from '../../api/models';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { useI18n } from '../../i18n';
import { useMonthlyPrice } from '../billing/price';
import { formatSpeed, useLocations } from './network';
import { networkKeys } from './queryKeys';

type Kind = Port['kind'];
const SPEEDS: Record<Kind, number[]> = { port: [1000, 10000, 100000], mcr: [1000, 2500, 5000, 10000] };
const fields = ['name', 'locationId', 'speedMbps', 'kind', 'marketplaceVisibility'] as const;

/** Orders a port or a cloud router (MCR), showing its monthly price to those who see prices. */
export function OrderPortDialog({ open, onClose, onOrdered }: { open: boolean; onClose: () => void; onOrdered: (port: Port) => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={t('portOrder.title')} onClose={onClose}>
      <OrderPortForm onCancel={onClose} onOrdered={onOrdered} />
    </Dialog>
  );
}

function OrderPortForm({ onCancel, onOrdered }: { onCancel: () => void; onOrdered: (port: Port) => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const locations = useLocations();
  const [kind, setKind] = useState<Kind>('port');
  const [name, setName] = useState('');
  const [locationId, setLocationId] = useState('');
  const [speed, setSpeed] = useState(1000);
  const [visibility, setVisibility] = useState<'private' | 'public'>('private');
  const price = useMonthlyPrice(kind, speed, locationId || undefined);

  const form = useFormMutation({
    fields,
    mutationFn: () => orderPort({ kind, name: name.trim(), locationId, speedMbps: speed, ...(kind === 'port' ? { marketplaceVisibility: visibility } : {}) }),
    onSuccess: (port) => {
      void queryClient.invalidateQueries({ queryKey: networkKeys.ports });
      onOrdered(port);
    },
  });
  const { fieldErrors } = form;
  const sorted = [...(locations.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Form form={form} submitLabel={t('portOrder.submit')} onCancel={onCancel}>
      <SelectField
        label={t('port.kind')}
        value={kind}
        onChange={(value) => {
          const next = value === 'mcr' ? 'mcr' : 'port';
          setKind(next);
          if (!SPEEDS[next].includes(speed)) setSpeed(SPEEDS[next][0]);
        }}
        error={fieldErrors.kind}
        options={(['port', 'mcr'] as const).map((value) => ({ value, label: t(`port.kind.${value}`) }))}
      />
      <TextField label={t('port.name')} value={name} onChange={setName} error={fieldErrors.name} required autoComplete="off" />
      <SelectField
        label={t('port.location')}
        value={locationId}
        onChange={setLocationId}
        error={fieldErrors.locationId}
        required
        options={[{ value: '', label: t('portOrder.chooseLocation') }, ...sorted.map((location) => ({ value: location.id, label: location.name }))]}
      />
      <SelectField
        label={t('port.speed')}
        value={String(speed)}
        onChange={(value) => setSpeed(Number(value))}
        error={fieldErrors.speedMbps}
        options={SPEEDS[kind].map((value) => ({ value: String(value), label: formatSpeed(lang, value) }))}
      />
      {kind === 'port' && (
        <SelectField
          label={t('port.visibility')}
          value={visibility}
          onChange={(value) => setVisibility(value === 'public' ? 'public' : 'private')}
          error={fieldErrors.marketplaceVisibility}
          options={(['private', 'public'] as const).map((value) => ({ value, label: t(`port.visibility.${value}`) }))}
        />
      )}
      {price !== null && (
        <p className="order-price">
          <strong>{t('price.monthly')}:</strong> <span data-testid="monthly-price">{price}</span>
        </p>
      )}
    </Form>
  );
}
