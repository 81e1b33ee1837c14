// The wholesale feature's query keys: templates, the catalogue, customers with their locations and subscribers, billing reports.
export const wholesaleKeys = {
  templates: ['wholesale', 'templates'] as const,
  catalogue: ['wholesale', 'catalogue'] as const,
  customers: ['wholesale', 'customers'] as const,
  customer: (id: string) => ['wholesale', 'customers', id] as const,
  locations: (customerId: string) => ['wholesale', 'customers', customerId, 'locations'] as const,
  subscribers: (customerId: string) => ['wholesale', 'customers', customerId, 'subscribers'] as const,
  billingReports: ['wholesale', 'billing-reports'] as const,
};
