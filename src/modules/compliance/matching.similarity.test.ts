import { describe, expect, it } from 'vitest';
import { editDistance, jaro, jaroWinkler, wordSimilarity } from './matching.similarity.ts';

describe('Jaro–Winkler', () => {
  // The textbook pairs (Winkler 1990; Wikipedia), to three places.
  it.each([
    ['martha', 'marhta', 0.944, 0.961],
    ['dwayne', 'duane', 0.822, 0.84],
    ['dixon', 'dicksonx', 0.767, 0.813],
    ['crate', 'trace', 0.733, 0.733],
  ])('%s ~ %s: Jaro %f, Jaro–Winkler %f', (a, b, j, jw) => {
    expect(jaro(a, b)).toBeCloseTo(j, 3);
    expect(jaroWinkler(a, b)).toBeCloseTo(jw, 3);
    expect(jaroWinkler(b, a)).toBeCloseTo(jw, 3); // symmetric
  });

  it('is 1 for the same word, 0 for nothing in common or an empty side', () => {
    expect(jaroWinkler('rosoboronexport', 'rosoboronexport')).toBe(1);
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('abc', '')).toBe(0);
  });

  it('a typo costs little, another word much', () => {
    expect(jaroWinkler('rosoboronexport', 'rosoboronexprot')).toBeGreaterThan(0.95);
    expect(jaroWinkler('holdings', 'trading')).toBeLessThan(0.7);
  });
});

describe('edit distance (optimal string alignment)', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['limited', 'limtied', 1], // two neighbours swapped: one slip
    ['company', 'comphany', 1],
    ['ca', 'abc', 3], // OSA, not full Damerau: a swapped pair is not edited again
    ['', 'abc', 3],
    ['abc', 'abc', 0],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('word similarity', () => {
  it('a shared beginning alone is no match; one slip in a long word is', () => {
    expect(jaroWinkler('alphabet', 'alpha')).toBeGreaterThan(0.9); // why Jaro–Winkler alone is not enough
    expect(wordSimilarity('alphabet', 'alpha')).toBeLessThan(0.8);
    expect(wordSimilarity('telefonica', 'telec')).toBeLessThan(0.8);
    expect(wordSimilarity('limited', 'limtied')).toBeGreaterThan(0.9);
    expect(wordSimilarity('rosoboronexport', 'rosoboronexprot')).toBeGreaterThan(0.95);
    expect(wordSimilarity('mellat', 'mellat')).toBe(1);
  });

  it('answers 0 below the floor, the same value at or above it', () => {
    expect(wordSimilarity('alphabet', 'alpha', 0.8)).toBe(0);
    expect(wordSimilarity('limited', 'limtied', 0.8)).toBe(wordSimilarity('limited', 'limtied'));
    expect(wordSimilarity('abc', 'xyz')).toBe(0);
  });
});
