import type { CompanyType, Role } from '../accounts/index.ts';
import type { Audience, Group } from './notifications.catalogue.ts';

import { ADMIN_ROLES, ORDERING_ROLES } from '../accounts/index.ts';

/** Roles that may subscribe to notification groups (§1): those that order (`notifications.subscribe`). */
export const SUBSCRIBING_ROLES: readonly Role[] = ORDERING_ROLES;
/** Roles that receive approval requests: those that decide them (`approvals.decide`). */
export const APPROVER_ROLES: readonly Role[] = ADMIN_ROLES;

export type GroupPreferences = Record<Exclude<Group, 'security'>, boolean>;

/** New users' defaults: eligible roles receive every group; they can turn groups off. */
export function defaultPreferences(role: Role): GroupPreferences {
  const on = SUBSCRIBING_ROLES.includes(role);
  return { ordering: on, financial: on, people: on, company: on, services: on };
}

export interface Candidate {
  userId: string;
  role: Role;
  companyId: string;
  preferences: GroupPreferences;
}

export interface Concerned {
  companyId: string;
  companyType: CompanyType;
  partnerId: string | null;
  /** The user the event is about (security notices). */
  subjectUserId: string | null;
}

/** Does this candidate receive a notice of this group and audience about this company? Pure. */
export function isRecipient(audience: Audience, group: Group, candidate: Candidate, concerned: Concerned): boolean {
  if (audience === 'integrations') return false;
  if (audience === 'affected_user') return candidate.userId === concerned.subjectUserId;
  if (audience === 'compliance_officers') return candidate.companyId === concerned.companyId && candidate.role === 'compliance_officer';
  if (group === 'security') return false;
  const target = audience === 'partner_for_managed' && concerned.companyType === 'managed' ? concerned.partnerId : concerned.companyId;
  if (candidate.companyId !== target) return false;
  const roles = audience === 'approvers' ? APPROVER_ROLES : SUBSCRIBING_ROLES;
  return roles.includes(candidate.role) && candidate.preferences[group];
}

/** The companies whose users may receive a notice about `concerned` (what to load). */
export function candidateCompanies(audience: Audience, concerned: Concerned): string[] {
  if (audience === 'integrations') return [];
  if (audience === 'partner_for_managed' && concerned.companyType === 'managed' && concerned.partnerId) return [concerned.partnerId];
  return [concerned.companyId];
}
