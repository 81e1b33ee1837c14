import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { access, inScope } from '../../platform/access/access.ts';
import { accountsQueries } from '../accounts/index.ts';
import { brandingOf } from './partners.repo.ts';
import { looksOf } from './partners.look.ts';
import * as repo from './support.repo.ts';
import type { SupportDetailsInput } from './support.schemas.ts';

/**
 * Who supports a company and how to reach them. A managed account is supported by its partner or
 * by the operator (its supportedBy); everyone else by the operator. The contact is the supporter's
 * branding (the operator sets its own like a partner does).
 */
export function createSupportService(app: AppContext) {
  const { db } = app;

  async function entry(actor: Actor) {
    const byPartner = actor.companyType === 'managed' && actor.settings?.managed?.supportedBy === 'partner';
    const supporter = byPartner ? await accountsQueries.company(db.kysely, actor.partnerId!) : await accountsQueries.operator(db.kysely);
    if (!supporter) throw new Error('the operator company is missing');
    const branding = await brandingOf(db.kysely, supporter.id);
    const url = branding?.support_url ?? null;
    return {
      supportedBy: byPartner ? ('partner' as const) : ('operator' as const),
      companyId: supporter.id,
      name: branding?.display_name ?? supporter.name,
      email: branding?.support_email ?? null,
      phone: branding?.support_phone ?? null,
      url,
      chatUrl: access.can(actor, 'support_chat.use') ? url : null,
    };
  }

  const present = (companyId: string, row: repo.SupportDetailsRow | undefined) => ({
    companyId,
    nocEmail: row?.noc_email ?? null,
    nocPhone: row?.noc_phone ?? null,
    escalation: row?.escalation ?? null,
    updatedAt: row?.updated_at.toISOString() ?? null,
  });

  async function company(actor: Actor, id: string) {
    return inScope(actor, await accountsQueries.companyRef(db.kysely, id), (ref) => ref, 'company', 'id');
  }

  async function details(actor: Actor, id: string) {
    const target = await company(actor, id);
    access.require(actor, 'support_details.view', target);
    return present(target.id, await repo.supportDetailsOf(db.kysely, target.id));
  }

  async function saveDetails(actor: Actor, id: string, input: SupportDetailsInput) {
    const target = await company(actor, id);
    access.require(actor, 'support_details.edit', target);
    return db.kysely.transaction().execute(async (trx) => {
      const before = await repo.supportDetailsOf(trx, target.id);
      const row = await repo.saveSupportDetails(trx, target.id, {
        noc_email: input.nocEmail ?? null, noc_phone: input.nocPhone ?? null, escalation: input.escalation?.trim() || null,
      }, actor.userId);
      const after = present(target.id, row);
      await writeAudit(trx, actor, { action: 'support_details.updated', companyId: target.id, targetType: 'company', targetId: target.id, before: before ? present(target.id, before) : null, after });
      return after;
    });
  }

  /** The look of the actor's portal: its partner's branding (managed), else the operator's, else Portico's. */
  async function look(actor: Actor) {
    const found = (await looksOf(db.kysely, [actor.companyId])).get(actor.companyId);
    return found ?? { brandedBy: null, displayName: 'Portico', logoUrl: null, primaryColor: null, supportEmail: null, supportUrl: null, supportPhone: null };
  }

  return { entry, look, details, saveDetails };
}

export type SupportService = ReturnType<typeof createSupportService>;
