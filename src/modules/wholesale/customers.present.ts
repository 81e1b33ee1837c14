import type { CustomerRow } from './customers.repo.ts';
import { apiStatus } from './customers.policy.ts';
import type { WholesalePackageLinesTable } from './wholesale.tables.ts';

type LineRow = { [K in keyof WholesalePackageLinesTable]: WholesalePackageLinesTable[K] extends { __select__: infer S } ? S : WholesalePackageLinesTable[K] };

export const customerUrl = (id: string) => `/v1/wholesale/customers/${id}`;

/** A customer as the API shows it, with its package lines. */
export function presentCustomer(row: CustomerRow, lines: Pick<LineRow, 'name' | 'quantity' | 'assigned' | 'status' | 'error'>[]) {
  return {
    id: row.id, url: customerUrl(row.id), partnerId: row.partner_id, companyId: row.company_id, templateId: row.template_id, externalId: row.external_id,
    ownOrganisation: row.company_id === row.partner_id,
    status: apiStatus(row.status, row.compliance_status) as never, provisioningStatus: row.status,
    customerInfo: { name: row.name, primaryEmail: row.primary_email, language: row.language },
    address: row.address, headquarters: row.headquarters,
    packages: lines.map((l) => ({ name: l.name, quantity: l.quantity, assigned: l.assigned, status: l.status, error: l.error ?? null })),
    errors: row.errors, warnings: row.warnings,
    compliance: { status: row.compliance_status, checkedAt: row.compliance_checked_at?.toISOString() ?? null },
    dialIn: row.dial_in, dataRegion: row.data_region,
    createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString(),
    provisionedAt: row.provisioned_at?.toISOString() ?? null, deprovisionedAt: row.deprovisioned_at?.toISOString() ?? null,
  };
}
