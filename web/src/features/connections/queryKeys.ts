// The connections feature's query keys. `connections` is the prefix of every list and summary.
export const connectionsKeys = {
  connections: ['connections'] as const,
  list: (side: string) => ['connections', 'list', side] as const,
  summary: (withProviderSide: boolean) => ['connections', 'summary', withProviderSide] as const,
  connectionVersion: (connectionId: string, version: unknown[]) => ['connection', connectionId, ...version] as const,
  connection: (connectionId: string) => ['connection', connectionId] as const,
  approvals: ['approvals'] as const,
};
