import type { Executor } from '../../platform/db/db.ts';
import { PENDING_SPEED_CHANGE, speedChangeFrom, speedChangeTo, type SpeedChangeTransition } from './speed-changes.state.ts';

const columns = ['id', 'connection_id', 'from_mbps', 'to_mbps', 'state', 'reason', 'requested_by', 'requested_at', 'decided_by', 'decided_at'] as const;

export type SpeedChangeRow = NonNullable<Awaited<ReturnType<typeof findSpeedChange>>>;

export const findSpeedChange = (db: Executor, id: string) => db.selectFrom('speed_changes').select(columns).where('id', '=', id).executeTakeFirst();

export function insertSpeedChange(
  db: Executor,
  v: { id: string; connectionId: string; fromMbps: number; toMbps: number; requestedBy: string; applied: boolean; requestedAt?: Date; heldForPartner?: boolean },
) {
  const now = v.requestedAt ?? new Date();
  return db
    .insertInto('speed_changes')
    .values({
      id: v.id, connection_id: v.connectionId, from_mbps: v.fromMbps, to_mbps: v.toMbps, requested_by: v.requestedBy, requested_at: now,
      ...(v.heldForPartner ? { state: 'AWAITING_PARTNER' } : v.applied ? { state: 'APPLIED', decided_by: v.requestedBy, decided_at: now } : { state: 'AWAITING_APPROVAL' }),
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

/** Every speed change of a connection, oldest first. */
export function speedChangesOf(db: Executor, connectionId: string) {
  return db.selectFrom('speed_changes').select(columns).where('connection_id', '=', connectionId).orderBy('id').limit(200).execute();
}

/** Decides a pending change only while it is pending: of concurrent decisions exactly one wins. */
export function decideSpeedChange(db: Executor, id: string, t: SpeedChangeTransition, by: string | null, reason: string | null) {
  return db
    .updateTable('speed_changes')
    .set({ state: speedChangeTo(t), decided_by: by, decided_at: new Date(), reason })
    .where('id', '=', id)
    .where('state', 'in', speedChangeFrom(t))
    .returning(columns)
    .executeTakeFirst();
}

/** Ends the pending change of a connection that is going away. */
export function cancelPendingOf(db: Executor, connectionId: string) {
  return db
    .updateTable('speed_changes')
    .set({ state: speedChangeTo('cancel'), decided_at: new Date() })
    .where('connection_id', '=', connectionId)
    .where('state', 'in', PENDING_SPEED_CHANGE)
    .returning(['id', 'state'])
    .execute();
}

/** Pending changes of connections these providers serve. */
export function pendingSpeedChangesFor(db: Executor, providerCompanyIds: string[]) {
  return db
    .selectFrom('speed_changes as s')
    .innerJoin('connections as c', 'c.id', 's.connection_id')
    .select(columns.map((c) => `s.${c}` as const))
    .where('c.provider_company_id', 'in', providerCompanyIds)
    .where('s.state', '=', 'AWAITING_APPROVAL')
    .orderBy('s.id')
    .limit(500)
    .execute();
}
