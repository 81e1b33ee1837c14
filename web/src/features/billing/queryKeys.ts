// The billing feature's query keys (prices).
export const billingKeys = {
  price: (product: string, mbps: number, locationId: string) => ['prices', product, mbps, locationId] as const,
};
