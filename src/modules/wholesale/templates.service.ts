import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, conflict, invalid } from '../../platform/errors.ts';
import { record } from '../../platform/events/record.ts';
import { access, inScope, type CompanyRef } from '../../platform/access/access.ts';
import type { Tx } from '../../platform/db/db.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { uuidv7 } from '../../platform/ids.ts';
import * as repo from './templates.repo.ts';
import { templateInUse } from './customers.repo.ts';
import { checkSamlMetadata, isTimeZone, newProvisioningId, placeOf } from './templates.policy.ts';
import type { CreateTemplateInput, TemplateListInput, UpdateTemplateInput } from './templates.schemas.ts';
import type { WholesaleEvents } from './wholesale.events.ts';

/** A template's owner as access sees it: the partner (a template is in the partner's tree only). */
const partnerRef = (id: string): CompanyRef => ({ id, type: 'partner', partnerId: null });
const NOT_FOUND: [string, string] = ['template', 'id'];
type TemplateEvent = Extract<keyof WholesaleEvents, `wholesale.template_${string}`>;

const orThrow = <T>(result: T | AppError): T => {
  if (result instanceof AppError) throw result;
  return result;
};

export function present(row: repo.TemplateRow) {
  return {
    id: row.id, partnerId: row.partner_id, name: row.name, provisioningId: row.provisioning_id, providerAdminEmail: row.provider_admin_email,
    country: row.country, region: row.region, defaultEmailLanguage: row.default_email_language, subscription: row.subscription,
    pstnProvider: row.pstn_provider, pstnNotRecommended: row.pstn_provider !== null,
    authMethod: row.auth_method, samlMetadata: row.saml_metadata,
    samlEntityId: row.saml_metadata === null ? null : orThrow(checkSamlMetadata(row.saml_metadata)).entityId,
    emailSettings: row.email_settings, callingSettings: row.calling_settings,
    createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString(),
  };
}

/** What the audit log keeps of a template: all but the metadata document itself (its entityID stays). */
export const audited = (row: repo.TemplateRow) => ({ ...present(row), samlMetadata: undefined });

/** The checked values of a whole template: the schema's checks plus the rules it cannot say (templates.policy.ts). */
function templateValues(input: CreateTemplateInput): repo.TemplateValues {
  const { country, region } = orThrow(placeOf(input));
  let samlMetadata: string | null = null;
  if (input.authMethod === 'saml') {
    if (!input.samlMetadata) throw invalid('saml_metadata_required', "authMethod saml needs the partner IdP's SAML metadata (samlMetadata).", 'samlMetadata');
    orThrow(checkSamlMetadata(input.samlMetadata));
    samlMetadata = input.samlMetadata;
  } else if (input.samlMetadata !== undefined) {
    throw invalid('saml_metadata_not_allowed', 'samlMetadata is only for authMethod saml.', 'samlMetadata');
  }
  const timeZone = input.callingSettings?.defaultTimeZone;
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw invalid('unknown_time_zone', `${timeZone} is not an IANA time zone (e.g. Europe/Berlin).`, 'callingSettings.defaultTimeZone');
  }
  return {
    name: input.name.trim(), provider_admin_email: input.providerAdminEmail, country, region, default_email_language: input.defaultEmailLanguage,
    subscription: input.subscription.trim(), pstn_provider: input.pstnProvider?.trim() ?? null, auth_method: input.authMethod, saml_metadata: samlMetadata,
    email_settings: input.emailSettings ?? {}, calling_settings: input.callingSettings ?? {},
  };
}

/** The whole template an edit asks for: the row with the edit's fields over it. */
function merged(row: repo.TemplateRow, edit: UpdateTemplateInput): CreateTemplateInput {
  const authMethod = edit.authMethod ?? row.auth_method;
  const place = edit.country !== undefined || edit.region !== undefined ? { country: edit.country, region: edit.region }
    : row.country ? { country: row.country } : { region: row.region };
  return {
    name: edit.name ?? row.name, providerAdminEmail: edit.providerAdminEmail ?? row.provider_admin_email, ...place,
    defaultEmailLanguage: edit.defaultEmailLanguage ?? row.default_email_language, subscription: edit.subscription ?? row.subscription,
    pstnProvider: edit.pstnProvider !== undefined ? edit.pstnProvider : row.pstn_provider, authMethod,
    // A saml template keeps its metadata unless the edit brings new; platform drops it.
    samlMetadata: edit.samlMetadata ?? (authMethod === 'saml' ? row.saml_metadata ?? undefined : undefined),
    emailSettings: edit.emailSettings ?? row.email_settings, callingSettings: edit.callingSettings ?? row.calling_settings,
  };
}

