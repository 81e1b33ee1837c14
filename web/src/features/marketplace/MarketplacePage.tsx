import { useEffect, useId, useMemo, useState } from 'react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { searchProviders, type ProviderSearch } from './marketplace.api';
import { serviceCategories, type Provider } from '../../api/models';
import { ErrorPanel } from '../../components/ErrorPanel';
import { SelectField, TextField, type Option } from '../../components/Fields';
import { Icon } from '../../components/Icon';
import { NearPortField } from '../../components/NearPortField';
import { PageHeader } from '../../components/PageHeader';
import { ProviderLogo } from '../../components/ProviderLogo';
import { Spinner } from '../../components/Spinner';
import { useDebounced } from '../../hooks';
import { useI18n } from '../../i18n';
import { formatDistance, livePorts, useLocations, useMyPorts } from '../network/network';
import { Link, useRouter } from '../../router';
import { useSession } from '../../session';
import { canOrderConnections } from '../../access';
import { ServiceChips } from './ProviderPage';
import { marketplaceKeys } from './queryKeys';

const filterNames = ['q', 'service', 'location', 'near'] as const;
type Filters = Record<(typeof filterNames)[number], string>;

function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  return { q: params.get('q') ?? '', service: params.get('service') ?? '', location: params.get('location') ?? '', near: params.get('near') ?? '' };
}

/** Keeps the filters in the address (shareable, survives reload) without a navigation, which would move focus. */
function writeFilters(filters: Filters): void {
  const params = new URLSearchParams();
  for (const name of filterNames) if (filters[name]) params.set(name, filters[name]);
  const text = params.toString();
  window.history.replaceState(window.history.state, '', text ? `/marketplace?${text}` : '/marketplace');
}

/** Where a link to a provider goes, keeping "near my port". */
export function providerPath(companyId: string, near: string): string {
  return `/marketplace/providers/${encodeURIComponent(companyId)}${near ? `?near=${encodeURIComponent(near)}` : ''}`;
}

export function MarketplacePage() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const { search } = useRouter();
  const [filters, setFilters] = useState<Filters>(() => readFilters(search));
  const set = (name: keyof Filters) => (value: string) => setFilters((old) => ({ ...old, [name]: value }));
  const q = useDebounced(filters.q.trim(), 250);
  const locations = useLocations();
  const ports = useMyPorts();
  const myLive = livePorts(ports.data);
  const resultsId = useId();

  useEffect(() => writeFilters({ ...filters, q }), [filters, q]);

  const query: ProviderSearch = { q: q || undefined, service: filters.service || undefined, locationId: filters.location || undefined, nearPortId: filters.near || undefined };
  const providers = useInfiniteQuery({
    queryKey: marketplaceKeys.providers(query),
    queryFn: ({ pageParam }) => searchProviders(query, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const items = providers.data?.pages.flatMap((page) => page.items) ?? [];
  const more = providers.hasNextPage;

  const locationOptions = useMemo<Option[]>(
    () => [
      { value: '', label: t('market.anyLocation') },
      ...[...(locations.data ?? [])]
        .sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name))
        .map((location) => ({ value: location.id, label: `${location.name} (${location.country})`, group: location.region })),
    ],
    [locations.data, t],
  );

  return (
    <>
      <PageHeader
        title={t('market.title')}
        subtitle={t('market.subtitle')}
        actions={
          canOrderConnections(me) && (
            <Link to="/marketplace/order?mode=key" className="button">
              <Icon name="key" /> {t('order.withKey')}
            </Link>
          )
        }
      />
      <section className="panel market-filters" role="search" aria-label={t('market.searchLabel')}>
        <div className="form-grid">
          <TextField
            type="search"
            label={t('market.q')}
            value={filters.q}
            onChange={set('q')}
            placeholder={t('market.qPlaceholder')}
            hint={t('market.qHint')}
            autoComplete="off"
          />
          <SelectField
            label={t('market.service')}
            value={filters.service}
            onChange={set('service')}
            options={[{ value: '', label: t('market.anyService') }, ...serviceCategories.map((s) => ({ value: s, label: t(`service.${s}`) }))]}
          />
          <SelectField label={t('market.location')} value={filters.location} onChange={set('location')} options={locationOptions} />
          <NearPortField ports={myLive} value={filters.near} onChange={set('near')} />
        </div>
      </section>

      <p className="result-count" role="status" aria-live="polite" id={resultsId}>
        {providers.isPending ? '' : more ? t('market.countMore', { count: items.length }) : t('market.count', { count: items.length })}
      </p>
      {providers.isPending ? (
        <Spinner />
      ) : providers.isError && !providers.data ? (
        <ErrorPanel error={providers.error} onRetry={() => void providers.refetch()} />
      ) : items.length === 0 ? (
        <section className="panel empty-results">
          <p>{t('market.none')}</p>
        </section>
      ) : (
        <ul className={providers.isPlaceholderData ? 'provider-grid is-stale' : 'provider-grid'} aria-labelledby={resultsId}>
          {items.map((provider) => (
            <li key={provider.companyId}>
              <ProviderCard provider={provider} near={filters.near} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      {more && (
        <button
          type="button"
          className="button load-more"
          aria-disabled={providers.isFetchingNextPage || undefined}
          onClick={() => !providers.isFetchingNextPage && void providers.fetchNextPage()}
        >
          {t('common.loadMore')}
        </button>
      )}
    </>
  );
}

function ProviderCard({ provider, near, lang }: { provider: Provider; near: string; lang: string }) {
  const { t } = useI18n();
  const titleId = useId();
  const locationCount = new Set(provider.ports.map((port) => port.locationId)).size;
  const closest = near ? provider.ports.find((port) => port.distanceKm !== undefined) : undefined;
  return (
    <article className="provider-card" aria-labelledby={titleId}>
      <div className="provider-card-head">
        <ProviderLogo title={provider.title} logoUrl={provider.logoUrl} />
        <h2 id={titleId}>
          <Link to={providerPath(provider.companyId, near)} className="card-link">
            {provider.title}
          </Link>
        </h2>
      </div>
      <p className="provider-card-description">{provider.description}</p>
      <ServiceChips services={provider.services} />
      <p className="provider-card-meta">
        <Icon name="pin" /> {t('market.portsIn', { ports: provider.ports.length, locations: locationCount })}
      </p>
      {closest && (
        <p className="provider-card-meta">
          <Icon name="arrow" /> {t('market.closest', { port: closest.locationName, distance: formatDistance(lang, closest.distanceKm ?? 0) })}
        </p>
      )}
    </article>
  );
}
