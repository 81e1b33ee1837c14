import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import * as repo from './network.repo.ts';

export function createNetworkService(app: AppContext) {
  /** Locations are public to every signed-in user: they are the operator's catalogue. */
  async function listLocations(_actor: Actor, query: { limit?: number; cursor?: string; country?: string }) {
    const limit = query.limit ?? 200;
    const rows = await repo.listLocations(app.db.kysely, { after: decodeCursor(query.cursor), limit, country: query.country });
    return toPage(rows, limit);
  }
  return { listLocations };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
