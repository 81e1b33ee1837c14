import { api, send } from '../../api/client';
import type { Price } from '../../api/models';

export type PricedProduct = 'port' | 'mcr' | 'vxc';

/** The monthly list price of a port or MCR (by speed) or a VXC (by rate limit) at a location (prices.view). */
export function getPrice(product: PricedProduct, mbps: number, locationId: string): Promise<Price> {
  const query = product === 'vxc' ? { product, rateLimitMbps: mbps, locationId } : { product, speedMbps: mbps, locationId };
  return send(api.GET('/v1/prices', { params: { query } }));
}
