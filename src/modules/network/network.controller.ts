import type { AppContext } from '../../platform/context.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import type { JobSpec, OutboxJob } from '../../platform/jobs/jobs.ts';
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
/** The owning module's things still being provisioned (DEPLOYABLE or CONFIGURED), for resuming. */
export type InProgress = (db: Executor) => Promise<{ id: string; state: string }[]>;

/** The step that takes a thing on from its state, or null when it is not being provisioned. */
export const nextStep = (state: string): Step | null => (state === 'DEPLOYABLE' ? 'configure' : state === 'CONFIGURED' ? 'go_live' : null);

export interface NetworkController {
  provision(trx: Tx, resource: Resource, id: string): Promise<void>;
  /** The same as an outbox row, for a caller that emits it together with its own events. */
  provisioning(resource: Resource, id: string): OutboxJob;
  /** The outbox row of the next step of a thing in this state (demo data that is still being provisioned). */
  stepFrom(resource: Resource, id: string, state: string): OutboxJob | null;
  onStep(resource: Resource, applier: StepApplier, inProgress: InProgress): void;
  /**
   * On worker start: schedules the next step of everything still being provisioned, so a stop or a
   * crash between two steps (a lost or stranded step job) does not leave it there. A repeated step
   * is harmless: the appliers move only from the expected state. Returns how many were resumed.
   */
  resume(): Promise<number>;
  jobs: JobSpec[];
}

export const NETWORK_STEP_JOB = 'network.step';

/** When the simulated network's next step is due: NETWORK_SIM_DELAY_MS from now. */
const later = (app: AppContext) => (app.config.networkSimDelayMs > 0 ? { startAfter: new Date(Date.now() + app.config.networkSimDelayMs) } : {});

/** The simulated network's job (an outbox row) for one step of a thing. */
export const simulatedStep = (app: AppContext, resource: Resource, id: string, step: Step): OutboxJob =>
  app.jobs.outboxJob(NETWORK_STEP_JOB, { resource, id, step }, later(app));

export function createSimulatedController(app: AppContext): NetworkController {
  const appliers = new Map<Resource, { apply: StepApplier; inProgress: InProgress }>();
  appliers.set('port', {
    apply: async (trx, id, step) => {
      const port = await repo.transitionPort(trx, id, step, null);
      return port ? { companyId: port.company_id } : null;
    },
    inProgress: repo.portsInProvisioning,
  });

  async function step({ resource, id, step }: { resource: Resource; id: string; step: Step }) {
    const apply = appliers.get(resource)?.apply;
    if (!apply) throw new Error(`No step applier for ${resource}`);
    await app.db.kysely.transaction().execute(async (trx) => {
      const applied = await apply(trx, id, step);
      if (!applied) return; // cancelled meanwhile, or a repeated job: nothing to do
      const system = { system: true as const, requestId: `network:${id}` };
      await writeAudit(trx, system, { action: `${resource}.${step}`, companyId: applied.companyId, targetType: resource, targetId: id });
      if (step === 'configure') await app.jobs.send(trx, NETWORK_STEP_JOB, { resource, id, step: 'go_live' }, later(app));
      else await app.jobs.emit(trx, resource === 'port'
        ? { type: 'port.live', companyId: applied.companyId, actorUserId: null, payload: { portId: id } }
        : { type: 'connection.live', companyId: applied.companyId, actorUserId: null, payload: { connectionId: id } });
    });
  }

  const stepJob = (resource: Resource, id: string, step: Step) => simulatedStep(app, resource, id, step);
  const stepFrom = (resource: Resource, id: string, state: string) => {
    const next = nextStep(state);
    return next ? stepJob(resource, id, next) : null;
  };

  async function resume() {
    const steps: OutboxJob[] = [];
    for (const [resource, { inProgress }] of appliers) {
      for (const row of await inProgress(app.db.kysely)) steps.push(stepFrom(resource, row.id, row.state)!);
    }
    if (steps.length > 0) await app.db.kysely.transaction().execute((trx) => app.jobs.emit(trx, ...steps));
    return steps.length;
  }

  return {
    provisioning: (resource, id) => stepJob(resource, id, 'configure'),
    stepFrom,
    async provision(trx, resource, id) {
      await app.jobs.emit(trx, stepJob(resource, id, 'configure'));
    },
    onStep: (resource, apply, inProgress) => void appliers.set(resource, { apply, inProgress }),
    resume,
    // Steps are short: run many at once so provisioning does not queue behind itself.
    jobs: [{ name: NETWORK_STEP_JOB, handler: step, retryLimit: 5, retryDelaySeconds: 1, batchSize: 20 }],
  };
}
