import { useId } from 'react';
import type { Port, Provider, ServiceKeyPreview } from '../../api/models';
import { SelectField, TextField } from '../../components/Fields';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';
import { distanceKm, formatDistance, formatSpeed, formatVlan, portAndPlace, useLocations } from '../network/network';
import { Link } from '../../router';
import { Detail } from '../../components/Detail';

export type DestinationMode = 'port' | 'key';

/** The B-end of an order: one of the provider's public ports (closest first), or a service key. */
export function OrderDestination({
  mode,
  onMode,
  provider,
  providerPending,
  bEnd,
  onBEnd,
  aEnd,
  keyText,
  onKeyText,
  keyPreview,
  keyChecking,
  errors,
}: {
  mode: DestinationMode;
  onMode: (mode: DestinationMode) => void;
  provider: Provider | null | undefined;
  providerPending: boolean;
  bEnd: string;
  onBEnd: (portId: string) => void;
  aEnd: Port | undefined;
  keyText: string;
  onKeyText: (key: string) => void;
  keyPreview: ServiceKeyPreview | undefined;
  keyChecking: boolean;
  errors: Record<string, string | undefined>;
}) {
  const { t, lang } = useI18n();
  const locations = useLocations();
  const legend = useId();
  const aLocation = aEnd ? locations.byId.get(aEnd.locationId) : undefined;
  const distanceTo = (locationId: string, known?: number) => {
    if (known !== undefined) return known;
    const b = locations.byId.get(locationId);
    return aLocation && b ? distanceKm(aLocation, b) : undefined;
  };
  const keyLocation = keyPreview ? locations.byId.get(keyPreview.locationId) : undefined;
  const keyDistance = keyPreview ? distanceTo(keyPreview.locationId) : undefined;

  return (
    <fieldset className="order-section">
      <legend id={legend}>{t('order.destination')}</legend>
      <div className="segmented" role="group" aria-labelledby={legend}>
        <button type="button" aria-pressed={mode === 'port'} onClick={() => onMode('port')}>
          {t('order.toPort')}
        </button>
        <button type="button" aria-pressed={mode === 'key'} onClick={() => onMode('key')}>
          {t('order.toKey')}
        </button>
      </div>
      {mode === 'port' ? (
        providerPending ? (
          <Spinner />
        ) : !provider ? (
          <p className="muted">
            {t('order.pickProvider')} <Link to="/marketplace">{t('market.title')}</Link>
          </p>
        ) : (
          <>
            <p className="order-provider">
              {t('order.provider')}: <strong>{provider.title}</strong>
            </p>
            <SelectField
              label={t('order.bEnd')}
              value={bEnd}
              onChange={onBEnd}
              required
              error={errors.bEnd}
              hint={aEnd ? t('order.bEndHint') : undefined}
              options={[
                { value: '', label: t('order.choosePort') },
                ...provider.ports.map((port) => {
                  const km = distanceTo(port.locationId, port.distanceKm);
                  return {
                    value: port.id,
                    label: [port.name, formatSpeed(lang, port.speedMbps), km === undefined ? '' : formatDistance(lang, km)].filter(Boolean).join(' · '),
                  };
                }),
              ]}
            />
          </>
        )
      ) : (
        <>
          <TextField
            label={t('order.serviceKey')}
            value={keyText}
            onChange={onKeyText}
            required
            autoComplete="off"
            error={errors.serviceKey}
            hint={t('order.serviceKeyHint')}
          />
          <div className="key-preview" aria-live="polite">
            {keyChecking ? (
              <p className="muted small">{t('order.keyChecking')}</p>
            ) : keyPreview ? (
              <dl className="details" aria-label={t('order.keyLeadsTo')}>
                <Detail label={t('order.provider')}>{keyPreview.providerName}</Detail>
                <Detail label={t('order.bEnd')}>{portAndPlace(keyPreview.portName, keyLocation?.name)}</Detail>
                {keyDistance !== undefined && (
                  <Detail label={t('port.distance')}>{formatDistance(lang, keyDistance)}</Detail>
                )}
                <Detail label={t('order.keyMax')}>{formatSpeed(lang, keyPreview.maxSpeedMbps)}</Detail>
                <Detail label={t('order.bEndVlan')}>{keyPreview.vlan === null ? t('order.keyVlanFree') : formatVlan(t, keyPreview.vlan)}</Detail>
                <Detail label={t('order.approval')}>
                  {keyPreview.preApproved ? (
                    <span className="badge badge-ok">{t('order.preApproved')}</span>
                  ) : (
                    <span className="badge badge-warn">{t('order.needsApproval')}</span>
                  )}
                </Detail>
              </dl>
            ) : null}
          </div>
        </>
      )}
    </fieldset>
  );
}
