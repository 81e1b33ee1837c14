import { api, send, type BodyOf } from '../../api/client';
import type { Company, Page } from '../../api/models';

export function listCompanies(cursor?: string | null, limit = 50, q?: string): Promise<Page<Company>> {
  return send(api.GET('/v1/companies', { params: { query: { cursor: cursor ?? undefined, limit, q: q || undefined } } }));
}

export type NewCompany = BodyOf<'/v1/companies', 'post'>;

export function createCompany(company: NewCompany): Promise<Company> {
  return send(api.POST('/v1/companies', { body: company }));
}

export function getCompany(id: string): Promise<Company> {
  return send(api.GET('/v1/companies/{id}', { params: { path: { id } } }));
}

export type CompanyChanges = BodyOf<'/v1/companies/{id}', 'patch'>;

export function updateCompany(id: string, changes: CompanyChanges): Promise<Company> {
  return send(api.PATCH('/v1/companies/{id}', { params: { path: { id } }, body: changes }));
}
