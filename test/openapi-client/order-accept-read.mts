/**
 * A third-party client: types generated from /openapi.json by openapi-typescript, calls made with
 * openapi-fetch. test/openapi-client.test.ts generates ./portico-api.ts next to a copy of this file,
 * type-checks both with tsc, then runs orderAcceptRead against a live server.
 * (An .mts file, so the repository's own type-check, which has no generated types, leaves it alone.)
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './portico-api.ts';

type Connection = components['schemas']['Connection'];
type Problem = components['schemas']['Problem'];

export interface Setup {
  baseUrl: string;
  customerToken: string;
  providerToken: string;
  aEndPortId: string;
  bEndPortId: string;
}

const client = (baseUrl: string, token: string) => createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });

function orFail<T>(result: { data?: T; error?: Problem }, what: string): T {
  // Errors are typed as the Problem schema, so its stable code is at hand.
  if (result.error) throw new Error(`${what}: ${result.error.status} ${result.error.code} ${result.error.detail}`);
  if (result.data === undefined) throw new Error(`${what}: no body`);
  return result.data;
}

/** The customer orders a VXC to the provider's port, the provider accepts it, the customer reads it. */
export async function orderAcceptRead(setup: Setup): Promise<{ ordered: Connection; accepted: Connection; read: Connection; replayed: boolean; refused: Problem }> {
  const customer = client(setup.baseUrl, setup.customerToken);
  const provider = client(setup.baseUrl, setup.providerToken);
  const body = { name: 'Generated client', rateLimitMbps: 200, aEnd: { portId: setup.aEndPortId }, bEnd: { portId: setup.bEndPortId } };
  const params = { header: { 'Idempotency-Key': 'generated-client-order-1' } };

  const ordered = orFail(await customer.POST('/v1/connections', { body, params }), 'order');
  const again = await customer.POST('/v1/connections', { body, params });
  const replayed = again.response.headers.get('idempotent-replayed') === 'true';

  const accepted = orFail(await provider.POST('/v1/connections/{id}/accept', { params: { path: { id: ordered.id } }, body: {} }), 'accept');
  const read = orFail(await customer.GET('/v1/connections/{id}', { params: { path: { id: ordered.id } } }), 'read');

  const refusal = await provider.POST('/v1/connections/{id}/accept', { params: { path: { id: ordered.id } }, body: {} });
  if (!refusal.error) throw new Error('a second accept was not refused');

  // The states are an enum in the document, so a misspelt one does not type-check.
  // @ts-expect-error: 'ALIVE' is not a ConnectionState
  const misspelt: Connection['state'] = 'ALIVE';
  void misspelt;
  const state: 'AWAITING_PARTNER' | 'AWAITING_APPROVAL' | 'DEPLOYABLE' | 'CONFIGURED' | 'LIVE' | 'DENIED' | 'REJECTED' | 'CANCELLED' | 'DECOMMISSIONED' = read.state;
  void state;

  return { ordered, accepted, read, replayed, refused: refusal.error };
}
