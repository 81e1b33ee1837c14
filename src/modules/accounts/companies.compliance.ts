import type { AppContext } from '../../platform/context.ts';
import type { SystemActor } from '../../platform/actor.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import * as repo from './accounts.repo.ts';
import type { ComplianceStatus } from './accounts.tables.ts';

/**
 * What compliance asks of accounts (through accounts' face): record a company's screening status,
 * and deprovision a company — all its users removed (their sessions and API keys revoked), the
 * company marked, audited, one event. The company's services are ended by their own modules.
 */
export const companyCompliance = {
  recordStatus: (db: Executor, companyId: string, status: ComplianceStatus, checkedAt: Date | null) => repo.setComplianceStatus(db, companyId, status, checkedAt),

  /** Companies that are screened (every one but the operator) and still provisioned, a page at a time. */
  screenedIds: repo.screenedCompanyIds,
  screenedCount: repo.screenedCompanyCount,

  /** How many users it removed; null when it was deprovisioned already (a second run changes nothing). */
  async deprovision(app: AppContext, trx: Tx, by: SystemActor, companyId: string, reason: string, at = new Date()): Promise<{ usersRemoved: number } | null> {
    const company = await repo.findCompanyForUpdate(trx, companyId);
    if (!company || company.deprovisioned_at || company.type === 'operator') return null;
    const users = await repo.listActiveUsersOf(trx, [companyId]);
    for (const user of users) {
      await repo.removeUser(trx, user.id);
      await writeAudit(trx, by, { action: 'user.removed', companyId, targetType: 'user', targetId: user.id, before: { email: user.email, role: user.role }, after: { reason } });
    }
    await repo.markDeprovisioned(trx, companyId, at);
    await writeAudit(trx, by, { action: 'company.deprovisioned', companyId, targetType: 'company', targetId: companyId, after: { reason, usersRemoved: users.length }, at });
    await app.jobs.emit(trx, { type: 'company.deprovisioned', companyId, actorUserId: null, payload: { companyId, reason, usersRemoved: users.length } });
    return { usersRemoved: users.length };
  },
};
