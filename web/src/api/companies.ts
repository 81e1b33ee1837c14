import { request } from './client';
import type { Address, Company, Page } from './types';

export function listCompanies(cursor?: string | null, limit = 50): Promise<Page<Company>> {
  return request<Page<Company>>('/v1/companies', { query: { cursor, limit } });
}

export function getCompany(id: string): Promise<Company> {
  return request<Company>(`/v1/companies/${encodeURIComponent(id)}`);
}

export interface CompanyChanges {
  name?: string;
  accountRef?: string | null;
  billingAddress?: Address | null;
}

export function updateCompany(id: string, changes: CompanyChanges): Promise<Company> {
  return request<Company>(`/v1/companies/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });
}
