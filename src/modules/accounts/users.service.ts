import type { AppContext } from '../../platform/context.ts';
import type { Actor, SystemActor } from '../../platform/actor.ts';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import * as repo from './accounts.repo.ts';
import { rolesFor } from './accounts.policy.ts';
import { access } from '../../platform/access/access.ts';
import { inScope } from '../../platform/access/access.ts';
import { presentUser } from './accounts.present.ts';
import type { CreateUserInput, UpdateMeInput, UpdateUserInput } from './accounts.schemas.ts';
import type { CompanyType, Language, Role } from './accounts.tables.ts';
import { refOf, visibleCompany } from './companies.service.ts';
import { hashPassword } from './passwords.ts';

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';
const emailTaken = () => conflict('email_taken', 'A user with this e-mail already exists.', 'email');

export interface NewUser {
  companyId: string;
  companyType: CompanyType;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  language: Language;
  passwordHash: string | null;
  /** Absent = now (demo data gives a past one). */
  createdAt?: Date;
}

/** Inserts a user with its audit row and event; the caller owns the transaction. */
export async function insertUserTx(app: AppContext, trx: Tx, actor: Actor | SystemActor, values: NewUser) {
  if (!rolesFor(values.companyType).includes(values.role)) {
    throw invalid('role_not_allowed', `Role ${values.role} is for operator staff only.`, 'role');
  }
  if (await repo.findUserByEmail(trx, values.email)) throw emailTaken();
  let row;
  try {
    row = await repo.insertUser(trx, { id: uuidv7(values.createdAt?.getTime()), ...values, email: values.email.trim() });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  const user = presentUser(row);
  await writeAudit(trx, actor, { action: 'user.created', companyId: values.companyId, targetType: 'user', targetId: row.id, after: user, at: values.createdAt });
  await app.jobs.emit(trx, { type: 'user.created', companyId: values.companyId, actorUserId: 'system' in actor ? null : actor.userId, payload: { userId: row.id } });
  return user;
}

export function createUsersService(app: AppContext) {
  const { db } = app;

  /** Loads a user whose company the actor may see, or 404. */
  async function visibleUser(executor: Executor, actor: Actor, id: string, forUpdate = false) {
    const user = forUpdate ? await repo.findUserForUpdate(executor, id) : await repo.findUser(executor, id);
    if (!user) throw notFound('user', 'id');
    const company = inScope(actor, await repo.findCompany(executor, user.company_id), refOf, 'user', 'id');
    return { user, company };
  }

  async function list(actor: Actor, companyId: string, query: { limit?: number; cursor?: string }) {
    const company = await visibleCompany(db.kysely, actor, companyId);
    const limit = query.limit ?? 50;
    const rows = await repo.listUsers(db.kysely, company.id, { after: decodeCursor(query.cursor), limit });
    const page = toPage(rows, limit);
    return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
  }

  async function get(actor: Actor, id: string) {
    return presentUser((await visibleUser(db.kysely, actor, id)).user);
  }

  async function create(actor: Actor, companyId: string, input: CreateUserInput) {
    const company = await visibleCompany(db.kysely, actor, companyId);
    access.require(actor, 'users.manage', refOf(company));
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return db.kysely.transaction().execute((trx) =>
      insertUserTx(app, trx, actor, {
        companyId: company.id,
        companyType: company.type,
        email: input.email,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        role: input.role,
        language: input.language ?? 'en',
        passwordHash,
      }),
    );
  }

  /** Refuses to leave a company without a company admin. */
  async function guardLastAdmin(trx: Tx, user: { company_id: string; role: Role }, losesAdmin: boolean) {
    if (user.role === 'company_admin' && losesAdmin && (await repo.countAdmins(trx, user.company_id)) <= 1) {
      throw conflict('last_company_admin', 'A company needs at least one company admin: appoint another one first.', 'role');
    }
  }

  async function update(actor: Actor, id: string, patch: UpdateUserInput) {
    return db.kysely.transaction().execute(async (trx) => {
      const { user, company } = await visibleUser(trx, actor, id, true);
      const self = user.id === actor.userId;
      // Anyone changes their own names and e-mail; roles and other users need users.manage.
      if (!self) access.require(actor, 'users.manage', refOf(company));
      else if (patch.role !== undefined && !access.can(actor, 'users.manage', refOf(company))) {
        throw forbidden('role_change_admin_only', 'Only a company admin changes users and roles.');
      }
      if (patch.role !== undefined && patch.role !== user.role) {
        if (!rolesFor(company.type).includes(patch.role)) throw invalid('role_not_allowed', `Role ${patch.role} is for operator staff only.`, 'role');
        // Serialise role changes within the company so two demotions cannot both pass the check.
        await repo.findCompanyForUpdate(trx, company.id);
        await guardLastAdmin(trx, user, patch.role !== 'company_admin');
      }
      const emailChanged = patch.email !== undefined && patch.email.trim().toLowerCase() !== user.email.toLowerCase();
      if (emailChanged) {
        const holder = await repo.findUserByEmail(trx, patch.email!.trim());
        if (holder && holder.id !== id) throw emailTaken();
      }
      let after;
      try {
        after = await repo.updateUser(trx, id, { ...patch, email: patch.email?.trim(), firstName: patch.firstName?.trim(), lastName: patch.lastName?.trim() });
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
      // The audit row keeps the old and the new address; the event names it (ids only).
      const auditId = await writeAudit(trx, actor, { action: 'user.updated', companyId: company.id, targetType: 'user', targetId: id, before: presentUser(user), after: presentUser(after) });
      if (emailChanged) await app.jobs.emit(trx, { type: 'user.email_changed', companyId: company.id, actorUserId: actor.userId, payload: { userId: id, auditId } });
      await app.jobs.emit(trx, { type: 'user.updated', companyId: company.id, actorUserId: actor.userId, payload: { userId: id, changed: Object.keys(patch) } });
      return presentUser(after);
    });
  }

  async function remove(actor: Actor, id: string): Promise<void> {
    await db.kysely.transaction().execute(async (trx) => {
      const { user, company } = await visibleUser(trx, actor, id, true);
      access.require(actor, 'users.manage', refOf(company));
      await repo.findCompanyForUpdate(trx, company.id);
      await guardLastAdmin(trx, user, true);
      await repo.removeUser(trx, id);
      await writeAudit(trx, actor, { action: 'user.removed', companyId: company.id, targetType: 'user', targetId: id, before: presentUser(user) });
      await app.jobs.emit(trx, { type: 'user.removed', companyId: company.id, actorUserId: actor.userId, payload: { userId: id } });
    });
  }

  const updateMe = (actor: Actor, patch: UpdateMeInput) => update(actor, actor.userId, patch);

  return { list, get, create, update, remove, updateMe };
}

export type UsersService = ReturnType<typeof createUsersService>;
