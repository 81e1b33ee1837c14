import { request, setCsrfToken } from './client';
import type { Me, User } from './types';

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: User;
}

export async function login(email: string, password: string): Promise<LoginResult> {
  const result = await request<LoginResult>('/v1/auth/login', {
    method: 'POST',
    body: { email, password },
    quiet401: true,
  });
  setCsrfToken(result.csrfToken);
  return result;
}

export async function logout(): Promise<void> {
  await request<void>('/v1/auth/logout', { method: 'POST', quiet401: true });
  setCsrfToken(null);
}

export async function getMe(): Promise<Me> {
  const me = await request<Me>('/v1/me', { quiet401: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export interface ProfileChanges {
  firstName?: string;
  lastName?: string;
  language?: string;
}

export function updateMe(changes: ProfileChanges): Promise<User> {
  return request<User>('/v1/me', { method: 'PATCH', body: changes });
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  // A wrong current password may come back as 401: that must not end the session in the UI.
  return request<void>('/v1/me/password', {
    method: 'POST',
    body: { currentPassword, newPassword },
    quiet401: true,
  });
}
