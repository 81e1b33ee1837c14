import { api, send, type BodyOf } from '../../api/client';
import type { Location, Page, Port } from '../../api/models';

/** Every page of a short list, 200 at a time (stops at 5000 in case a cursor never ends). */
async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetchPage(cursor ?? undefined);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && all.length < 5000);
  return all;
}

/** Every port and MCR of my company tree (all pages; a company has a handful). */
export function listAllPorts(): Promise<Port[]> {
  return allPages((cursor) => send(api.GET('/v1/ports', { params: { query: { cursor, limit: 200 } } })));
}

export function deletePort(portId: string): Promise<Port> {
  return send(api.DELETE('/v1/ports/{id}', { params: { path: { id: portId } } }));
}

/** Every location (a few dozen): all pages, for pickers and for naming locations in lists. */
export function listAllLocations(): Promise<Location[]> {
  return allPages((cursor) => send(api.GET('/v1/locations', { params: { query: { cursor, limit: 200 } } })));
}

export type NewPort = BodyOf<'/v1/ports', 'post'>;

/** Orders a port or cloud router (MCR); it goes live through the network. */
export function orderPort(body: NewPort): Promise<Port> {
  return send(api.POST('/v1/ports', { body }));
}
