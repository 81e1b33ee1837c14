import { describe, expect, it } from 'vitest';
import { nameQuery, normalise, prefixRange, searchTerms, words, NO_TERM } from './search-terms.ts';

describe('normalise', () => {
  it('lower-cases and removes accents, nothing else', () => {
    expect(normalise('ÉÀÜ ç Ñ')).toBe('eau c n');
    expect(normalise('Straße Skøra')).toBe('straße skøra');
    expect(normalise('AT&T-24')).toBe('at&t-24');
  });
});

describe('words', () => {
  it.each<[string, string[]]>([
    ['Skøra Vexi-Networks GmbH', ['skøra', 'vexi', 'networks', 'gmbh']],
    ['  --Équinoxe  ', ['equinoxe']],
    ['AT&T', ['at', 't']],
    ['Data 24/7', ['data', '24', '7']],
    ['東京 Link', ['東京', 'link']],
    ['e%_x', ['e', 'x']],
    ['', []],
    ['% _ .', []],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('searchTerms', () => {
  it.each<[string, string[]]>([
    ['Cloud Gate AG', ['cloudgateag', 'gateag', 'ag']],
    ['CloudGate', ['cloudgate']],
    ['Équinoxe Networks', ['equinoxenetworks', 'networks']],
    ['Data Data', ['datadata', 'data']],
    ['', []],
  ])('%s', (title, expected) => {
    expect(searchTerms(title)).toEqual(expected);
  });
});

describe('prefixRange', () => {
  it.each<[string, string]>([
    ['clo', 'clp'],
    ['a', 'b'],
    ['z', '{'],
    ['9', ':'],
    ['ab', 'ac'],
    ['東', '\u6772'],
    // Code points, not UTF-16 units: U+203FF is D840 DFFF, its successor U+20400 is D841 DC00.
    ['x\u{203FF}', 'x\u{20400}'],
    // The surrogate block is skipped.
    ['\uD7FF', '\uE000'],
  ])('%s', (prefix, to) => {
    expect(prefixRange(prefix)).toEqual({ from: prefix, to });
  });
});

describe('nameQuery', () => {
  it('is null for a blank query (no condition on the name)', () => {
    expect(nameQuery('')).toBeNull();
    expect(nameQuery('   ')).toBeNull();
  });

  it('matches nothing for a query without letters or digits', () => {
    expect(nameQuery('%')).toEqual({ driver: NO_TERM, others: [], joined: null });
    expect(nameQuery('_ %')).toEqual({ driver: { from: '', to: '' }, others: [], joined: null });
  });

  it('has one word as the driver and nothing joined', () => {
    expect(nameQuery('Cloud')).toEqual({ driver: { from: 'cloud', to: 'cloue' }, others: [], joined: null });
    expect(nameQuery('data data')).toEqual({ driver: { from: 'data', to: 'datb' }, others: [], joined: null });
  });

  it('drives with the longest word; the others must match too; the words run together are the alternative', () => {
    expect(nameQuery('gate Cloud')).toEqual({ driver: { from: 'cloud', to: 'cloue' }, others: [{ from: 'gate', to: 'gatf' }], joined: { from: 'gatecloud', to: 'gatecloue' } });
    expect(nameQuery('Équinoxe, NET')).toEqual({
      driver: { from: 'equinoxe', to: 'equinoxf' }, others: [{ from: 'net', to: 'neu' }], joined: { from: 'equinoxenet', to: 'equinoxeneu' },
    });
    expect(nameQuery('ab cd ef')).toEqual({
      driver: { from: 'ab', to: 'ac' }, others: [{ from: 'cd', to: 'ce' }, { from: 'ef', to: 'eg' }], joined: { from: 'abcdef', to: 'abcdeg' },
    });
  });
});
