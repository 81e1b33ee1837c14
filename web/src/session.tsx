// The logged-in user, their company and permissions, as returned by GET /v1/me.
import { createContext, useContext, type ReactNode } from 'react';
import type { Me, Permission } from './api/models';

interface Session {
  me: Me;
  can: (permission: Permission) => boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const can = (permission: Permission) => me.permissions.includes(permission);
  return <SessionContext.Provider value={{ me, can }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
