import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { access, inScope, type CompanySettings } from '../../platform/access/access.ts';
import type { ActorForSettings } from '../../platform/module.ts';
import type { Executor } from '../../platform/db/db.ts';
import { accountsQueries } from '../accounts/index.ts';
import * as repo from './partners.repo.ts';
import { effectiveSettings, partnerDefaults, SETTING_NAMES, type StoredSettings } from './partners.settings.ts';
import type { BrandingInput, UpdateManagedSettings } from './partners.schemas.ts';

const notA = (what: 'managed account' | 'partner') =>
  new AppError('invalid', what === 'partner' ? 'not_a_partner' : 'not_a_managed_account', `This company is not a ${what}.`, 'id', undefined, 422);

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

  /** The actor's part of the company settings: a managed account's settings in force (one query); nothing for anyone else. */
  async function actorSettings(actor: ActorForSettings): Promise<CompanySettings> {
    if (actor.companyType !== 'managed' || !actor.partnerId) return {};
    const { own, defaults } = await repo.settingsOf(db.kysely, actor.companyId, actor.partnerId);
    return { managed: effectiveSettings(own, defaults).settings };
  }

  return { managedSettings, updateManagedSettings, defaults, updateDefaults, branding, saveBranding, actorSettings };
}

export type PartnersService = ReturnType<typeof createPartnersService>;
