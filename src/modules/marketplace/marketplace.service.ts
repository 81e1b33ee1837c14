import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Tx } from '../../platform/db/db.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { access } from '../../platform/access/access.ts';
import { inScope, inTree } from '../../platform/access/access.ts';
import { accountsQueries } from '../accounts/index.ts';
import * as repo from './marketplace.repo.ts';
import { nameQuery, searchTerms } from './search-terms.ts';

/** A response body PostgreSQL has already serialised as JSON; the route sends it as it is. */
export interface JsonText {
  readonly jsonText: string;
}
const preSerialized = (jsonText: string): JsonText => ({ jsonText });

export interface ProfileInput {
  title: string;
  description: string;
  services: string[];
  contactEmail: string;
  website?: string;
  phone?: string;
  hqAddress?: Record<string, unknown>;
  logoUrl?: string;
}

const presentProfile = (row: repo.ProfileRow) => ({
  companyId: row.company_id, title: row.title, description: row.description, services: row.services, contactEmail: row.contact_email,
  website: row.website, phone: row.phone, hqAddress: row.hq_address, logoUrl: row.logo_url, updatedAt: row.updated_at.toISOString(),
});

/** Creates or replaces a company's profile with its search terms and audit row; the caller owns the transaction and the checks. */
export async function saveProfileTx(trx: Tx, actor: Actor, companyId: string, input: ProfileInput) {
  const before = await repo.findProfile(trx, companyId);
  const row = await repo.saveProfile(trx, companyId, actor.userId, {
    title: input.title.trim(), description: input.description.trim(), services: input.services, contactEmail: input.contactEmail,
    website: input.website ?? null, phone: input.phone ?? null, hqAddress: input.hqAddress ?? null, logoUrl: input.logoUrl ?? null,
  }, searchTerms(input.title));
  const profile = presentProfile(row);
  await writeAudit(trx, actor, { action: before ? 'marketplace_profile.updated' : 'marketplace_profile.created', companyId, targetType: 'marketplace_profile', targetId: companyId, before: before ? presentProfile(before) : null, after: profile });
  return profile;
}

export function createMarketplaceService(app: AppContext) {
  const { db } = app;

  /** A provider profile: only the company's admin edits it; managed accounts and the operator have none. */
  async function saveProfile(actor: Actor, companyId: string, input: ProfileInput) {
    const company = inScope(actor, await accountsQueries.companyRef(db.kysely, companyId), (ref) => ref, 'company', 'id');
    if (company.type === 'operator') throw invalid('operator_not_a_provider', 'The operator is not a marketplace provider.', 'id');
    access.require(actor, 'marketplace.provide', company);
    access.require(actor, 'company_profile.edit', company);
    return db.kysely.transaction().execute((trx) => saveProfileTx(trx, actor, companyId, input));
  }

  /** Everybody signed in may read a provider's profile. */
  async function getProfile(_actor: Actor, companyId: string) {
    const row = await repo.findProfile(db.kysely, companyId);
    if (!row) throw notFound('marketplace_profile', 'id');
    return presentProfile(row);
  }

  /**
   * One statement reads the origin port's owner, the providers and their ports; the page is only
   * handed out when the actor may measure from that port (one of its own), else 404.
   */
  async function page(actor: Actor, filter: Omit<repo.ProviderFilter, 'nearPortId'>, nearPortId: string | undefined) {
    const result = await repo.providerPage(db.kysely, { ...filter, nearPortId: nearPortId ?? null });
    if (nearPortId && !(result.origin && inTree(actor, result.origin))) throw notFound('port', 'nearPortId');
    return result.providers;
  }

  /** Search by the start of the words of the name, by service, by location; ports closest to nearPortId first. The JSON text of a `ProviderList`. */
  async function search(actor: Actor, query: { q?: string; service?: string; locationId?: string; nearPortId?: string; limit?: number; cursor?: string }) {
    const limit = query.limit ?? 20;
    const rows = await page(actor, {
      name: nameQuery(query.q ?? ''), service: query.service, locationId: query.locationId, after: decodeCursor(query.cursor), limit,
    }, query.nearPortId);
    const found = toPage(rows.map((r) => ({ id: r.company_id, json: r.json })), limit);
    return preSerialized(`{"items":[${found.items.map((p) => p.json).join(',')}],"nextCursor":${JSON.stringify(found.nextCursor)}}`);
  }

  /** One provider as search lists it (the provider page), its ports closest to nearPortId first. The JSON text of a `Provider`. */
  async function provider(actor: Actor, companyId: string, query: { nearPortId?: string }) {
    const [row] = await page(actor, { name: null, companyId, after: null, limit: 1 }, query.nearPortId);
    if (!row) throw notFound('provider', 'id');
    return preSerialized(row.json);
  }

  return { saveProfile, getProfile, search, provider };
}

export type MarketplaceService = ReturnType<typeof createMarketplaceService>;
