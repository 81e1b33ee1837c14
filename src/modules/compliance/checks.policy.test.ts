import { describe, expect, it } from 'vitest';
import { decideCheck, deprovisionDue, MAX_FAILED_CONTACTS, NON_COMPLIANT_DAYS, type CheckState } from './checks.policy.ts';
import { failedSinceReached } from './reviews.service.ts';

const state = (over: Partial<CheckState> = {}): CheckState => ({ status: 'pending', openReview: null, approvedEntryIds: new Set(), ...over });

describe('decideCheck', () => {
  it.each([
    ['pending, no match → clear', state(), [], { status: 'clear', review: 'none', newEntryIds: [], goneEntryIds: [], reason: 'no_match' }],
    ['pending, a match → a review opens', state(), ['e1', 'e2'], { status: 'potential_match', review: 'open', newEntryIds: ['e1', 'e2'], goneEntryIds: [], reason: 'match_found' }],
    ['clear, a match after a rename → a review opens', state({ status: 'clear' }), ['e1'], { status: 'potential_match', review: 'open', newEntryIds: ['e1'], goneEntryIds: [], reason: 'match_found' }],
    ['approved, the same match → stays approved', state({ status: 'approved', approvedEntryIds: new Set(['e1']) }), ['e1'], { status: 'approved', review: 'none', newEntryIds: [], goneEntryIds: [], reason: 'matches_already_approved' }],
    ['approved, a new entry too → a new review', state({ status: 'approved', approvedEntryIds: new Set(['e1']) }), ['e1', 'e9'], { status: 'potential_match', review: 'open', newEntryIds: ['e1', 'e9'], goneEntryIds: [], reason: 'match_found' }],
    ['approved, no match any more → clear', state({ status: 'approved', approvedEntryIds: new Set(['e1']) }), [], { status: 'clear', review: 'none', newEntryIds: [], goneEntryIds: [], reason: 'no_match' }],
    ['rejected stays rejected, whatever is matched', state({ status: 'rejected' }), [], { status: 'rejected', review: 'none', newEntryIds: [], goneEntryIds: [], reason: 'rejected_stays' }],
    ['open review, same matches → nothing to add', state({ status: 'potential_match', openReview: { listEntryIds: ['e1'] } }), ['e1'], { status: 'potential_match', review: 'none', newEntryIds: [], goneEntryIds: [], reason: 'review_open' }],
    ['open review, a new and a vanished match → update', state({ status: 'potential_match', openReview: { listEntryIds: ['e1', 'e2'] } }), ['e2', 'e3'], { status: 'potential_match', review: 'update', newEntryIds: ['e3'], goneEntryIds: ['e1'], reason: 'review_open' }],
    ['open review, every match gone → update, still potential_match', state({ status: 'potential_match', openReview: { listEntryIds: ['e1'] } }), [], { status: 'potential_match', review: 'update', newEntryIds: [], goneEntryIds: ['e1'], reason: 'review_open' }],
  ] as const)('%s', (_name, given, matched, expected) => {
    expect(decideCheck(given, [...matched])).toEqual(expected);
  });

  it('an open review with only a new match is updated too', () => {
    const given = state({ status: 'potential_match', openReview: { listEntryIds: ['e1'] } });
    expect(decideCheck(given, ['e1', 'e2'])).toEqual({ status: 'potential_match', review: 'update', newEntryIds: ['e2'], goneEntryIds: [], reason: 'review_open' });
  });

  it('counts an entry matched twice (by name and alias) once', () => {
    expect(decideCheck(state(), ['e1', 'e1']).newEntryIds).toEqual(['e1']);
  });
});

describe('deprovisionDue', () => {
  const opened = new Date('2026-01-01T00:00:00Z');
  const at = (days: number) => new Date(opened.getTime() + days * 86_400_000);
  const review = (over: Partial<Parameters<typeof deprovisionDue>[0]> = {}) => ({ status: 'open' as const, openedAt: opened, failedContacts: 0, deprovisioned: false, ...over });
  it.each([
    ['open 29.9 days', review(), at(NON_COMPLIANT_DAYS - 0.1), null],
    ['open 30 days', review(), at(NON_COMPLIANT_DAYS), 'non_compliant_30_days'],
    ['rejected 30 days', review({ status: 'rejected' }), at(NON_COMPLIANT_DAYS), 'non_compliant_30_days'],
    ['approved, however old', review({ status: 'approved' }), at(400), null],
    ['already deprovisioned', review({ deprovisioned: true }), at(400), null],
    ['two failed contacts', review({ failedContacts: MAX_FAILED_CONTACTS - 1 }), at(1), null],
    ['three failed contacts, on day one', review({ failedContacts: MAX_FAILED_CONTACTS }), at(1), 'partner_not_reached'],
    ['three failed contacts and 30 days: the contacts are named', review({ failedContacts: 3 }), at(31), 'partner_not_reached'],
  ] as const)('%s → %s', (_name, given, now, expected) => {
    expect(deprovisionDue(given, now)).toBe(expected);
  });
});

describe('failedSinceReached', () => {
  it.each([
    [[], 0],
    [['not_reached', 'not_reached'], 2],
    [['not_reached', 'reached', 'not_reached'], 1],
    [['not_reached', 'not_reached', 'not_reached', 'reached'], 0],
  ] as const)('%j → %i', (outcomes, expected) => {
    expect(failedSinceReached(outcomes.map((outcome) => ({ outcome })))).toBe(expected);
  });
});
