import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { findProvider, getProviderProfile } from './marketplace.api';
import type { Provider, ProviderProfile } from '../../api/models';
import type { Address } from '../../api/models';
import { ErrorPanel } from '../../components/ErrorPanel';
import { actionsColumn, DataTable } from '../../components/DataTable';
import { Icon } from '../../components/Icon';
import { NearPortField } from '../../components/NearPortField';
import { Breadcrumb, PageHeader } from '../../components/PageHeader';
import { ProviderLogo } from '../../components/ProviderLogo';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';
import { formatDistance, formatSpeed, livePorts, useLocations, useMyPorts } from '../network/network';
import { Link, useRouter } from '../../router';
import { useSession } from '../../session';
import { canOrderConnections } from '../../access';
import { marketplaceKeys } from './queryKeys';
import { Detail } from '../../components/Detail';

export function orderPath(providerId: string, portId: string, aEnd: string): string {
  const params = new URLSearchParams({ provider: providerId, port: portId });
  if (aEnd) params.set('aEnd', aEnd);
  return `/marketplace/order?${params.toString()}`;
}

export function ProviderPage({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const { search } = useRouter();
  const [near, setNear] = useState(() => new URLSearchParams(search).get('near') ?? '');
  const profile = useQuery({ queryKey: marketplaceKeys.profile(companyId), queryFn: () => getProviderProfile(companyId) });

  if (profile.isPending) return <Spinner />;
  if (profile.isError) {
    return (
      <>
        <Breadcrumb to="/marketplace" label={t('market.title')} />
        <ErrorPanel error={profile.error} onRetry={() => void profile.refetch()} />
      </>
    );
  }
  return (
    <>
      <Breadcrumb to="/marketplace" label={t('market.title')} />
      <ProviderHeader profile={profile.data} />
      <ProviderContact profile={profile.data} />
      <ProviderPorts profile={profile.data} near={near} onNear={setNear} />
    </>
  );
}

/** The services a provider offers, as chips. */
export function ServiceChips({ services }: { services: Provider['services'] }) {
  const { t } = useI18n();
  return (
    <ul className="chips" aria-label={t('market.services')}>
      {services.map((service) => (
        <li key={service} className="chip">
          {t(`service.${service}`)}
        </li>
      ))}
    </ul>
  );
}

function ProviderHeader({ profile }: { profile: ProviderProfile }) {
  return (
    <div className="provider-hero">
      <ProviderLogo title={profile.title} logoUrl={profile.logoUrl} size={64} />
      <div>
        <PageHeader title={profile.title} />
        <ServiceChips services={profile.services} />
      </div>
    </div>
  );
}

function ProviderContact({ profile }: { profile: ProviderProfile }) {
  const { t } = useI18n();
  const address = isAddress(profile.hqAddress) ? profile.hqAddress : null;
  return (
    <section className="panel provider-about" aria-labelledby="provider-about-title">
      <h2 id="provider-about-title">{t('provider.about')}</h2>
      <p className="provider-description">{profile.description}</p>
      <dl className="details">
        <Detail label={t('provider.contact')}>
          <a href={`mailto:${profile.contactEmail}`}>{profile.contactEmail}</a>
        </Detail>
        {profile.website && (
          <Detail label={t('provider.website')}>
            <a href={profile.website} target="_blank" rel="noopener noreferrer">
              {profile.website.replace(/^https?:\/\//, '')}
              <span className="visually-hidden"> {t('common.newTab')}</span>
            </a>
          </Detail>
        )}
        {profile.phone && (
          <Detail label={t('provider.phone')}>
            <a href={`tel:${profile.phone.replace(/[^+\d]/g, '')}`}>{profile.phone}</a>
          </Detail>
        )}
        {address && (
          <Detail label={t('provider.hq')}>
            <address>
              {[address.addressLine1, address.addressLine2, [address.zipOrPostalCode, address.city].filter(Boolean).join(' '), address.country]
                .filter(Boolean)
                .map((line) => (
                  <span key={line} className="address-line">
                    {line}
                  </span>
                ))}
            </address>
          </Detail>
        )}
      </dl>
    </section>
  );
}

function isAddress(value: unknown): value is Address {
  return typeof value === 'object' && value !== null && 'addressLine1' in value && 'city' in value;
}

function ProviderPorts({ profile, near, onNear }: { profile: ProviderProfile; near: string; onNear: (portId: string) => void }) {
  const { t, lang } = useI18n();
  const { can, me } = useSession();
  const ports = useMyPorts();
  const myLive = livePorts(ports.data);
  const locations = useLocations();
  const provider = useQuery({
    queryKey: marketplaceKeys.provider(profile.companyId, near),
    queryFn: () => findProvider(profile.companyId, near || undefined),
    placeholderData: keepPreviousData,
  });
  const own = profile.companyId === me.company.id;
  const canOrder = canOrderConnections(me) && !own;

  const setNear = (portId: string) => {
    onNear(portId);
    const path = `/marketplace/providers/${encodeURIComponent(profile.companyId)}${portId ? `?near=${encodeURIComponent(portId)}` : ''}`;
    window.history.replaceState(window.history.state, '', path);
  };

  return (
    <section className="panel provider-ports" aria-labelledby="provider-ports-title">
      <div className="panel-header">
        <h2 id="provider-ports-title">{t('provider.ports')}</h2>
      </div>
      {myLive.length > 0 && (
        <div className="near-bar">
          <NearPortField ports={myLive} value={near} onChange={setNear} />
        </div>
      )}
      <DataTable
        query={{ ...provider, items: provider.data?.ports ?? [] }}
        label={t('provider.portsOf', { name: profile.title })}
        caption={near ? t('provider.portsByDistance', { name: profile.title }) : t('provider.portsOf', { name: profile.title })}
        empty={t('provider.noPorts')}
        rowKey={(port) => port.id}
        columns={[
          { header: t('port.name'), cell: (port) => port.name },
          {
            header: t('port.location'),
            cell: (port) => {
              const location = locations.byId.get(port.locationId);
              return (
                <>
                  {port.locationName}
                  {location && (
                    <span className="small muted cell-sub">
                      {location.market}, {location.country}
                    </span>
                  )}
                </>
              );
            },
          },
          { header: t('port.speed'), cell: (port) => formatSpeed(lang, port.speedMbps), className: 'nowrap' },
          !!near && { header: t('port.distance'), cell: (port) => (port.distanceKm === undefined ? '—' : formatDistance(lang, port.distanceKm)), className: 'nowrap' },
          canOrder &&
            actionsColumn<Provider['ports'][number]>(t('common.actions'), (port) => (
              <Link to={orderPath(profile.companyId, port.id, near)} className="button button-small button-primary" aria-label={t('provider.orderAt', { port: port.name })}>
                <Icon name="plus" /> {t('provider.order')}
              </Link>
            )),
        ]}
      />
      {!can('services.order') && <p className="small muted">{t('provider.cannotOrder')}</p>}
    </section>
  );
}
