import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { JobSpec } from '../../platform/jobs/jobs.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import * as repo from './ports.repo.ts';

/**
 * The network controller adapter: services ask it to build a port; it reports progress by moving
 * the port through CONFIGURED to LIVE. The default simulates the network: each step is a job that
 * runs NETWORK_SIM_DELAY_MS after the previous one. A real controller replaces this file's logic.
 */
export interface NetworkController {
  provisionPort(trx: Executor, portId: string): Promise<void>;
  jobs: JobSpec[];
}

export const PORT_STEP_JOB = 'network.port_step';

export function createSimulatedController(app: AppContext): NetworkController {
  const delayMs = app.config.networkSimDelayMs;
  const later = () => (delayMs > 0 ? { startAfter: new Date(Date.now() + delayMs) } : {});

  async function step({ portId, transition }: { portId: string; transition: 'configure' | 'go_live' }) {
    await app.db.kysely.transaction().execute(async (trx) => {
      const port = await repo.transitionPort(trx, portId, transition, null);
      if (!port) return; // cancelled meanwhile, or a repeated job: nothing to do
      const system = { system: true as const, requestId: `network:${portId}` };
      await writeAudit(trx, system, { action: `port.${transition}`, companyId: port.company_id, targetType: 'port', targetId: portId, after: { status: port.provisioning_status } });
      if (transition === 'configure') await app.jobs.send(trx, PORT_STEP_JOB, { portId, transition: 'go_live' }, later());
      else await app.jobs.emit(trx, { type: 'port.live', companyId: port.company_id, actorUserId: null, payload: { portId } });
    });
  }

  return {
    async provisionPort(trx, portId) {
      await app.jobs.send(trx, PORT_STEP_JOB, { portId, transition: 'configure' }, later());
    },
    jobs: [{ name: PORT_STEP_JOB, handler: step, retryLimit: 5, retryDelaySeconds: 1 }],
  };
}
