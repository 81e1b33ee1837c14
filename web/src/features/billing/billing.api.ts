import { api, send, type Schemas } from '../../api/client';
import type { Invoice, InvoiceSummary, Page, Price } from '../../api/models';

export type PricedProduct = 'port' | 'mcr' | 'vxc';

/** The monthly list price of a port or MCR (by speed) or a VXC (by rate limit) at a location (prices.view). */
export function getPrice(product: PricedProduct, mbps: number, locationId: string): Promise<Price> {
  const query = product === 'vxc' ? { product, rateLimitMbps: mbps, locationId } : { product, speedMbps: mbps, locationId };
  return send(api.GET('/v1/prices', { params: { query } }));
}

export function listInvoices(cursor?: string | null, limit = 50): Promise<Page<InvoiceSummary>> {
  return send(api.GET('/v1/invoices', { params: { query: { cursor: cursor ?? undefined, limit } } }));
}

/** The invoice as JSON (the endpoint also answers CSV, which the generated type includes). */
export async function getInvoice(id: string): Promise<Invoice> {
  const invoice = await send(api.GET('/v1/invoices/{id}', { params: { path: { id } }, headers: { accept: 'application/json' } }));
  if (typeof invoice === 'string') throw new Error('expected the invoice as JSON');
  return invoice;
}

/** The invoice as CSV (Accept: text/csv), as a file to save. */
export async function downloadInvoiceCsv(id: string, filename: string): Promise<void> {
  const response = await fetch(`/v1/invoices/${encodeURIComponent(id)}`, { headers: { accept: 'text/csv' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`CSV download failed (${response.status})`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

export type CurrentCharges = Schemas['CurrentCharges'];

/** This month's services and charges per company of the tree (invoices.view): the partner hub's account list. */
export function getCurrentCharges(): Promise<CurrentCharges> {
  return send(api.GET('/v1/charges/current'));
}
