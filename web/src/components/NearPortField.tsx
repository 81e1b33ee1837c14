import type { Port } from '../api/models';
import { useI18n } from '../i18n';
import { formatSpeed, portAndPlace, useLocations } from '../features/network/network';
import { SelectField } from './Fields';

/** "Near my port": one of my LIVE ports or MCRs, to sort a provider's ports by distance from it. */
export function NearPortField({
  ports,
  value,
  onChange,
  label,
  emptyLabel,
  error,
}: {
  ports: Port[];
  value: string;
  onChange: (portId: string) => void;
  label?: string;
  emptyLabel?: string;
  error?: string;
}) {
  const { t, lang } = useI18n();
  const locations = useLocations();
  return (
    <SelectField
      label={label ?? t('market.near')}
      value={value}
      onChange={onChange}
      error={error}
      options={[
        { value: '', label: emptyLabel ?? t('market.nearNone') },
        ...ports.map((port) => ({
          value: port.id,
          label: portLabel(t, lang, port, locations.byId.get(port.locationId)?.name),
        })),
      ]}
    />
  );
}

/** "Acme EU edge · Frankfurt FRA1 · 10 Gbps" (MCRs say so; a name with the place in it is not repeated). */
export function portLabel(t: (key: string) => string, lang: string, port: Port, locationName?: string): string {
  const kind = port.kind === 'mcr' ? ` (${t('port.kind.mcr')})` : '';
  return `${portAndPlace(port.name, locationName)}${kind} · ${formatSpeed(lang, port.speedMbps)}`;
}
