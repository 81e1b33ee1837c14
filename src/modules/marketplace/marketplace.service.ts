import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { canEditCompany, canViewCompany } from '../accounts/accounts.policy.ts';
import { directory } from '../accounts/accounts.directory.ts';
import * as repo from './marketplace.repo.ts';
import { prefixPatterns, searchTerms } from './search-terms.ts';

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

export function createMarketplaceService(app: AppContext) {
  const { db } = app;

  /** A provider profile: only the company's admin edits it; managed accounts and the operator have none. */
  async function saveProfile(actor: Actor, companyId: string, input: ProfileInput) {
    const company = await directory.company(db.kysely, companyId);
    const ref = company && { id: company.id, type: company.type, partnerId: company.partner_id };
    if (!company || !ref || !canViewCompany(actor, ref)) throw notFound('company', 'id');
    if (company.type === 'managed') throw forbidden('managed_cannot_be_provider', 'Managed accounts cannot have a marketplace profile.');
    if (company.type === 'operator') throw invalid('operator_not_a_provider', 'The operator is not a marketplace provider.', 'id');
    if (!canEditCompany(actor, ref)) throw forbidden('company_admin_only', 'Only a company admin edits the marketplace profile.');
    return db.kysely.transaction().execute(async (trx) => {
      const before = await repo.findProfile(trx, companyId);
      const row = await repo.saveProfile(trx, companyId, actor.userId, {
        title: input.title.trim(), description: input.description.trim(), services: input.services, contactEmail: input.contactEmail,
        website: input.website ?? null, phone: input.phone ?? null, hqAddress: input.hqAddress ?? null, logoUrl: input.logoUrl ?? null,
      }, searchTerms(input.title));
      const profile = presentProfile(row);
      await writeAudit(trx, actor, { action: before ? 'marketplace_profile.updated' : 'marketplace_profile.created', companyId, targetType: 'marketplace_profile', targetId: companyId, before: before ? presentProfile(before) : null, after: profile });
      return profile;
    });
  }

  /** Everybody signed in may read a provider's profile. */
  async function getProfile(_actor: Actor, companyId: string) {
    const row = await repo.findProfile(db.kysely, companyId);
    if (!row) throw notFound('marketplace_profile', 'id');
    return presentProfile(row);
  }

  /** Search by the first letters of any word of the name, by service, by location; ports closest to nearPortId first. */
  /** The origin of distances: one of the actor's ports, else 404. */
  async function originOf(actor: Actor, nearPortId: string | undefined) {
    if (!nearPortId) return null;
    const port = await repo.portOrigin(db.kysely, nearPortId);
    if (!port || !canViewCompany(actor, { id: port.company_id, type: port.company_type, partnerId: port.company_partner_id })) throw notFound('port', 'nearPortId');
    return { latitude: port.latitude, longitude: port.longitude };
  }

  type Listed = { company_id: string; title: string; description: string; services: string[]; logo_url: string | null };
  type PortRow = Awaited<ReturnType<typeof repo.publicPorts>>[number];
  const presentProvider = (p: Listed, ports: PortRow[]) => ({
    companyId: p.company_id, title: p.title, description: p.description, services: p.services, logoUrl: p.logo_url,
    ports: ports.filter((pt) => pt.company_id === p.company_id).map((pt) => ({
      id: pt.id, name: pt.name, locationId: pt.location_id, locationName: pt.location_name, speedMbps: pt.speed_mbps,
      ...(pt.distance_km === null ? {} : { distanceKm: Math.round(pt.distance_km * 10) / 10 }),
    })),
  });

  /** Search by the first letters of any word of the name, by service, by location; ports closest to nearPortId first. */
  async function search(actor: Actor, query: { q?: string; service?: string; locationId?: string; nearPortId?: string; limit?: number; cursor?: string }) {
    const origin = await originOf(actor, query.nearPortId);
    const limit = query.limit ?? 20;
    const rows = await repo.searchProviders(db.kysely, {
      patterns: prefixPatterns(query.q ?? ''), service: query.service, locationId: query.locationId, after: decodeCursor(query.cursor), limit,
    });
    const page = toPage(rows.map((r) => ({ ...r, id: r.company_id })), limit);
    const ports = await repo.publicPorts(db.kysely, page.items.map((p) => p.company_id), origin, query.locationId);
    return { items: page.items.map((p) => presentProvider(p, ports)), nextCursor: page.nextCursor };
  }

  /** One provider as search lists it (the provider page), its ports closest to nearPortId first. */
  async function provider(actor: Actor, companyId: string, query: { nearPortId?: string }) {
    const profile = await repo.findProfile(db.kysely, companyId);
    if (!profile) throw notFound('provider', 'id');
    const ports = await repo.publicPorts(db.kysely, [companyId], await originOf(actor, query.nearPortId));
    return presentProvider(profile, ports);
  }

  return { saveProfile, getProfile, search, provider };
}

export type MarketplaceService = ReturnType<typeof createMarketplaceService>;
