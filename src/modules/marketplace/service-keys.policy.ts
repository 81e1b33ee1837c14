/**
 * Service keys: a provider's controlled access to one of its ports. Pure rules, no I/O.
 */
export interface KeyState {
  active: boolean;
  single_use: boolean;
  spent_at: Date | null;
  valid_from: Date | null;
  valid_to: Date | null;
}

export type KeyProblem = 'service_key_inactive' | 'service_key_spent' | 'service_key_not_yet_valid' | 'service_key_expired';

const DETAILS: Record<KeyProblem, string> = {
  service_key_inactive: 'The provider has deactivated this service key.',
  service_key_spent: 'This single-use service key has already been used.',
  service_key_not_yet_valid: 'This service key is not valid yet.',
  service_key_expired: 'This service key has expired.',
};

/** Why a key cannot be used now, or null when it can. */
export function keyProblem(key: KeyState, now: Date): KeyProblem | null {
  if (!key.active) return 'service_key_inactive';
  if (key.single_use && key.spent_at) return 'service_key_spent';
  if (key.valid_from && now < key.valid_from) return 'service_key_not_yet_valid';
  if (key.valid_to && now >= key.valid_to) return 'service_key_expired';
  return null;
}

export const keyProblemDetail = (problem: KeyProblem) => DETAILS[problem];

export interface KeyInput {
  singleUse: boolean;
  maxSpeedMbps: number;
  vlan?: number;
  validFrom?: string;
  validTo?: string;
}

/** The input rules that the schema cannot express; returns [code, detail, field] of the first broken one. */
export function keyInputProblem(input: KeyInput, portSpeedMbps: number): [string, string, string] | null {
  if (input.singleUse && input.vlan === undefined) return ['vlan_required', 'A single-use key needs a fixed VLAN.', 'vlan'];
  if (input.vlan === 0 || input.vlan === 1) return ['vlan_out_of_range', 'The VLAN must be 2–4093 or -1 (untagged).', 'vlan'];
  if (input.maxSpeedMbps > portSpeedMbps) return ['max_speed_too_high', `The port carries at most ${portSpeedMbps} Mbps.`, 'maxSpeedMbps'];
  if (input.validFrom && input.validTo && Date.parse(input.validTo) <= Date.parse(input.validFrom)) {
    return ['validity_reversed', 'validTo must be after validFrom.', 'validTo'];
  }
  return null;
}
