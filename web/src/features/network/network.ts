// Shared look-ups and formatting for ports, locations and connections.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { listAllLocations } from './network.api';
import { isApiError } from '../../api/client';
import { getProviderProfile } from '../marketplace/marketplace.api';
import { listAllPorts } from './network.api';
import { listApprovals } from '../connections/connections.api';
import type { Location, Me } from '../../api/models';
import { canDecideApprovals, canManageServiceKeys } from '../../access';
import type { Connection, Port } from '../../api/models';
import type { Translate } from '../../i18n';
import { connectionsKeys } from '../connections/queryKeys';
import { marketplaceKeys } from '../marketplace/queryKeys';
import { networkKeys } from './queryKeys';

/** Every location, and a map from id to location. */
export function useLocations() {
  const query = useQuery({ queryKey: networkKeys.locations, queryFn: listAllLocations, staleTime: 10 * 60_000 });
  const byId = useMemo(() => new Map((query.data ?? []).map((location) => [location.id, location])), [query.data]);
  return { ...query, byId };
}

/** My company tree's ports and MCRs; polls while any is still being provisioned. */
export function useMyPorts(enabled = true) {
  return useQuery({
    queryKey: networkKeys.ports,
    queryFn: listAllPorts,
    enabled,
    refetchInterval: (query) =>
      (query.state.data ?? []).some((port) => port.provisioningStatus === 'DEPLOYABLE' || port.provisioningStatus === 'CONFIGURED')
        ? 3000
        : false,
  });
}

/** A provider's pending decisions (the inbox, the dashboard and the navigation's count). */
export function useApprovals(enabled = true) {
  return useQuery({ queryKey: connectionsKeys.approvals, queryFn: listApprovals, enabled, refetchInterval: 30_000 });
}

/**
 * Whether my company publishes a provider profile: true, false (404), or undefined while unknown.
 * One cached query for the whole session; the profile rarely changes.
 */
export function useHasProviderProfile(companyId: string, enabled = true) {
  return useQuery({
    queryKey: marketplaceKeys.profileExists(companyId),
    queryFn: () =>
      getProviderProfile(companyId).then(
        () => true,
        (error: unknown) => {
          if (isApiError(error) && error.status === 404) return false;
          throw error;
        },
      ),
    enabled,
    staleTime: 30 * 60_000,
  });
}

/**
 * The provider's pages (approvals, service keys) for those whose role allows them, once the company
 * is a provider: it has a profile, or requests wait for it (a private port's service keys need no
 * profile). If the profile cannot be looked up, the pages are offered as before.
 */
export function useProviderPages(me: Me): { approvals: boolean; serviceKeys: boolean; pending: number | undefined } {
  const decides = canDecideApprovals(me);
  const keys = canManageServiceKeys(me);
  const profile = useHasProviderProfile(me.company.id, decides || keys);
  const pending = useApprovals(decides).data?.items.length;
  const provides = profile.data === true || profile.isError || (pending ?? 0) > 0;
  return { approvals: decides && provides, serviceKeys: keys && provides, pending };
}

/** LIVE ports and MCRs: the A-ends a customer can order from. */
export const livePorts = (ports: Port[] | undefined): Port[] =>
  (ports ?? []).filter((port) => port.provisioningStatus === 'LIVE').sort((a, b) => a.name.localeCompare(b.name));

/** Great-circle distance in kilometres. */
export function distanceKm(a: Pick<Location, 'latitude' | 'longitude'>, b: Pick<Location, 'latitude' | 'longitude'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function formatDistance(lang: string, km: number): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(km)} km`;
}

// One speed format for the portal and the e-mails.
export { formatSpeed } from '../../../../src/i18n/index';

/** VLAN 300, untagged, or (none set yet) "set on approval" while a request waits, else "none". */
export function formatVlan(t: Translate, vlan: number | null | undefined, awaiting = true): string {
  if (vlan === null || vlan === undefined) return awaiting ? t('vxc.vlanPending') : t('vxc.vlanNone');
  if (vlan === -1) return t('vxc.untagged');
  return String(vlan);
}

export const isTransitional = (state: string) => state === 'DEPLOYABLE' || state === 'CONFIGURED';
export const isEnded = (state: string) => state === 'DENIED' || state === 'CANCELLED' || state === 'DECOMMISSIONED';

/** "Équinoxe Frankfurt FRA1" stays as is; "Acme EU edge" gets " · Frankfurt FRA1". */
export function portAndPlace(portName: string | undefined, locationName: string | undefined): string {
  if (!portName) return locationName ?? '';
  if (!locationName || portName.includes(locationName)) return portName;
  return `${portName} · ${locationName}`;
}

/** Badge colour of a port or connection state. */
export function stateTone(state: string): string {
  if (state === 'LIVE') return 'badge-ok';
  if (state === 'AWAITING_APPROVAL' || state === 'AWAITING_PARTNER') return 'badge-warn';
  if (state === 'DENIED' || state === 'REJECTED') return 'badge-danger';
  if (isTransitional(state)) return 'badge-info';
  return 'badge-muted';
}

const lastChange = (item: Connection) => Date.parse(item.history[item.history.length - 1]?.at ?? '') || 0;

/**
 * Poll while something is on its way: quickly while provisioning (for the first minutes: a step
 * stuck longer than that is not worth a request every two seconds), slowly while waiting for a person.
 */
export function connectionPoll(items: Connection[]): number | false {
  const recent = Date.now() - 5 * 60_000;
  if (items.some((item) => isTransitional(item.state) && lastChange(item) > recent)) return 2000;
  if (items.some((item) => isTransitional(item.state) || item.state === 'AWAITING_APPROVAL' || item.state === 'AWAITING_PARTNER' || item.pendingSpeedChange)) return 5000;
  return false;
}

/** Which side of a connection is mine: the customer's A-end, or (as provider) the B-end. */
export function mySide(connection: Connection, companyId: string): 'customer' | 'provider' {
  return connection.providerCompanyId === companyId && connection.companyId !== companyId ? 'provider' : 'customer';
}

/** The most a rate limit may be: the slower port, and a service key's maximum. */
export function maxRate(...limits: (number | undefined | null)[]): number | null {
  const known = limits.filter((limit): limit is number => typeof limit === 'number' && limit > 0);
  return known.length ? Math.min(...known) : null;
}

/** Parses a VLAN field: blank = automatic (undefined), -1 untagged, 2–4093; null when invalid. */
export function parseVlan(text: string): number | undefined | null {
  const value = text.trim();
  if (value === '') return undefined;
  if (!/^-?\d+$/.test(value)) return null;
  const vlan = Number(value);
  if (vlan === -1 || (vlan >= 2 && vlan <= 4093)) return vlan;
  return null;
}

/** Parses a rate limit: a whole number of Mbps; null when not one. */
export function parseRate(text: string): number | null {
  const value = text.trim();
  if (!/^\d+$/.test(value)) return null;
  return Number(value);
}
