import { api, send } from '../../api/client';
import type { Location, Page, Port } from '../../api/models';

const byId = (id: string) => ({ params: { path: { id } } });

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

/** Every location (a few dozen): all pages, for pickers and for naming locations in lists. */
export async function listAllLocations(): Promise<Location[]> {
  const all: Location[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Location> = await send(api.GET('/v1/locations', { params: { query: { cursor: cursor ?? undefined, limit: 200 } } }));
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && all.length < 5000);
  return all;
}
