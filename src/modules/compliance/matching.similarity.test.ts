import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler } from './matching.similarity.ts';

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
