import type { Actor, SystemActor } from '../actor.ts';
import { auditRow, type AuditEntry } from '../audit/audit.ts';
import { runPrepared, type Tx } from '../db/db.ts';
import type { Jobs, OutboxRow } from '../jobs/jobs.ts';

/**
 * Records a change: its audit row and its events (and outbox jobs) in ONE statement, a
 * data-modifying CTE, in the caller's transaction. For hot paths: each round trip costs more
 * server CPU than the rows. Same rows, same refusal of undeclared types as writeAudit + emit.
 */
export async function record(trx: Tx, jobs: Jobs, actor: Actor | SystemActor, change: { audit: AuditEntry; events: OutboxRow[] }): Promise<void> {
  const audit = auditRow(actor, change.audit);
  if (change.events.length === 0) {
    await runPrepared(trx, trx.insertInto('audit_events').values(audit));
    return;
  }
  const events = jobs.eventRows(change.events);
  await runPrepared(trx, trx.with('audit', (db) => db.insertInto('audit_events').values(audit)).insertInto('events').values(events));
}
