import { request } from './client';
import type { ApiKey, CreatedApiKey, Page, Role } from './types';

export function listApiKeys(cursor?: string | null, limit = 100): Promise<Page<ApiKey>> {
  return request<Page<ApiKey>>('/v1/api-keys', { query: { cursor, limit } });
}

export function createApiKey(name: string, role?: Role): Promise<CreatedApiKey> {
  return request<CreatedApiKey>('/v1/api-keys', { method: 'POST', body: role ? { name, role } : { name } });
}

export function revokeApiKey(id: string): Promise<void> {
  return request<void>(`/v1/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