const nameTaken = (name: string) => conflict('template_name_taken', `You have a template named "${name}" already.`, 'name');
const isNameTaken = (error: unknown) =>
  (error as { code?: string }).code === '23505' && (error as { constraint?: string }).constraint === 'wholesale_templates_partner_name';

/**
 * Onboarding templates (PRODUCT.md §5): a partner's company admins create, edit and delete them, its
 * users and the operator read them. Each has a provisioning id that customer creation names.
 */
export function createTemplatesService(app: AppContext) {
  const { db } = app;

  /** The template as the actor may see it: missing and another partner's are the same 404. */
  async function visible(executor: Tx | typeof db.kysely, actor: Actor, id: string, capability: 'wholesale.templates.view' | 'wholesale.templates.manage', forUpdate = false) {
    const row = inScope(actor, await repo.findTemplate(executor, id, { forUpdate }), (r) => partnerRef(r.partner_id), ...NOT_FOUND);
    access.require(actor, capability, partnerRef(row.partner_id), NOT_FOUND);
    return row;
  }

  async function recordChange(trx: Tx, actor: Actor, type: TemplateEvent, row: repo.TemplateRow, before?: repo.TemplateRow) {
    await record(trx, app.jobs, actor, {
      audit: {
        action: type, companyId: row.partner_id, targetType: 'wholesale_template', targetId: row.id,
        before: before && audited(before), after: type === 'wholesale.template_deleted' ? undefined : audited(row),
      },
      events: [{ type, companyId: row.partner_id, actorUserId: actor.userId, payload: { templateId: row.id, partnerId: row.partner_id } }],
    });
  }

  async function create(actor: Actor, input: CreateTemplateInput) {
    access.require(actor, 'wholesale.templates.manage', partnerRef(actor.companyId));
    const values = templateValues(input);
    return db.kysely.transaction().execute(async (trx) => {
      const row = await repo.insertTemplate(trx, { id: uuidv7(), partnerId: actor.companyId, provisioningId: newProvisioningId(), createdBy: actor.userId, values });
      if (!row) throw nameTaken(values.name);
      await recordChange(trx, actor, 'wholesale.template_created', row);
      return present(row);
    });
  }

  async function list(actor: Actor, input: TemplateListInput) {
    access.require(actor, 'wholesale.templates.view');
    // A partner reads its own; the operator every partner's, or one partner's.
    const partnerId = actor.companyType === 'operator' ? input.partnerId ?? null : actor.companyId;
    if (input.partnerId) access.require(actor, 'wholesale.templates.view', partnerRef(input.partnerId), ['partner', 'partnerId']);
    const limit = input.limit ?? 50;
    const rows = await repo.listTemplates(db.kysely, { partnerId, after: decodeCursor(input.cursor), limit });
    const page = toPage(rows, limit);
    return { items: page.items.map(present), nextCursor: page.nextCursor };
  }

  const get = async (actor: Actor, id: string) => present(await visible(db.kysely, actor, id, 'wholesale.templates.view'));

  async function update(actor: Actor, id: string, edit: UpdateTemplateInput) {
    try {
      return await db.kysely.transaction().execute(async (trx) => {
        const before = await visible(trx, actor, id, 'wholesale.templates.manage', true);
        const row = await repo.updateTemplate(trx, id, templateValues(merged(before, edit)));
        await recordChange(trx, actor, 'wholesale.template_updated', row, before);
        return present(row);
      });
    } catch (error) {
      if (isNameTaken(error)) throw nameTaken(edit.name!.trim());
      throw error;
    }
  }

  /** Removes the template; refused (409 template_in_use) while a customer was provisioned with it. */
  async function remove(actor: Actor, id: string) {
    await db.kysely.transaction().execute(async (trx) => {
      const before = await visible(trx, actor, id, 'wholesale.templates.manage', true);
      // The lock above serialises this with creates, which read the template first (the FK is the backstop).
      if (await templateInUse(trx, id)) throw conflict('template_in_use', 'Customers were provisioned with this template: it stays while they exist.', 'id');
      const row = await repo.deleteTemplate(trx, before.id);
      if (row) await recordChange(trx, actor, 'wholesale.template_deleted', row, before);
    });
  }

  return { create, list, get, update, remove };
}

export type TemplatesService = ReturnType<typeof createTemplatesService>;
