// The billing feature's query keys (prices, invoices).
export const billingKeys = {
  invoices: ['invoices'] as const,
  currentCharges: ['charges', 'current'] as const,
  invoice: (id: string) => ['invoices', id] as const,
  price: (product: string, mbps: number, locationId: string) => ['prices', product, mbps, locationId] as const,
};
