import { api, send, type BodyOf } from '../../api/client';
import type { Approvals, Connection, ConnectionState, ConnectionSummary, Page, SpeedChange } from '../../api/models';

const byId = (id: string) => ({ params: { path: { id } } });

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
