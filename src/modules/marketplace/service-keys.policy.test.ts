import { describe, expect, it } from 'vitest';
import { keyInputProblem, keyProblem, keyProblemDetail, type KeyProblem, type KeyState } from './service-keys.policy.ts';

const now = new Date('2026-06-01T12:00:00Z');
const ms = (delta: number) => new Date(now.getTime() + delta);
const base: KeyState = { active: true, single_use: false, spent_at: null, valid_from: null, valid_to: null };

describe('keyProblem', () => {
  it.each<[string, Partial<KeyState>, KeyProblem | null]>([
    ['usable multi-use key', {}, null],
    ['usable single-use key', { single_use: true }, null],
    ['inactive', { active: false }, 'service_key_inactive'],
    ['spent single-use', { single_use: true, spent_at: now }, 'service_key_spent'],
    ['a multi-use key is never spent', { spent_at: now }, null],
    ['before the window', { valid_from: new Date('2026-06-02T00:00:00Z') }, 'service_key_not_yet_valid'],
    ['1 ms before valid_from', { valid_from: ms(1) }, 'service_key_not_yet_valid'],
    ['at valid_from itself (the window includes its start)', { valid_from: now }, null],
    ['1 ms before valid_to', { valid_to: ms(1) }, null],
    ['at valid_to itself (the window excludes its end)', { valid_to: now }, 'service_key_expired'],
    ['after the window', { valid_to: ms(-1) }, 'service_key_expired'],
    ['inside the window', { valid_from: new Date('2026-05-01T00:00:00Z'), valid_to: new Date('2026-07-01T00:00:00Z') }, null],
    ['inactive wins over expired', { active: false, valid_to: new Date('2020-01-01T00:00:00Z') }, 'service_key_inactive'],
    ['inactive wins over spent', { active: false, single_use: true, spent_at: now }, 'service_key_inactive'],
    ['spent wins over not yet valid', { single_use: true, spent_at: now, valid_from: ms(1000) }, 'service_key_spent'],
    ['not yet valid wins over expired', { valid_from: ms(1000), valid_to: ms(-1000) }, 'service_key_not_yet_valid'],
  ])('%s', (_name, change, expected) => {
    expect(keyProblem({ ...base, ...change }, now)).toBe(expected);
  });

  it.each<[KeyProblem, string]>([
    ['service_key_inactive', 'The provider has deactivated this service key.'],
    ['service_key_spent', 'This single-use service key has already been used.'],
    ['service_key_not_yet_valid', 'This service key is not valid yet.'],
    ['service_key_expired', 'This service key has expired.'],
  ])('%s reads: %s', (problem, detail) => expect(keyProblemDetail(problem)).toBe(detail));
});

describe('keyInputProblem', () => {
  const vlanRange = ['vlan_out_of_range', 'The VLAN must be 2–4093 or -1 (untagged).', 'vlan'];
  const reversed = ['validity_reversed', 'validTo must be after validFrom.', 'validTo'];
  it.each<[string, Parameters<typeof keyInputProblem>[0], string[] | null]>([
    ['multi-use without VLAN', { singleUse: false, maxSpeedMbps: 1000 }, null],
    ['single-use without VLAN', { singleUse: true, maxSpeedMbps: 1000 }, ['vlan_required', 'A single-use key needs a fixed VLAN.', 'vlan']],
    ['single-use with VLAN', { singleUse: true, maxSpeedMbps: 1000, vlan: 100 }, null],
    ['VLAN 0', { singleUse: false, maxSpeedMbps: 1000, vlan: 0 }, vlanRange],
    ['VLAN 1', { singleUse: true, maxSpeedMbps: 1000, vlan: 1 }, vlanRange],
    ['VLAN 2', { singleUse: true, maxSpeedMbps: 1000, vlan: 2 }, null],
    ['VLAN 4093', { singleUse: true, maxSpeedMbps: 1000, vlan: 4093 }, null],
    ['untagged', { singleUse: true, maxSpeedMbps: 1000, vlan: -1 }, null],
    ['as fast as the port', { singleUse: false, maxSpeedMbps: 10000 }, null],
    ['faster than the port', { singleUse: false, maxSpeedMbps: 10001 }, ['max_speed_too_high', 'The port carries at most 10000 Mbps.', 'maxSpeedMbps']],
    ['reversed window', { singleUse: false, maxSpeedMbps: 1000, validFrom: '2026-02-01T00:00:00Z', validTo: '2026-01-01T00:00:00Z' }, reversed],
    ['empty window', { singleUse: false, maxSpeedMbps: 1000, validFrom: '2026-02-01T00:00:00Z', validTo: '2026-02-01T00:00:00Z' }, reversed],
    ['window of 1 ms', { singleUse: false, maxSpeedMbps: 1000, validFrom: '2026-02-01T00:00:00.000Z', validTo: '2026-02-01T00:00:00.001Z' }, null],
    ['only a start', { singleUse: false, maxSpeedMbps: 1000, validFrom: '2026-02-01T00:00:00Z' }, null],
    ['only an end', { singleUse: false, maxSpeedMbps: 1000, validTo: '2026-02-01T00:00:00Z' }, null],
    ['the VLAN rule comes first', { singleUse: true, maxSpeedMbps: 20000, validFrom: '2026-02-01T00:00:00Z', validTo: '2026-01-01T00:00:00Z' }, ['vlan_required', 'A single-use key needs a fixed VLAN.', 'vlan']],
  ])('%s', (_name, input, expected) => {
    expect(keyInputProblem(input, 10000)).toEqual(expected);
  });
});
