import { api, send, type BodyOf } from '../../api/client';
import type {
  Approvals,
  Connection,
  ConnectionState,
  ConnectionSummary,
  Page,
  Port,
  Provider,
  ProviderProfile,
  ServiceKey,
  ServiceKeyPreview,
  SpeedChange,
} from '../../api/models';

const byId = (id: string) => ({ params: { path: { id } } });

// ---- ports ----

/** Every port and MCR of my company tree (all pages; a company has a handful). */
export async function listAllPorts(): Promise<Port[]> {
  const all: Port[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Port> = await send(api.GET('/v1/ports', { params: { query: { cursor: cursor ?? undefined, limit: 200 } } }));
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && all.length < 5000);
  return all;
}

export function deletePort(portId: string): Promise<Port> {
  return send(api.DELETE('/v1/ports/{id}', byId(portId)));
}

// ---- marketplace ----

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

// ---- connections ----

export type NewConnection = BodyOf<'/v1/connections', 'post'>;

export function orderConnection(order: NewConnection): Promise<Connection> {
  return send(api.POST('/v1/connections', { body: order }));
}

export function getConnection(connectionId: string): Promise<Connection> {
  return send(api.GET('/v1/connections/{id}', byId(connectionId)));
}

export function listConnections(
  options: { side?: 'customer' | 'provider'; state?: ConnectionState },
  cursor?: string | null,
  limit = 50,
): Promise<Page<Connection>> {
  return send(api.GET('/v1/connections', { params: { query: { ...options, cursor: cursor ?? undefined, limit } } }));
}

/** For dashboards: my connections of one side by state, and their live bandwidth by location. */
export function getConnectionSummary(side: 'customer' | 'provider'): Promise<ConnectionSummary> {
  return send(api.GET('/v1/connections/summary', { params: { query: { side } } }));
}

export function cancelConnection(connectionId: string): Promise<Connection> {
  return send(api.DELETE('/v1/connections/{id}', byId(connectionId)));
}

export function acceptConnection(connectionId: string, bEndVlan?: number): Promise<Connection> {
  return send(api.POST('/v1/connections/{id}/accept', { ...byId(connectionId), body: bEndVlan === undefined ? {} : { bEndVlan } }));
}

export function denyConnection(connectionId: string, reason: string): Promise<Connection> {
  return send(api.POST('/v1/connections/{id}/deny', { ...byId(connectionId), body: { reason } }));
}

export function listApprovals(): Promise<Approvals> {
  return send(api.GET('/v1/approvals'));
}

export function requestSpeedChange(connectionId: string, rateLimitMbps: number): Promise<SpeedChange> {
  return send(api.POST('/v1/connections/{id}/speed-changes', { ...byId(connectionId), body: { rateLimitMbps } }));
}

export function decideSpeedChange(speedChangeId: string, decision: 'accept' | 'reject', reason?: string): Promise<SpeedChange> {
  const body = reason ? { reason } : {};
  return send(decision === 'accept'
    ? api.POST('/v1/speed-changes/{id}/accept', { ...byId(speedChangeId), body })
    : api.POST('/v1/speed-changes/{id}/reject', { ...byId(speedChangeId), body }));
}

/** The customer takes back a raise the provider has not decided yet; 409 once it is decided. */
export function withdrawSpeedChange(speedChangeId: string): Promise<SpeedChange> {
  return send(api.POST('/v1/speed-changes/{id}/withdraw', { ...byId(speedChangeId), body: {} }));
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
