// The marketplace feature's query keys (providers, profiles, service keys).
export const marketplaceKeys = {
  providers: (search: unknown) => ['providers', search] as const,
  provider: (companyId: string, nearPortId: string) => ['provider', companyId, nearPortId] as const,
  profile: (companyId: string) => ['providerProfile', companyId] as const,
  profileExists: (companyId: string) => ['providerProfile', companyId, 'exists'] as const,
  serviceKeys: ['serviceKeys'] as const,
  serviceKeysOf: (portId: string | null) => ['serviceKeys', portId] as const,
  serviceKeyLookup: (key: string) => ['serviceKeyLookup', key] as const,
};
