import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import type { DomainEvent, JobSpec } from '../../platform/jobs/jobs.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import * as repo from './ports.repo.ts';

/**
 * The network controller adapter: services ask it to build a port or a connection; it reports
 * progress by moving the thing through CONFIGURED to LIVE. The default simulates the network: each
 * step is a job that runs NETWORK_SIM_DELAY_MS after the previous one. A real controller replaces
 * the scheduling here and calls the same step appliers when the network reports progress.
 */
export type Step = 'configure' | 'go_live';
export type Resource = 'port' | 'connection';

/** Applies a step in the owning module; null when the step no longer applies (cancelled meanwhile). */
export type StepApplier = (trx: Tx, id: string, step: Step) => Promise<{ companyId: string } | null>;

export interface NetworkController {
  provision(trx: Tx, resource: Resource, id: string): Promise<void>;
  /** The same as an outbox row, for a caller that emits it together with its own events. */
  provisioning(resource: Resource, id: string): DomainEvent;
  onStep(resource: Resource, applier: StepApplier): void;
  jobs: JobSpec[];
}

export const NETWORK_STEP_JOB = 'network.step';

export function createSimulatedController(app: AppContext): NetworkController {
  const delayMs = app.config.networkSimDelayMs;
  const later = () => (delayMs > 0 ? { startAfter: new Date(Date.now() + delayMs) } : {});
  const appliers = new Map<Resource, StepApplier>();
  appliers.set('port', async (trx, id, step) => {
    const port = await repo.transitionPort(trx, id, step, null);
    return port ? { companyId: port.company_id } : null;
  });

  async function step({ resource, id, step }: { resource: Resource; id: string; step: Step }) {
    const apply = appliers.get(resource);
    if (!apply) throw new Error(`No step applier for ${resource}`);
    await app.db.kysely.transaction().execute(async (trx) => {
      const applied = await apply(trx, id, step);
      if (!applied) return; // cancelled meanwhile, or a repeated job: nothing to do
      const system = { system: true as const, requestId: `network:${id}` };
      await writeAudit(trx, system, { action: `${resource}.${step}`, companyId: applied.companyId, targetType: resource, targetId: id });
      if (step === 'configure') await app.jobs.send(trx, NETWORK_STEP_JOB, { resource, id, step: 'go_live' }, later());
      else await app.jobs.emit(trx, { type: `${resource}.live`, companyId: applied.companyId, actorUserId: null, payload: { [`${resource}Id`]: id } });
    });
  }

  const provisioning = (resource: Resource, id: string) => app.jobs.outboxJob(NETWORK_STEP_JOB, { resource, id, step: 'configure' }, later());

  return {
    provisioning,
    async provision(trx, resource, id) {
      await app.jobs.emit(trx, provisioning(resource, id));
    },
    onStep: (resource, applier) => void appliers.set(resource, applier),
    // Steps are short: run many at once so provisioning does not queue behind itself.
    jobs: [{ name: NETWORK_STEP_JOB, handler: step, retryLimit: 5, retryDelaySeconds: 1, batchSize: 20 }],
  };
}
