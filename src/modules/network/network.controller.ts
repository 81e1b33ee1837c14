import type { AppContext } from '../../platform/context.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import type { JobSpec, OutboxJob } from '../../platform/jobs/jobs.ts';

/**
 * The network controller adapter. It takes commands (build this port, this connection) and reports
 * each step the network has done to the thing's owner; it changes no state of its own, writes no
 * audit and emits no events: the owning module's service applies a reported step (its transition,
 * audit row and events) in the transaction the controller hands it, so the next step is scheduled
 * atomically with it.
 *
 * The default simulates the network: each step is a job that runs NETWORK_SIM_DELAY_MS after the
 * previous one. A real controller replaces the scheduling here and reports the same steps when the
 * network tells it of progress.
 */
export type Step = 'configure' | 'go_live';
export type Resource = 'port' | 'connection';

/** A command to the network. */
export interface BuildCommand {
  resource: Resource;
  id: string;
}

/** What the network reports: one step of a thing done. */
export interface StepReport extends BuildCommand {
  step: Step;
}

/** The module that owns a kind of thing: applies reported steps and says what is still being built. */
export interface StepOwner {
  /** Applies the step (transition, audit, events); false when it no longer applies (cancelled meanwhile, or a repeated report). */
  applyStep(trx: Tx, report: StepReport): Promise<boolean>;
  /** Things still being provisioned (DEPLOYABLE or CONFIGURED), for resuming after a stop. */
  inProgress(db: Executor): Promise<{ id: string; state: string }[]>;
}

/** Who applies a reported step, in the audit log: the network, for the thing it built. */
export const networkActor = (thing: { id: string }) => ({ system: true as const, requestId: `network:${thing.id}` });

/** The step that takes a thing on from its state, or null when it is not being provisioned. */
export const nextStep = (state: string): Step | null => (state === 'DEPLOYABLE' ? 'configure' : state === 'CONFIGURED' ? 'go_live' : null);

export interface NetworkController {
  /** Sends a command, committed with the caller's transaction. */
  send(trx: Tx, command: BuildCommand): Promise<void>;
  /** The same command as an outbox row, for a caller that emits it together with its own events. */
  commandRow(command: BuildCommand): OutboxJob;
  /** Where the reports about one kind of thing go; its owning module registers once. */
  reportTo(resource: Resource, owner: StepOwner): void;
  /**
   * On worker start: schedules the next step of everything still being provisioned, so a stop or a
   * crash between two steps (a lost or stranded step job) does not leave it there. A repeated step
   * is harmless: owners move only from the expected state. Returns how many were resumed.
   */
  resume(): Promise<number>;
  jobs: JobSpec[];
}

export const NETWORK_STEP_JOB = 'network.step';

/** When the simulated network's next step is due: NETWORK_SIM_DELAY_MS from now. */
const later = (app: AppContext) => (app.config.networkSimDelayMs > 0 ? { startAfter: new Date(Date.now() + app.config.networkSimDelayMs) } : {});

/** The simulated network's job (an outbox row) that will report one step of a thing. */
export const simulatedStep = (app: AppContext, report: StepReport): OutboxJob => app.jobs.outboxJob(NETWORK_STEP_JOB, report, later(app));

export function createSimulatedController(app: AppContext): NetworkController {
  const owners = new Map<Resource, StepOwner>();
  const ownerOf = (resource: Resource) => {
    const owner = owners.get(resource);
    if (!owner) throw new Error(`No module owns network resource "${resource}"`);
    return owner;
  };

  /** The simulated network finished a step: report it, and (configured) start the next one. */
  async function report(done: StepReport) {
    await app.db.kysely.transaction().execute(async (trx) => {
      if (!(await ownerOf(done.resource).applyStep(trx, done))) return;
      if (done.step === 'configure') await app.jobs.emit(trx, simulatedStep(app, { ...done, step: 'go_live' }));
    });
  }

  async function resume() {
    const steps: OutboxJob[] = [];
    for (const [resource, owner] of owners) {
      for (const row of await owner.inProgress(app.db.kysely)) {
        const step = nextStep(row.state);
        if (step) steps.push(simulatedStep(app, { resource, id: row.id, step }));
      }
    }
    if (steps.length > 0) await app.db.kysely.transaction().execute((trx) => app.jobs.emit(trx, ...steps));
    return steps.length;
  }

  const commandRow = (command: BuildCommand) => simulatedStep(app, { ...command, step: 'configure' });
  return {
    commandRow,
    send: (trx, command) => app.jobs.emit(trx, commandRow(command)),
    reportTo: (resource, owner) => void owners.set(resource, owner),
    resume,
    // Steps are short: run many at once so provisioning does not queue behind itself.
    jobs: [{ name: NETWORK_STEP_JOB, handler: report, retryLimit: 5, retryDelaySeconds: 1, batchSize: 20 }],
  };
}
