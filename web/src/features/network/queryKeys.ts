// The network feature's query keys (ports and locations).
export const networkKeys = {
  ports: ['ports'] as const,
  locations: ['locations', 'all'] as const,
};
