import { request } from './client';
import type { Page, Role, User } from './types';

export function listUsers(companyId: string, cursor?: string | null, limit = 50): Promise<Page<User>> {
  return request<Page<User>>(`/v1/companies/${encodeURIComponent(companyId)}/users`, {
    query: { cursor, limit },
  });
}

export interface NewUser {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  language?: string;
  password?: string;
}

export function createUser(companyId: string, user: NewUser): Promise<User> {
  return request<User>(`/v1/companies/${encodeURIComponent(companyId)}/users`, {
    method: 'POST',
    body: user,
  });
}

export interface UserChanges {
  firstName?: string;
  lastName?: string;
  role?: Role;
  language?: string;
}

export function updateUser(id: string, changes: UserChanges): Promise<User> {
  return request<User>(`/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });
}

export function deleteUser(id: string): Promise<void> {
  return request<void>(`/v1/users/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
