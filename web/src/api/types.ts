// Shapes of the Portico v1 API (see /openapi.json).

export type Role =
  | 'company_admin'
  | 'technical_admin'
  | 'technical_contact'
  | 'finance'
  | 'read_only'
  | 'compliance_officer';

export const roles: readonly Role[] = [
  'company_admin',
  'technical_admin',
  'technical_contact',
  'finance',
  'read_only',
  'compliance_officer',
];

export type CompanyType = 'operator' | 'partner' | 'direct' | 'managed';

export type Permission =
  | 'company.view'
  | 'company.edit'
  | 'users.manage'
  | 'companies.view_tree'
  | 'companies.create'
  | 'audit.view'
  | 'api_keys.manage'
  | 'services.order'
  | 'prices.view'
  | 'approvals.decide'
  | 'notifications.subscribe'
  | 'compliance.review';

export interface User {
  id: string;
  companyId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  language: string;
  createdAt: string;
}

export interface Address {
  addressLine1: string;
  addressLine2?: string | null;
  city: string;
  stateOrProvince?: string | null;
  zipOrPostalCode?: string | null;
  country: string;
}

export interface Company {
  id: string;
  name: string;
  type: CompanyType;
  partnerId: string | null;
  accountRef: string | null;
  billingAddress: Address | null;
  createdAt: string;
  updatedAt: string;
}

export interface Me {
  user: User;
  company: Company;
  role: Role;
  permissions: string[];
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  key: string;
}

export interface AuditEvent {
  id: string;
  createdAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  companyId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface Location {
  id: string;
  name: string;
  market: string;
  country: string;
  region: string;
  latitude: number;
  longitude: number;
}
