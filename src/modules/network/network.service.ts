import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { ownCompany } from '../../platform/access/access.ts';
import { partnersQueries } from '../partners/index.ts';
import * as repo from './network.repo.ts';

export function createNetworkService(app: AppContext) {
  /**
   * Locations are public to every signed-in user: they are the operator's catalogue. Each says whether
   * the actor's company may order there (`orderable`: a billing market in its country; a managed
   * account's are its partner's; the operator's company orders anywhere).
   */
  async function listLocations(actor: Actor, query: { limit?: number; cursor?: string; country?: string }) {
    const limit = query.limit ?? 200;
    const [rows, countries] = await Promise.all([
      repo.listLocations(app.db.kysely, { after: decodeCursor(query.cursor), limit, country: query.country }),
      partnersQueries.orderableCountries(app.db.kysely, ownCompany(actor)),
    ]);
    const page = toPage(rows, limit);
    return { items: page.items.map((row) => ({ ...row, orderable: countries === null || countries.has(row.country) })), nextCursor: page.nextCursor };
  }
  return { listLocations };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
