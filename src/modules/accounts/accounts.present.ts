import type { ApiKey, AuditEvent, Company, User } from './accounts.schemas.ts';
import type { BillingAddress, CompanyType, ComplianceStatus, Language, Role } from './accounts.tables.ts';
import { mayProvide, rolesFor } from './accounts.policy.ts';

/** Rows to API shapes (camelCase, ISO timestamps). */

export interface CompanyRowLike {
  id: string;
  type: CompanyType;
  name: string;
  partner_id: string | null;
  partner_name: string | null;
  account_ref: string | null;
  billing_address: BillingAddress | null;
  created_at: Date;
  updated_at: Date;
  /** Absent where the row was not read with them (the signed-in principal: GET /v1/me). */
  compliance_status?: ComplianceStatus | null;
  compliance_checked_at?: Date | null;
  deprovisioned_at?: Date | null;
}

export const presentCompany = (row: CompanyRowLike): Company => ({
  id: row.id,
  name: row.name,
  type: row.type,
  partnerId: row.partner_id,
  partnerName: row.partner_name,
  accountRef: row.account_ref,
  billingAddress: row.billing_address,
  mayProvide: mayProvide(row.type),
  userRoles: [...rolesFor(row.type)],
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  ...(row.compliance_status === undefined ? {} : {
    compliance: row.compliance_status === null ? null : { status: row.compliance_status, checkedAt: row.compliance_checked_at ? row.compliance_checked_at.toISOString() : null },
    deprovisionedAt: row.deprovisioned_at ? row.deprovisioned_at.toISOString() : null,
  }),
});

export interface UserRowLike {
  id: string;
  company_id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: Role;
  language: Language;
  created_at: Date;
}

export const presentUser = (row: UserRowLike): User => ({
  id: row.id,
  companyId: row.company_id,
  email: row.email,
  firstName: row.first_name,
  lastName: row.last_name,
  role: row.role,
  language: row.language,
  createdAt: row.created_at.toISOString(),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentApiKey = (row: { id: string; name: string; prefix: string; role: Role; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  role: row.role,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: iso(row.last_used_at),
  revokedAt: iso(row.revoked_at),
});

export const presentAuditEvent = (row: {
  id: string; created_at: Date; actor_user_id: string | null; actor_email: string | null; company_id: string | null; action: string;
  target_type: string; target_id: string | null; before: unknown; after: unknown; request_id: string | null; acting_for_company_id: string | null;
}): AuditEvent => ({
  actingForCompanyId: row.acting_for_company_id,
  id: row.id,
  createdAt: row.created_at.toISOString(),
  actorUserId: row.actor_user_id,
  actorEmail: row.actor_email,
  companyId: row.company_id,
  action: row.action,
  targetType: row.target_type,
  targetId: row.target_id,
  before: row.before,
  after: row.after,
  requestId: row.request_id,
});
