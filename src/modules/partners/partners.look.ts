import type { Executor } from '../../platform/db/db.ts';
import { accountsQueries } from '../accounts/index.ts';
import { brandingsOf, type BrandingRow } from './partners.repo.ts';

/** How the portal and e-mails look to a company's users: its partner's branding, or the operator's. */
export interface Look {
  /** The company whose branding this is. */
  brandedBy: string;
  displayName: string;
  logoUrl: string | null;
  primaryColor: string | null;
  supportEmail: string | null;
  supportUrl: string | null;
  supportPhone: string | null;
}

const toLook = (row: BrandingRow): Look => ({
  brandedBy: row.partner_id, displayName: row.display_name, logoUrl: row.logo_url, primaryColor: row.primary_color,
  supportEmail: row.support_email, supportUrl: row.support_url, supportPhone: row.support_phone,
});

/**
 * The look of each company's portal and e-mails, in two queries for any number of companies: a managed
 * account's partner's branding, else (and for everyone else) the operator's; absent when neither is
 * set (Portico's own look then).
 */
export async function looksOf(db: Executor, companyIds: string[]): Promise<Map<string, Look>> {
  const unique = [...new Set(companyIds)];
  const [companies, operator] = await Promise.all([accountsQueries.companies(db, unique), accountsQueries.operator(db)]);
  const partnerOf = new Map(companies.map((c) => [c.id, c.type === 'managed' ? c.partner_id : null]));
  const branders = [...new Set([...partnerOf.values(), operator?.id].filter((id): id is string => !!id))];
  const byBrander = new Map((await brandingsOf(db, branders)).map((row) => [row.partner_id, toLook(row)]));
  const operatorLook = operator ? byBrander.get(operator.id) : undefined;
  const looks = new Map<string, Look>();
  for (const [companyId, partnerId] of partnerOf) {
    const look = (partnerId ? byBrander.get(partnerId) : undefined) ?? operatorLook;
    if (look) looks.set(companyId, look);
  }
  return looks;
}
