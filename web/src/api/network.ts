import { request } from './client';
import type { Page } from './types';
import type {
  Approval,
  Connection,
  ConnectionSummary,
  Port,
  Provider,
  ProviderProfile,
  ServiceKey,
  ServiceKeyPreview,
  SpeedChange,
} from './networkTypes';

const id = (value: string) => encodeURIComponent(value);

// ---- ports ----

/** Every port and MCR of my company tree (all pages; a company has a handful). */
export async function listAllPorts(): Promise<Port[]> {
  const all: Port[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Port> = await request<Page<Port>>('/v1/ports', { query: { cursor, limit: 200 } });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && all.length < 5000);
  return all;
}

export function deletePort(portId: string): Promise<Port> {
  return request<Port>(`/v1/ports/${id(portId)}`, { method: 'DELETE' });
}

// ---- marketplace ----

export interface ProviderSearch {
  q?: string;
  service?: string;
  locationId?: string;
  nearPortId?: string;
}

export function searchProviders(search: ProviderSearch, cursor?: string | null, limit = 20): Promise<Page<Provider>> {
  return request<Page<Provider>>('/v1/marketplace/providers', { query: { ...search, cursor, limit } });
}

export function getProviderProfile(companyId: string): Promise<ProviderProfile> {
  return request<ProviderProfile>(`/v1/companies/${id(companyId)}/marketplace-profile`);
}

/** One provider with its public live ports, closest to `nearPortId` first. */
export function findProvider(companyId: string, nearPortId?: string): Promise<Provider> {
  return request<Provider>(`/v1/marketplace/providers/${id(companyId)}`, { query: { nearPortId } });
}

// ---- connections ----

export interface NewConnection {
  name: string;
  rateLimitMbps: number;
  aEnd: { portId: string; vlan?: number };
  bEnd?: { portId: string };
  serviceKey?: string;
}

export function orderConnection(order: NewConnection): Promise<Connection> {
  return request<Connection>('/v1/connections', { method: 'POST', body: order });
}

export function getConnection(connectionId: string): Promise<Connection> {
  return request<Connection>(`/v1/connections/${id(connectionId)}`);
}

export function listConnections(
  options: { side?: 'customer' | 'provider'; state?: string },
  cursor?: string | null,
  limit = 50,
): Promise<Page<Connection>> {
  return request<Page<Connection>>('/v1/connections', { query: { ...options, cursor, limit } });
}

/** For dashboards: my connections of one side by state, and their live bandwidth by location. */
export function getConnectionSummary(side: 'customer' | 'provider'): Promise<ConnectionSummary> {
  return request<ConnectionSummary>('/v1/connections/summary', { query: { side } });
}

export function cancelConnection(connectionId: string): Promise<Connection> {
  return request<Connection>(`/v1/connections/${id(connectionId)}`, { method: 'DELETE' });
}

export function acceptConnection(connectionId: string, bEndVlan?: number): Promise<Connection> {
  return request<Connection>(`/v1/connections/${id(connectionId)}/accept`, {
    method: 'POST',
    body: bEndVlan === undefined ? {} : { bEndVlan },
  });
}

export function denyConnection(connectionId: string, reason: string): Promise<Connection> {
  return request<Connection>(`/v1/connections/${id(connectionId)}/deny`, { method: 'POST', body: { reason } });
}

export function listApprovals(): Promise<Page<Approval>> {
  return request<Page<Approval>>('/v1/approvals');
}

export function requestSpeedChange(connectionId: string, rateLimitMbps: number): Promise<SpeedChange> {
  return request<SpeedChange>(`/v1/connections/${id(connectionId)}/speed-changes`, { method: 'POST', body: { rateLimitMbps } });
}

export function decideSpeedChange(speedChangeId: string, decision: 'accept' | 'reject', reason?: string): Promise<SpeedChange> {
  return request<SpeedChange>(`/v1/speed-changes/${id(speedChangeId)}/${decision}`, {
    method: 'POST',
    body: reason ? { reason } : {},
  });
}

/** The customer takes back a raise the provider has not decided yet; 409 once it is decided. */
export function withdrawSpeedChange(speedChangeId: string): Promise<SpeedChange> {
  return request<SpeedChange>(`/v1/speed-changes/${id(speedChangeId)}/withdraw`, { method: 'POST', body: {} });
}

// ---- service keys ----

export function listServiceKeys(portId: string | null, cursor?: string | null, limit = 50): Promise<Page<ServiceKey>> {
  return request<Page<ServiceKey>>('/v1/service-keys', { query: { portId, cursor, limit } });
}

export interface NewServiceKey {
  portId: string;
  singleUse: boolean;
  maxSpeedMbps: number;
  vlan?: number;
  validFrom?: string;
  validTo?: string;
  active: boolean;
  preApproved: boolean;
  description?: string;
}

export function createServiceKey(key: NewServiceKey): Promise<ServiceKey> {
  return request<ServiceKey>('/v1/service-keys', { method: 'POST', body: key });
}

export function updateServiceKey(
  keyId: string,
  changes: { active?: boolean; description?: string | null; validTo?: string | null },
): Promise<ServiceKey> {
  return request<ServiceKey>(`/v1/service-keys/${id(keyId)}`, { method: 'PATCH', body: changes });
}

export function lookupServiceKey(key: string): Promise<ServiceKeyPreview> {
  return request<ServiceKeyPreview>('/v1/service-keys/lookup', { query: { key } });
}
