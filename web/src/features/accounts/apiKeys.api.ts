import { api, send } from '../../api/client';
import type { ApiKey, CreatedApiKey, Page, Role } from '../../api/models';

export function listApiKeys(cursor?: string | null, limit = 100): Promise<Page<ApiKey>> {
  return send(api.GET('/v1/api-keys', { params: { query: { cursor: cursor ?? undefined, limit } } }));
}

export function createApiKey(name: string, role?: Role): Promise<CreatedApiKey> {
  return send(api.POST('/v1/api-keys', { body: role ? { name, role } : { name } }));
}

export function revokeApiKey(id: string): Promise<void> {
  return send(api.DELETE('/v1/api-keys/{id}', { params: { path: { id } } }));
}
