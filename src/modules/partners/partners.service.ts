import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { access, inScope, type CompanyRef, type CompanySettings } from '../../platform/access/access.ts';
import type { ActorForSettings } from '../../platform/module.ts';
import type { Executor } from '../../platform/db/db.ts';
import { accountsQueries } from '../accounts/index.ts';
import * as repo from './partners.repo.ts';
import { effectiveSettings, partnerDefaults, SETTING_NAMES, type StoredSettings } from './partners.settings.ts';
import type { BrandingInput, EnableBillingMarket, UpdateManagedSettings } from './partners.schemas.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { isCountry } from '../../platform/countries.ts';

const notA = (what: 'managed account' | 'partner') =>
  new AppError('invalid', what === 'partner' ? 'not_a_partner' : 'not_a_managed_account', `This company is not a ${what}.`, 'id', undefined, 422);

export const presentMarket = (row: repo.MarketRow) => ({
  id: row.id, companyId: row.company_id, country: row.country, enabledBy: row.enabled_by, enabledAt: row.enabled_at.toISOString(),
});

/** Markets belong to partners and direct customers: a managed account orders in its partner's, the operator needs none. */
function marketHolder(company: CompanyRef, field: string): AppError | null {
  if (company.type === 'managed') {
    return new AppError('invalid', 'billing_markets_of_partner', "A managed account has no billing markets of its own: it orders in its partner's.", field, undefined, 422);
  }
  if (company.type === 'operator') {
    return new AppError('invalid', 'billing_markets_not_for_operator', 'The operator needs no billing markets: give the companyId of a partner or direct customer.', field, undefined, 422);
  }
  return null;
}

/** Only the fields the request names (null included: inherit again). */
const namedFields = (input: UpdateManagedSettings): Partial<StoredSettings> =>
  Object.fromEntries(SETTING_NAMES.filter((name) => input[name] !== undefined).map((name) => [name, input[name]]));

