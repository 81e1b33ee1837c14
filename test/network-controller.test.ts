import { afterAll, describe, expect, it } from 'vitest';
import { startPortico } from '../src/runtime.ts';
import { createSimulatedController, type StepReport } from '../src/modules/network/network.controller.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { createTestDatabase } from './helpers/db.ts';
import { testConfig } from './helpers/portico.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Rows the controller could have written itself: audit, domain events, and its own steps (outbox rows, not yet relayed). */
async function counts(db: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }) {
  const { rows } = await db.query(`SELECT (SELECT count(*) FROM audit_events)::int AS audit, (SELECT count(*) FROM events WHERE type NOT LIKE 'job:%')::int AS events,
    (SELECT count(*) FROM events WHERE type = 'job:network.step')::int AS steps`);
  return rows[0] as { audit: number; events: number; steps: number };
}

describe('the network controller is an adapter', () => {
  it('reports each step to the owner, schedules the next one only when the owner applied it, and writes nothing of its own', async () => {
    const database = await createTestDatabase();
    // The API role runs no workers and no relay: the steps this test queues stay in the outbox for it to count.
    const portico = await startPortico(testConfig({ databaseUrl: database.url, networkSimDelayMs: 0 }), { role: 'api' });
    cleanups.push(async () => {
      await portico.close();
      await database.drop();
    });
    const controller = createSimulatedController(portico.ctx);
    const reports: StepReport[] = [];
    let applies = true;
    controller.reportTo('port', {
      applyStep: async (_trx, report) => {
        reports.push(report);
        return applies;
      },
      inProgress: async () => [{ id: 'p-deployable', state: 'DEPLOYABLE' }, { id: 'p-live', state: 'LIVE' }],
    });
    const run = (report: StepReport) => controller.jobs[0]!.handler(report as never, { jobId: uuidv7(), retryCount: 0, retryLimit: 5, lastAttempt: false });
    const before = await counts(portico.ctx.db);

    const id = uuidv7();
    await run({ resource: 'port', id, step: 'configure' });
    expect(reports).toEqual([{ resource: 'port', id, step: 'configure' }]);
    expect(await counts(portico.ctx.db)).toEqual({ ...before, steps: before.steps + 1 }); // the go_live step, nothing else

    await run({ resource: 'port', id, step: 'go_live' });
    expect(await counts(portico.ctx.db)).toEqual({ ...before, steps: before.steps + 1 }); // live: no further step

    applies = false; // cancelled meanwhile: the owner refuses, and the network does not go on
    await run({ resource: 'port', id, step: 'configure' });
    expect(reports).toHaveLength(3);
    expect(await counts(portico.ctx.db)).toEqual({ ...before, steps: before.steps + 1 });

    // Resuming schedules the next step of what is still being built, and only that.
    expect(await controller.resume()).toBe(1);
    expect(await counts(portico.ctx.db)).toEqual({ ...before, steps: before.steps + 2 });
    await expect(run({ resource: 'connection', id, step: 'configure' })).rejects.toThrow(/No module owns network resource "connection"/);
  }, 60_000);
});
