import { api, send, type BodyOf } from '../../api/client';
import type { Page, User } from '../../api/models';

export function listUsers(companyId: string, cursor?: string | null, limit = 50): Promise<Page<User>> {
  return send(api.GET('/v1/companies/{id}/users', { params: { path: { id: companyId }, query: { cursor: cursor ?? undefined, limit } } }));
}

export type NewUser = BodyOf<'/v1/companies/{id}/users', 'post'>;

export function createUser(companyId: string, user: NewUser): Promise<User> {
  return send(api.POST('/v1/companies/{id}/users', { params: { path: { id: companyId } }, body: user }));
}

export type UserChanges = BodyOf<'/v1/users/{id}', 'patch'>;

export function updateUser(id: string, changes: UserChanges): Promise<User> {
  return send(api.PATCH('/v1/users/{id}', { params: { path: { id } }, body: changes }));
}

export function deleteUser(id: string): Promise<void> {
  return send(api.DELETE('/v1/users/{id}', { params: { path: { id } } }));
}
