// The accounts feature's query keys: one place, so invalidations match what the pages cache.
// A shorter key is a prefix of the longer ones: invalidating it refreshes them all.
export const accountsKeys = {
  me: ['me'] as const,
  users: (companyId: string) => ['users', companyId] as const,
  userCount: (companyId: string) => ['users', companyId, 'count'] as const,
  companies: ['companies'] as const,
  companyList: ['companies', 'list'] as const,
  companySearch: (q: string) => ['companies', 'list', q] as const,
  companyCount: ['companies', 'count'] as const,
  company: (companyId: string) => ['company', companyId] as const,
  apiKeys: ['apiKeys'] as const,
  apiKeyList: ['apiKeys', 'list'] as const,
  apiKeyCount: ['apiKeys', 'count'] as const,
  audit: ['audit'] as const,
};
