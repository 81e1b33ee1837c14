import { api, send, setCsrfToken, type BodyOf } from '../../api/client';
import type { Schemas } from '../../api/client';
import type { Me, User } from '../../api/models';

export type LoginResult = Schemas['LoginResponse'];

export async function login(email: string, password: string): Promise<LoginResult> {
  const result = await send(api.POST('/v1/auth/login', { body: { email, password } }), { quiet401: true });
  setCsrfToken(result.csrfToken);
  return result;
}

export async function logout(): Promise<void> {
  await send(api.POST('/v1/auth/logout'), { quiet401: true });
  setCsrfToken(null);
}

export async function getMe(): Promise<Me> {
  const me = await send(api.GET('/v1/me'), { quiet401: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export type ProfileChanges = BodyOf<'/v1/me', 'patch'>;

export function updateMe(changes: ProfileChanges): Promise<User> {
  return send(api.PATCH('/v1/me', { body: changes }));
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  // A wrong current password may come back as 401: that must not end the session in the UI.
  return send(api.POST('/v1/me/password', { body: { currentPassword, newPassword } }), { quiet401: true });
}

/** Act for one of the partner's managed accounts in this session (204), or back to the own company. */
export function actFor(companyId: string): Promise<void> {
  return send(api.PUT('/v1/me/acting-for', { body: { companyId } }));
}

export function stopActing(): Promise<void> {
  return send(api.DELETE('/v1/me/acting-for'));
}
