import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface AuditEventsTable {
  id: string;
  company_id: string | null;
  actor_user_id: string | null;
  actor_company_id: string | null;
  /** The managed account a partner user acted for (actor_company_id is then the partner). */
  acting_for_company_id: ColumnType<string | null, string | null | undefined, never>;
  action: string;
  target_type: string;
  target_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  created_at: CreatedAt;
}

export interface IdempotencyKeysTable {
  owner: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  status_code: number | null;
  response: unknown;
  created_at: ColumnType<Date, Date | undefined, Date>;
}

export interface EventsTable {
  id: string;
  type: string;
  company_id: string | null;
  actor_user_id: string | null;
  payload: Record<string, unknown>;
  created_at: CreatedAt;
  relayed_at: Date | null;
}

export interface HandledEventsTable {
  handler: string;
  event_id: string;
  handled_at: Generated<Date>;
}

export interface PlatformTables {
  audit_events: AuditEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  events: EventsTable;
  handled_events: HandledEventsTable;
}
