import { runPrepared, type Executor } from '../db/db.ts';
import { uuidv7 } from '../ids.ts';
import type { Actor, SystemActor } from '../actor.ts';

export interface AuditEntry {
  action: string;
  /** The company whose tree the change belongs to (who may read it). */
  companyId: string | null;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
  /** When it happened, for history written after the fact (demo data); absent = now. */
  at?: Date;
}

/** Keys never written to the audit log, whatever object is passed. */
const SECRET_KEYS = new Set(['password', 'passwordHash', 'password_hash', 'key', 'keyHash', 'key_hash', 'token', 'secret']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_KEYS.has(k))
        .map(([k, v]) => [k, redact(v)]),
    );
  }
  return value;
}

/** The row of one audit entry, secrets redacted (for writeAudit, and for `record`'s one statement). */
export function auditRow(actor: Actor | SystemActor, entry: AuditEntry) {
  const human = 'system' in actor ? null : actor;
  return {
    id: uuidv7(entry.at?.getTime()),
    ...(entry.at ? { created_at: entry.at } : {}),
    company_id: entry.companyId,
    actor_user_id: human?.userId ?? null,
    actor_company_id: human?.actingFrom ?? human?.companyId ?? null,
    acting_for_company_id: human?.actingFrom ? human.companyId : null,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    before: JSON.stringify(redact(entry.before)),
    after: JSON.stringify(redact(entry.after)),
    request_id: actor.requestId,
  };
}

/** Writes one audit row and returns its id; call it inside the transaction that makes the change. */
export async function writeAudit(trx: Executor, actor: Actor | SystemActor, entry: AuditEntry): Promise<string> {
  const row = auditRow(actor, entry);
  await runPrepared(trx, trx.insertInto('audit_events').values(row));
  return row.id;
}

/** The before / after of one audit row (for a notice that tells what a change replaced). */
export function findAuditChange(db: Executor, id: string) {
  return db.selectFrom('audit_events').select(['before', 'after']).where('id', '=', id).executeTakeFirst();
}
