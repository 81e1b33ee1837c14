import type { AppContext } from '../../platform/context.ts';
import type { Actor, SystemActor } from '../../platform/actor.ts';
import { AppError, forbidden, invalid } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import * as repo from './accounts.repo.ts';
import { creatableCompanyTypes } from './accounts.policy.ts';
import { access, inScope, treeScope, type CompanyRef } from '../../platform/access/access.ts';
import { accountsQueries } from './accounts.queries.ts';
import { presentAuditEvent, presentCompany, type CompanyRowLike } from './accounts.present.ts';
import type { CreateCompanyInput, UpdateCompanyInput } from './accounts.schemas.ts';
import type { BillingAddress, CompanyType } from './accounts.tables.ts';

export const refOf = (row: CompanyRowLike): CompanyRef => ({ id: row.id, type: row.type, partnerId: row.partner_id });

/** Loads a company the actor may see, or answers 404 (outside the tree looks like nothing). */
export async function visibleCompany(db: Executor, actor: Actor, id: string, forUpdate = false) {
  const row = forUpdate ? await repo.findCompanyForUpdate(db, id) : await repo.findCompany(db, id);
  return inScope(actor, row, refOf, 'company', 'id');
}

export interface NewCompany {
  type: CompanyType;
  name: string;
  partnerId: string | null;
  accountRef: string | null;
  billingAddress: BillingAddress | null;
  /** Absent = now (demo data gives a past one). */
  createdAt?: Date;
}

/** Inserts a company with its audit row and event; the caller owns the transaction. */
export async function insertCompanyTx(app: AppContext, trx: Tx, actor: Actor | SystemActor, values: NewCompany) {
  const row = await repo.insertCompany(trx, { id: uuidv7(values.createdAt?.getTime()), ...values });
  const company = presentCompany(row);
  await writeAudit(trx, actor, { action: 'company.created', companyId: row.id, targetType: 'company', targetId: row.id, after: company, at: values.createdAt });
  await app.jobs.emit(trx, { type: 'company.created', companyId: row.id, actorUserId: 'system' in actor ? null : actor.userId, payload: { companyId: row.id } });
  return company;
}

/**
 * Sets a company's billing address in the caller's transaction, audited, with the event compliance
 * re-screens on (for modules that own a company's address, such as wholesale's customers).
 */
export async function changeBillingAddressTx(app: AppContext, trx: Tx, actor: Actor | SystemActor, id: string, billingAddress: BillingAddress) {
  const before = await repo.findCompanyForUpdate(trx, id);
  if (!before || JSON.stringify(before.billing_address) === JSON.stringify(billingAddress)) return false;
  const after = await repo.updateCompany(trx, id, { billingAddress });
  await writeAudit(trx, actor, { action: 'company.updated', companyId: id, targetType: 'company', targetId: id, before: presentCompany(before), after: presentCompany(after) });
  const actorUserId = 'system' in actor ? null : actor.userId;
  await app.jobs.emit(trx,
    { type: 'company.updated', companyId: id, actorUserId, payload: { companyId: id, changed: ['billingAddress'] } },
    { type: 'company.billing_address_changed', companyId: id, actorUserId, payload: { companyId: id } });
  return true;
}

export function createCompaniesService(app: AppContext) {
  const { db } = app;

  async function list(actor: Actor, query: { limit?: number; cursor?: string; type?: CompanyType; q?: string }) {
    access.require(actor, 'company_profile.view');
    const limit = query.limit ?? 50;
    const rows = await repo.listCompanies(db.kysely, treeScope(actor), { after: decodeCursor(query.cursor), limit, type: query.type, q: query.q });
    const page = toPage(rows, limit);
    return { items: page.items.map(presentCompany), nextCursor: page.nextCursor };
  }

  async function get(actor: Actor, id: string) {
    const company = await visibleCompany(db.kysely, actor, id);
    access.require(actor, 'company_profile.view', refOf(company));
    return presentCompany(company);
  }

  async function create(actor: Actor, input: CreateCompanyInput) {
    const allowed = creatableCompanyTypes(actor);
    if (!allowed.includes(input.type)) {
      throw forbidden('company_type_not_allowed', allowed.length ? `You may create only ${allowed.join(', ')} companies.` : 'Only company admins of the operator or a partner create companies.');
    }
    let partnerId: string | null = null;
    if (input.type === 'managed') {
      partnerId = input.partnerId ?? (actor.companyType === 'partner' ? actor.companyId : null);
      if (!partnerId) throw invalid('partner_required', 'A managed account needs partnerId: the partner that manages it.', 'partnerId');
      const partner = inScope(actor, await repo.findCompany(db.kysely, partnerId), refOf, 'partner', 'partnerId');
      // One level only: a managed account never manages others (422: well-formed, but not possible).
      if (partner.type === 'managed') throw new AppError('invalid', 'managed_cannot_manage', 'A managed account cannot have managed accounts of its own: name its partner.', 'partnerId', undefined, 422);
      if (partner.type !== 'partner') throw invalid('not_a_partner', 'partnerId must name a partner company.', 'partnerId');
    } else if (input.partnerId !== undefined) {
      throw invalid('partner_not_allowed', 'Only managed accounts have a partner.', 'partnerId');
    }
    return db.kysely.transaction().execute((trx) =>
      insertCompanyTx(app, trx, actor, {
        type: input.type,
        name: input.name.trim(),
        partnerId,
        accountRef: input.accountRef ?? null,
        billingAddress: input.billingAddress ?? null,
      }),
    );
  }

  async function update(actor: Actor, id: string, patch: UpdateCompanyInput) {
    return db.kysely.transaction().execute(async (trx) => {
      const before = await visibleCompany(trx, actor, id, true);
      access.require(actor, 'company_profile.edit', refOf(before));
      const after = await repo.updateCompany(trx, id, { ...patch, name: patch.name?.trim() });
      const presentedBefore = presentCompany(before);
      const presentedAfter = presentCompany(after);
      await writeAudit(trx, actor, { action: 'company.updated', companyId: after.id, targetType: 'company', targetId: id, before: presentedBefore, after: presentedAfter });
      const changed = (Object.keys(patch) as (keyof UpdateCompanyInput)[]).filter(
        (k) => JSON.stringify(presentedBefore[k]) !== JSON.stringify(presentedAfter[k]),
      );
      if (changed.length > 0) {
        await app.jobs.emit(trx, { type: 'company.updated', companyId: id, actorUserId: actor.userId, payload: { companyId: id, changed } });
      }
      if (changed.includes('billingAddress')) {
        await app.jobs.emit(trx, { type: 'company.billing_address_changed', companyId: id, actorUserId: actor.userId, payload: { companyId: id } });
      }
      return presentedAfter;
    });
  }

  async function listAuditEvents(actor: Actor, query: { limit?: number; cursor?: string; companyId?: string }) {
    const limit = query.limit ?? 50;
    let companyIds: string[] | null;
    if (query.companyId) {
      const company = await visibleCompany(db.kysely, actor, query.companyId);
      access.require(actor, 'audit.view', refOf(company));
      companyIds = [company.id];
    } else {
      access.require(actor, 'audit.view');
      companyIds = await accountsQueries.treeIds(db.kysely, actor);
    }
    const rows = await repo.listAuditEvents(db.kysely, companyIds, { after: decodeCursor(query.cursor), limit });
    const page = toPage(rows, limit);
    return { items: page.items.map(presentAuditEvent), nextCursor: page.nextCursor };
  }

  return { list, get, create, update, listAuditEvents };
}

export type CompaniesService = ReturnType<typeof createCompaniesService>;
