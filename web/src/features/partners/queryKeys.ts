// The partners feature's query keys: the look, support, managed accounts' settings and branding, the approval queue.
export const partnersKeys = {
  look: ['partners', 'look'] as const,
  support: ['partners', 'support'] as const,
  supportDetails: (companyId: string) => ['partners', 'support-details', companyId] as const,
  managedSettings: (companyId: string) => ['partners', 'managed-settings', companyId] as const,
  defaults: (partnerId: string) => ['partners', 'defaults', partnerId] as const,
  branding: (companyId: string) => ['partners', 'branding', companyId] as const,
  markets: (companyId: string) => ['partners', 'markets', companyId] as const,
  /** Every list of the approval queue (each state), so one decision refreshes them all. */
  approvals: ['partners', 'approvals'] as const,
  approvalsIn: (state: string) => ['partners', 'approvals', state] as const,
  pendingApprovals: ['partners', 'approvals', 'pending-counts'] as const,
};
