// The compliance feature's query keys.
export const complianceKeys = {
  lists: ['compliance', 'lists'] as const,
};
