import type { AppContext } from '../../platform/context.ts';
import type { Actor, SystemActor } from '../../platform/actor.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import * as repo from './accounts.repo.ts';
import { insertCompanyTx, type NewCompany } from './companies.service.ts';
import { insertUserTx, type NewUser } from './users.service.ts';

/**
 * Commands for the demo data (src/demo): companies and users made as the services make them (audit row
 * and event), by the system, in the caller's transaction. Each finds what exists instead of adding it twice.
 */
const SEED: SystemActor = { system: true, requestId: 'demo' };

/** Whether the database has any user yet (demo data goes only into an empty one). */
export const hasAnyUser = async (db: Executor): Promise<boolean> => (await repo.countUsers(db)) > 0;

/** The company: the operator (there is one), or the company of the user with `userEmail`; created when there is none. */
export async function seedCompany(app: AppContext, trx: Tx, values: NewCompany, knownBy: { userEmail: string }): Promise<{ id: string; created: boolean }> {
  if (values.type === 'operator') {
    const operator = await repo.findOperator(trx);
    if (operator) return { id: operator.id, created: false };
  } else {
    const user = await repo.findUserByEmail(trx, knownBy.userEmail);
    if (user) return { id: user.company_id, created: false };
  }
  return { id: (await insertCompanyTx(app, trx, SEED, values)).id, created: true };
}

/**
 * The user with this e-mail, or a new one with this password hash; returned as the actor it is when
 * it signs in, for the seed commands that follow (who ordered, who decided).
 */
export async function seedUser(app: AppContext, trx: Tx, values: NewUser): Promise<{ actor: Actor; created: boolean }> {
  const found = await repo.findUserByEmail(trx, values.email);
  const asActor = (user: { id: string; email: string; companyId: string; companyType: NewUser['companyType']; partnerId: string | null; role: NewUser['role'] }): Actor => ({
    userId: user.id, email: user.email, companyId: user.companyId, companyType: user.companyType, partnerId: user.partnerId, role: user.role, via: 'session', requestId: SEED.requestId,
  });
  if (found) {
    return { actor: asActor({ id: found.id, email: found.email, companyId: found.company_id, companyType: found.company_type, partnerId: found.partner_id, role: found.role }), created: false };
  }
  const partnerId = values.companyType === 'managed' ? ((await repo.findCompany(trx, values.companyId))?.partner_id ?? null) : null;
  const user = await insertUserTx(app, trx, SEED, values);
  return { actor: asActor({ id: user.id, email: values.email, companyId: values.companyId, companyType: values.companyType, partnerId, role: values.role }), created: true };
}
