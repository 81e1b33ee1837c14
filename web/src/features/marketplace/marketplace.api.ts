import { api, send, type BodyOf } from '../../api/client';
import type { Page, Provider, ProviderProfile, ServiceKey, ServiceKeyPreview } from '../../api/models';

const byId = (id: string) => ({ params: { path: { id } } });

export interface ProviderSearch {
  q?: string;
  service?: string;
  locationId?: string;
  nearPortId?: string;
}

export function searchProviders(search: ProviderSearch, cursor?: string | null, limit = 20): Promise<Page<Provider>> {
  return send(api.GET('/v1/marketplace/providers', { params: { query: { ...search, cursor: cursor ?? undefined, limit } } }));
}

export function getProviderProfile(companyId: string): Promise<ProviderProfile> {
  return send(api.GET('/v1/companies/{id}/marketplace-profile', byId(companyId)));
}

/** One provider with its public live ports, closest to `nearPortId` first. */
export function findProvider(companyId: string, nearPortId?: string): Promise<Provider> {
  return send(api.GET('/v1/marketplace/providers/{id}', { params: { path: { id: companyId }, query: { nearPortId } } }));
}

// ---- service keys ----

export function listServiceKeys(portId: string | null, cursor?: string | null, limit = 50): Promise<Page<ServiceKey>> {
  return send(api.GET('/v1/service-keys', { params: { query: { portId: portId ?? undefined, cursor: cursor ?? undefined, limit } } }));
}

export type NewServiceKey = BodyOf<'/v1/service-keys', 'post'>;

export function createServiceKey(key: NewServiceKey): Promise<ServiceKey> {
  return send(api.POST('/v1/service-keys', { body: key }));
}

export function updateServiceKey(keyId: string, changes: BodyOf<'/v1/service-keys/{id}', 'patch'>): Promise<ServiceKey> {
  return send(api.PATCH('/v1/service-keys/{id}', { ...byId(keyId), body: changes }));
}

export function lookupServiceKey(key: string): Promise<ServiceKeyPreview> {
  return send(api.GET('/v1/service-keys/lookup', { params: { query: { key } } }));
}
