import { describe, expect, it } from 'vitest';
import { keyInputProblem, keyProblem, type KeyState } from './service-keys.policy.ts';

const now = new Date('2026-06-01T12:00:00Z');
const base: KeyState = { active: true, single_use: false, spent_at: null, valid_from: null, valid_to: null };

describe('keyProblem', () => {
  it.each<[string, Partial<KeyState>, string | null]>([
    ['usable multi-use key', {}, null],
    ['usable single-use key', { single_use: true }, null],
    ['inactive', { active: false }, 'service_key_inactive'],
    ['spent single-use', { single_use: true, spent_at: now }, 'service_key_spent'],
    ['a multi-use key is never spent', { spent_at: now }, null],
    ['before the window', { valid_from: new Date('2026-06-02T00:00:00Z') }, 'service_key_not_yet_valid'],
    ['after the window', { valid_to: new Date('2026-06-01T12:00:00Z') }, 'service_key_expired'],
    ['inside the window', { valid_from: new Date('2026-05-01T00:00:00Z'), valid_to: new Date('2026-07-01T00:00:00Z') }, null],
    ['inactive wins over expired', { active: false, valid_to: new Date('2020-01-01T00:00:00Z') }, 'service_key_inactive'],
    // The window is [validFrom, validTo): usable from its first instant, expired at its last.
    ['validFrom exactly now', { valid_from: now }, null],
    ['a millisecond before validFrom', { valid_from: new Date(now.getTime() + 1) }, 'service_key_not_yet_valid'],
    ['validTo exactly now', { valid_to: now }, 'service_key_expired'],
    ['a millisecond before validTo', { valid_to: new Date(now.getTime() + 1) }, null],
  ])('%s', (_name, change, expected) => {
    expect(keyProblem({ ...base, ...change }, now)).toBe(expected);
  });
});

describe('keyInputProblem', () => {
  it.each<[string, Parameters<typeof keyInputProblem>[0], string | null]>([
    ['multi-use without VLAN', { singleUse: false, maxSpeedMbps: 1000 }, null],
    ['single-use without VLAN', { singleUse: true, maxSpeedMbps: 1000 }, 'vlan_required'],
    ['single-use with VLAN', { singleUse: true, maxSpeedMbps: 1000, vlan: 100 }, null],
    ['VLAN 1', { singleUse: true, maxSpeedMbps: 1000, vlan: 1 }, 'vlan_out_of_range'],
    ['untagged', { singleUse: true, maxSpeedMbps: 1000, vlan: -1 }, null],
    ['faster than the port', { singleUse: false, maxSpeedMbps: 20000 }, 'max_speed_too_high'],
    ['reversed window', { singleUse: false, maxSpeedMbps: 1000, validFrom: '2026-02-01T00:00:00Z', validTo: '2026-01-01T00:00:00Z' }, 'validity_reversed'],
  ])('%s', (_name, input, expected) => {
    expect(keyInputProblem(input, 10000)?.[0] ?? null).toBe(expected);
  });
});
