// The notifications feature's query keys (feed, preferences, webhooks, maintenance, mail log).
export const notificationsKeys = {
  feed: ['notifications'] as const,
  feedList: (which: 'unread' | 'all') => ['notifications', 'list', which] as const,
  feedCount: ['notifications', 'count'] as const,
  feedLatest: ['notifications', 'latest'] as const,
  types: (lang: string) => ['notificationTypes', lang] as const,
  preferences: ['notificationPreferences'] as const,
  webhooks: ['webhooks'] as const,
  deliveries: (webhookId: string) => ['webhooks', webhookId, 'deliveries'] as const,
  maintenance: ['maintenance'] as const,
  maintenanceList: ['maintenance', 'list'] as const,
  maintenanceEvent: (id: string) => ['maintenance', id] as const,
  emails: ['adminEmails'] as const,
  emailList: (status: string, to: string) => ['adminEmails', 'list', status, to] as const,
  email: (id: string) => ['adminEmails', 'detail', id] as const,
};
