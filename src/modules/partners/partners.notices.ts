import type { Executor } from '../../platform/db/db.ts';
import { defineNotice, type NoticeSubject } from '../../platform/notify/notices.ts';
import { accountsQueries } from '../accounts/index.ts';
import * as repo from './approvals.repo.ts';

/** A queued request as the texts name it, told to the partner (its approvers) or to the account. */
async function aboutApproval(db: Executor, approvalId: string, to: 'partner' | 'account', only?: 'approved' | 'rejected'): Promise<NoticeSubject[]> {
  const approval = await repo.findApproval(db, approvalId);
  if (!approval || (only && approval.state !== only)) return [];
  const [account, partner] = await accountsQueries.companies(db, [approval.company_id, approval.partner_id]).then((rows) => [
    rows.find((r) => r.id === approval.company_id), rows.find((r) => r.id === approval.partner_id),
  ]);
  const names = await accountsQueries.userNames(db, approval.requested_by ? [approval.requested_by] : []);
  const s = approval.summary;
  return [{
    companyId: to === 'partner' ? approval.partner_id : approval.company_id,
    params: {
      approvalId: approval.id, connectionId: approval.connection_id, request: approval.kind, connectionName: s.connectionName, providerName: s.providerName,
      rateLimitMbps: String(s.toMbps ?? s.rateLimitMbps), accountName: account ? (account.account_ref ? `${account.name} (${account.account_ref})` : account.name) : '',
      partnerName: partner?.name ?? '', requesterName: (approval.requested_by && names.get(approval.requested_by)) || '', reason: approval.reason ?? '',
    },
  }];
}

/** Partners' notices: its approval queue, both ways. */
export const partnersNotices = [
  defineNotice<'partner_approval.requested'>({
    type: 'ordering.partner_approval_requested', group: 'ordering', audience: 'approvers', event: 'partner_approval.requested',
    link: () => '/partner/approvals',
    load: (db, e) => aboutApproval(db, e.payload.approvalId, 'partner'),
  }),
  defineNotice<'partner_approval.decided'>({
    type: 'ordering.partner_approval_approved', group: 'ordering', audience: 'company_subscribers', event: 'partner_approval.decided',
    link: (p) => `/connections/${p.connectionId}`,
    load: (db, e) => aboutApproval(db, e.payload.approvalId, 'account', 'approved'),
  }),
  defineNotice<'partner_approval.decided'>({
    type: 'ordering.partner_approval_rejected', group: 'ordering', audience: 'company_subscribers', event: 'partner_approval.decided',
    link: (p) => `/connections/${p.connectionId}`,
    load: (db, e) => aboutApproval(db, e.payload.approvalId, 'account', 'rejected'),
  }),
];
