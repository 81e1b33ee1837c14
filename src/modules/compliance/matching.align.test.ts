import { describe, expect, it } from 'vitest';
import { alignNames, ENTRY_UNMATCHED_COST, UNMATCHED_COST } from './matching.align.ts';
import { normaliseName } from './matching.normalise.ts';

const even = () => 1;
const tokens = (name: string) => normaliseName(name).tokens;
const score = (a: string, b: string, weightOf: (t: string) => number = even) => alignNames(tokens(a), tokens(b), weightOf).score;

describe('aligning two names word by word', () => {
  it('the same name scores 1, whatever the case, accents, punctuation, word order and legal form', () => {
    expect(score('Rosoboronexport JSC', 'ROSOBORONEXPORT')).toBe(1);
    expect(score('Équinoxe Networks GmbH', 'equinoxe networks, ltd.')).toBe(1);
    expect(score('Bank Melli Iran', 'Iran Bank Melli')).toBe(1);
  });

  it('a typo costs little; a missing or an extra word costs its weight', () => {
    const typo = score('Rosoboronexprot', 'Rosoboronexport');
    expect(typo).toBeGreaterThan(0.95);
    expect(typo).toBeLessThan(1);
    const missing = score('Islamic Revolutionary Guard', 'Islamic Revolutionary Guard Corps');
    expect(missing).toBeGreaterThan(0.8);
    expect(missing).toBeLessThan(typo);
  });

  it('a word the listed name has and the query lacks costs less than a word the query adds', () => {
    // A dropped patronymic is common ("IVANOV, Maxim" for "IVANOV, Maxim Anatolyevich"); an added word is a different name more often.
    const dropped = alignNames(['maxim', 'ivanov'], ['maxim', 'anatolyevich', 'ivanov'], even);
    const added = alignNames(['maxim', 'anatolyevich', 'ivanov'], ['maxim', 'ivanov'], even);
    expect(dropped.score).toBeCloseTo(2 / (2 + ENTRY_UNMATCHED_COST), 6);
    expect(added.score).toBeCloseTo(2 / (2 + UNMATCHED_COST), 6);
    expect(dropped.score).toBeGreaterThan(added.score);
  });

  it('words written together pair with the two words apart', () => {
    const joined = alignNames(['cloudgate'], ['cloud', 'gate'], even);
    expect(joined.score).toBe(1);
    expect(joined.pairs).toEqual([{ query: 'cloudgate', matched: 'cloud gate', similarity: 1, weight: 1 }]);
  });

  it('distinctive words weigh more than common ones: sharing only "bank" is not a match', () => {
    const weightOf = (t: string) => (t === 'bank' || t === 'trading' ? 0.2 : 2);
    expect(score('Melli Bank', 'Bank Saderat', weightOf)).toBeLessThan(0.3);
    expect(score('Melli Bank', 'Bank Mellat', weightOf)).toBeLessThan(score('Melli Bank', 'Melli Bank Trading', weightOf));
    expect(score('Melli Bank', 'Melli Bank Trading', weightOf)).toBeGreaterThan(0.9);
  });

  it('explains itself: each pair with its similarity and weight, and the words left over', () => {
    const alignment = alignNames(tokens('Aerospace Industrys Org'), tokens('Aerospace Industries Organization of Iran'), even);
    expect(alignment.pairs.map((p) => [p.query, p.matched])).toEqual([['aerospace', 'aerospace'], ['organization', 'organization'], ['industrys', 'industries']]);
    expect(alignment.unmatchedQuery).toEqual([]);
    expect(alignment.unmatchedCandidate).toEqual(['of', 'iran']);
  });

  it('nothing in common scores 0; an empty name too', () => {
    expect(score('Acme Media', 'Rosoboronexport')).toBe(0);
    expect(alignNames([], ['x'], even).score).toBe(0);
    expect(alignNames([], [], even).score).toBe(0);
  });
});
