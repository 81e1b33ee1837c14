import type { Executor } from '../../platform/db/db.ts';
import type { EventRow } from '../../platform/jobs/jobs.ts';
import type { Notice } from '../../platform/notify/notices.ts';
import { accountsQueries, type CompanyType } from '../accounts/index.ts';

/** One company a notice is about, with the texts' parameters for it. */
export interface Subject {
  companyId: string;
  companyType: CompanyType;
  partnerId: string | null;
  companyName: string;
  subjectUserId: string | null;
  params: Record<string, string>;
  /** Send the e-mail here instead of the recipient's address (e-mail changed: tell the old one). */
  toAddress?: string;
}

/**
 * For each notice of an event: the companies it is about (its module's loader) with the company
 * each is (type, partner, name: one query for all), and the texts' parameters. A subject whose
 * company is gone is dropped.
 */
export async function planSubjects(db: Executor, notices: Notice[], event: EventRow): Promise<{ entry: Notice; subjects: Subject[] }[]> {
  const loaded: { entry: Notice; subjects: Awaited<ReturnType<Notice['load']>> }[] = [];
  for (const entry of notices) loaded.push({ entry, subjects: await entry.load(db, event) });
  const ids = [...new Set(loaded.flatMap(({ subjects }) => subjects.map((s) => s.companyId)))];
  const companies = new Map((await accountsQueries.companies(db, ids)).map((c) => [c.id, c]));
  return loaded.map(({ entry, subjects }) => ({
    entry,
    subjects: subjects.flatMap((s) => {
      const company = companies.get(s.companyId);
      if (!company) return [];
      return [{
        companyId: company.id, companyType: company.type, partnerId: company.partner_id, companyName: company.name, subjectUserId: s.subjectUserId ?? null,
        // A managed account is named with its partner's account reference (PRODUCT.md §4: it appears on e-mails).
        params: { companyName: company.account_ref && company.type === 'managed' ? `${company.name} (${company.account_ref})` : company.name, ...s.params }, ...(s.toAddress ? { toAddress: s.toAddress } : {}),
      }];
    }),
  }));
}
