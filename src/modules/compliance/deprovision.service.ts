import type { AppContext } from '../../platform/context.ts';
import type { SystemActor } from '../../platform/actor.ts';
import type { Tx } from '../../platform/db/db.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { record } from '../../platform/events/record.ts';
import { companyCompliance } from '../accounts/index.ts';
import * as repo from './checks.repo.ts';
import { deprovisionDue } from './checks.policy.ts';

/** What deprovisioning needs of the modules that own a customer's services (their public commands). */
export interface ServiceEnders {
  connections: { endAllOf(trx: Tx, by: SystemActor, companyId: string): Promise<{ ended: number; remaining: number }> };
  ports: { endAllOf(trx: Tx, by: SystemActor, companyId: string): Promise<{ ended: number; remaining: number }> };
}

const SYSTEM: SystemActor = { system: true, requestId: 'compliance-deprovision' };
/** How often a worker runs the job (it is cheap: a query when nothing is due). */
const DEPROVISION_CHECK_MS = 15 * 60 * 1000;
/** Services still being built at deprovisioning are ended by later runs for this long. */
const LEFTOVER_DAYS = 7;

/**
 * The deprovisioning job (PRODUCT.md §6): a customer non-compliant for 30 days (a review open or
 * rejected since then), or whose partner three contact attempts in a row did not reach, is
 * deprovisioned — its connections and ports ended by their modules, its users removed by
 * accounts — in one transaction per customer, audited and notified. `now` is the job's clock
 * (tests pass their own). Idempotent: the review is marked once, so a second run, or two workers
 * at the same time, deprovision nobody twice.
 */
export function createDeprovisionService(app: AppContext, enders: ServiceEnders) {
  const { db } = app;

  async function run(now = new Date()): Promise<{ deprovisioned: string[] }> {
    const deprovisioned: string[] = [];
    for (const candidate of await repo.deprovisionCandidates(db.kysely)) {
      const reason = deprovisionDue({ status: candidate.status, openedAt: candidate.opened_at, failedContacts: Number(candidate.failed_contacts ?? 0), deprovisioned: false }, now);
      if (!reason) continue;
      const done = await db.kysely.transaction().execute(async (trx) => {
        if (!(await repo.markReviewDeprovisioned(trx, candidate.id, reason, now))) return false;
        const connections = await enders.connections.endAllOf(trx, SYSTEM, candidate.company_id);
        const ports = await enders.ports.endAllOf(trx, SYSTEM, candidate.company_id);
        const usersRemoved = (await companyCompliance.deprovision(app, trx, SYSTEM, candidate.company_id, reason, now))?.usersRemoved ?? 0;
        await repo.insertHistory(trx, { id: uuidv7(), companyId: candidate.company_id, status: 'deprovisioned', reason, reviewId: candidate.id, at: now });
        await record(trx, app.jobs, SYSTEM, {
          audit: {
            action: 'screening_review.deprovisioned', companyId: candidate.company_id, targetType: 'screening_review', targetId: candidate.id,
            after: { reason, connectionsEnded: connections.ended, portsEnded: ports.ended, stillBeingBuilt: connections.remaining + ports.remaining }, at: now,
          },
          events: [{
            type: 'compliance.customer_deprovisioned', companyId: candidate.company_id, actorUserId: null,
            payload: { reviewId: candidate.id, companyId: candidate.company_id, customerId: candidate.company_id, reason, usersRemoved },
          }],
        });
        return true;
      });
      if (done) deprovisioned.push(candidate.company_id);
    }
    await endLeftovers(now);
    return { deprovisioned };
  }

  /** Services the network was still building when their customer was deprovisioned: ended once they can be. */
  async function endLeftovers(now: Date) {
    const since = new Date(now.getTime() - LEFTOVER_DAYS * 86_400_000);
    for (const companyId of await repo.recentlyDeprovisioned(db.kysely, since)) {
      await db.kysely.transaction().execute(async (trx) => {
        await enders.connections.endAllOf(trx, SYSTEM, companyId);
        await enders.ports.endAllOf(trx, SYSTEM, companyId);
      });
    }
  }

  /** A worker runs the job at start and then every 15 minutes. */
  function startTimer(): { stop(): void } {
    const tick = () => run().catch((error: unknown) => app.log.error({ err: error }, 'the deprovisioning job failed'));
    void tick();
    const timer = setInterval(tick, DEPROVISION_CHECK_MS);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }

  return { run, startTimer };
}

export type DeprovisionService = ReturnType<typeof createDeprovisionService>;