export function createPartnersService(app: AppContext) {
  const { db } = app;

  async function companyInTree(actor: Actor, id: string) {
    return inScope(actor, await accountsQueries.companyRef(db.kysely, id), (ref) => ref, 'company', 'id');
  }

  async function settingsOfAccount(executor: Executor, companyId: string, partnerId: string) {
    const { own, defaults } = await repo.settingsOf(executor, companyId, partnerId);
    const { settings, inherited } = effectiveSettings(own, defaults);
    return { companyId, ...settings, inherited };
  }

  /** A managed account's settings in force, and which it inherits from its partner. */
  async function managedSettings(actor: Actor, id: string) {
    const company = await companyInTree(actor, id);
    access.require(actor, 'managed_settings.view', company);
    if (company.type !== 'managed') throw notA('managed account');
    return settingsOfAccount(db.kysely, company.id, company.partnerId!);
  }

  async function updateManagedSettings(actor: Actor, id: string, input: UpdateManagedSettings) {
    const company = await companyInTree(actor, id);
    access.require(actor, 'managed_settings.edit', company);
    if (company.type !== 'managed') throw notA('managed account');
    return db.kysely.transaction().execute(async (trx) => {
      const before = await settingsOfAccount(trx, company.id, company.partnerId!);
      await repo.saveManagedSettings(trx, company.id, company.partnerId!, namedFields(input), actor.userId);
      const after = await settingsOfAccount(trx, company.id, company.partnerId!);
      await writeAudit(trx, actor, { action: 'managed_settings.updated', companyId: company.id, targetType: 'company', targetId: company.id, before, after });
      return after;
    });
  }

  /** A partner's defaults for its managed accounts (null: the product's default). */
  async function defaults(actor: Actor, id: string) {
    const company = await companyInTree(actor, id);
    access.require(actor, 'managed_settings.view', company);
    if (company.type !== 'partner') throw notA('partner');
    return { partnerId: company.id, ...partnerDefaults(await repo.partnerDefaultsOf(db.kysely, company.id)) };
  }

  async function updateDefaults(actor: Actor, id: string, input: UpdateManagedSettings) {
    const company = await companyInTree(actor, id);
    access.require(actor, 'managed_settings.edit', company);
    if (company.type !== 'partner') throw notA('partner');
    return db.kysely.transaction().execute(async (trx) => {
      const before = { partnerId: company.id, ...partnerDefaults(await repo.partnerDefaultsOf(trx, company.id)) };
      await repo.savePartnerDefaults(trx, company.id, namedFields(input), actor.userId);
      const after = { partnerId: company.id, ...partnerDefaults(await repo.partnerDefaultsOf(trx, company.id)) };
      await writeAudit(trx, actor, { action: 'partner_defaults.updated', companyId: company.id, targetType: 'company', targetId: company.id, before, after });
      return after;
    });
  }

  const presentBranding = (partnerId: string, row: repo.BrandingRow | undefined, companyName: string) => ({
    partnerId,
    displayName: row?.display_name ?? companyName,
    logoUrl: row?.logo_url ?? null,
    primaryColor: row?.primary_color ?? null,
    supportEmail: row?.support_email ?? null,
    supportUrl: row?.support_url ?? null,
    supportPhone: row?.support_phone ?? null,
    custom: row !== undefined,
  });

  /**
   * The branding a company sees or sets: a partner and the operator their own, a managed account its
   * partner's, a direct customer the operator's (the platform's own name and support contact).
   */
  async function branding(actor: Actor, id: string) {
    const company = await companyInTree(actor, id);
    const owner = company.type === 'managed' ? await accountsQueries.company(db.kysely, company.partnerId!)
      : company.type === 'direct' ? await accountsQueries.operator(db.kysely)
      : await accountsQueries.company(db.kysely, company.id);
    return presentBranding(owner!.id, await repo.brandingOf(db.kysely, owner!.id), owner!.name);
  }

  /** Replaces a partner's branding (fields left out are cleared). */
  async function saveBranding(actor: Actor, id: string, input: BrandingInput) {
    const company = await companyInTree(actor, id);
    access.require(actor, 'branding.edit', company);
    if (company.type !== 'partner' && company.type !== 'operator') throw notA('partner');
    return db.kysely.transaction().execute(async (trx) => {
      const before = await repo.brandingOf(trx, company.id);
      const row = await repo.saveBranding(trx, company.id, {
        display_name: input.displayName.trim(), logo_url: input.logoUrl ?? null, primary_color: input.primaryColor?.toLowerCase() ?? null,
        support_email: input.supportEmail ?? null, support_url: input.supportUrl ?? null, support_phone: input.supportPhone ?? null,
      }, actor.userId);
      const after = presentBranding(company.id, row, row.display_name);
      await writeAudit(trx, actor, { action: 'partner_branding.updated', companyId: company.id, targetType: 'company', targetId: company.id, before: before ?? null, after });
      return after;
    });
  }

  /** The company whose markets are meant (default: the actor's), in the tree and allowed; a managed or the operator's company is 422. */
  async function marketCompany(actor: Actor, companyId: string | undefined, capability: 'billing_markets.view' | 'billing_markets.manage') {
    const company = inScope(actor, await accountsQueries.companyRef(db.kysely, companyId ?? actor.companyId), (ref) => ref, 'company', 'companyId');
    access.require(actor, capability, company);
    const refused = marketHolder(company, 'companyId');
    if (refused) throw refused;
    return company;
  }

  /** A company's billing markets, by country. */
  async function billingMarkets(actor: Actor, companyId: string | undefined) {
    const company = await marketCompany(actor, companyId, 'billing_markets.view');
    return { items: (await repo.marketsOf(db.kysely, company.id)).map(presentMarket) };
  }

  /** Enables a market; enabling one already enabled answers it as it is (`created` false), so a retry or a race adds one row. */
  async function enableBillingMarket(actor: Actor, input: EnableBillingMarket) {
    if (!isCountry(input.country)) throw new AppError('invalid', 'unknown_country', `${input.country} is not an ISO 3166-1 alpha-2 country code.`, 'country');
    const company = await marketCompany(actor, input.companyId, 'billing_markets.manage');
    return db.kysely.transaction().execute(async (trx) => {
      const { row, created } = await repo.enableMarket(trx, { id: uuidv7(), companyId: company.id, country: input.country, by: actor.userId });
      const market = presentMarket(row);
      if (created) await writeAudit(trx, actor, { action: 'billing_market.enabled', companyId: company.id, targetType: 'billing_market', targetId: row.id, after: market });
      return { market, created };
    });
  }

  /** Disables a market: services already ordered there stay; new orders there are refused. */
  async function disableBillingMarket(actor: Actor, id: string) {
    const found = await repo.findMarket(db.kysely, id);
    const company = found ? await accountsQueries.companyRef(db.kysely, found.company_id) : undefined;
    const market = inScope(actor, found, () => company, 'billing_market', 'id');
    access.require(actor, 'billing_markets.manage', company);
    return db.kysely.transaction().execute(async (trx) => {
      const removed = await repo.disableMarket(trx, market.id);
      if (!removed) throw notFound('billing_market', 'id');
      await writeAudit(trx, actor, { action: 'billing_market.disabled', companyId: removed.company_id, targetType: 'billing_market', targetId: removed.id, before: presentMarket(removed) });
    });
  }

  /** The actor's part of the company settings: a managed account's settings in force (one query); nothing for anyone else. */
  async function actorSettings(actor: ActorForSettings): Promise<CompanySettings> {
    if (actor.companyType !== 'managed' || !actor.partnerId) return {};
    const { own, defaults } = await repo.settingsOf(db.kysely, actor.companyId, actor.partnerId);
    return { managed: effectiveSettings(own, defaults).settings };
  }

  return {
    managedSettings, updateManagedSettings, defaults, updateDefaults, branding, saveBranding, actorSettings,
    billingMarkets, enableBillingMarket, disableBillingMarket,
  };
}

export type PartnersService = ReturnType<typeof createPartnersService>;
