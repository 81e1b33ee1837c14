import { api, send, type BodyOf } from '../../api/client';
import type { Company, Page } from '../../api/models';

export function listCompanies(cursor?: string | null, limit = 50): Promise<Page<Company>> {
  return send(api.GET('/v1/companies', { params: { query: { cursor: cursor ?? undefined, limit } } }));
}

export function getCompany(id: string): Promise<Company> {
  return send(api.GET('/v1/companies/{id}', { params: { path: { id } } }));
}

export type CompanyChanges = BodyOf<'/v1/companies/{id}', 'patch'>;

export function updateCompany(id: string, changes: CompanyChanges): Promise<Company> {
  return send(api.PATCH('/v1/companies/{id}', { params: { path: { id } }, body: changes }));
}
