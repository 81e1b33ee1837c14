import { describe, expect, it } from 'vitest';
import { buildIndex, nameVariants, type IndexedEntry } from './matching.index.ts';
import { ADDRESS_EVIDENCE, COUNTRY_EVIDENCE, screenName } from './matching.score.ts';

const entry = (listEntryId: string, name: string, over: Partial<IndexedEntry> = {}): IndexedEntry => ({
  listEntryId, source: 'EL', name, aliases: [], entityType: 'entity', countries: [], addresses: [], ...over,
});

// A small list whose common words ("trading", "international", "bank") recur, as in the real lists.
const index = buildIndex([
  entry('1', 'Mahan Air', { countries: ['IR'], addresses: ['Mahan Tower, Azadegan Street, Tehran, IR'] }),
  entry('2', 'Bank Melli Iran', { aliases: ['Melli Bank'], countries: ['IR'] }),
  entry('3', 'Volga Trading International LLC'),
  entry('4', 'Orient Trading International'),
  entry('5', 'Sunrise Trading Company'),
  entry('6', 'Global Trading Bank'),
  entry('12', 'Sunrise Holdings'), entry('13', 'Orient Holdings Group'), entry('14', 'Global Holdings'), entry('15', 'Delta Holdings Trading'),
  entry('7', 'KIM, Jong Un', { entityType: 'individual', countries: ['KP'] }),
  entry('8', 'Academy of Aerospace Solid Propulsion Technology (AASPT)'),
  entry('9', 'Cloudgate Networks'),
  entry('10', 'Sinobright Import and Export Company; and any successor, sub-unit, or subsidiary thereof'),
  entry('11', 'Rosoboronexport', { aliases: ['ROE'] }),
  entry('11', 'Rosoboronexport (repeated id: kept once)'),
]);
const best = (name: string, extra: { country?: string; address?: string } = {}) => screenName(index, { name, ...extra }, { minScore: 0 })[0];
const flagged = (name: string) => screenName(index, { name }).map((m) => m.listEntryId);

describe('screenName', () => {
  it.each([
    ['the listed name', 'Mahan Air', '1'],
    ['case and a legal form', 'MAHAN AIR LTD', '1'],
    ['a typo', 'Mahaan Air', '1'],
    ['word order', 'Iran Bank Melli', '2'],
    ['an alias', 'Melli Bank', '2'],
    ['a changed suffix', 'Volga Trading International GmbH', '3'],
    ['accents', 'Vôlga Tráding Internationál', '3'],
    ['a person, first name first', 'Jong Un Kim', '7'],
    ['the name without its bracketed acronym', 'Academy of Aerospace Solid Propulsion Technology', '8'],
    ['two words written together', 'Cloud Gate Networks', '9'],
    ['without the lists’ boilerplate', 'Sinobright Import and Export Co., Ltd.', '10'],
  ])('%s: %s → entry %s', (_kind, name, id) => {
    expect(flagged(name)[0]).toBe(id);
  });

  it('keeps an entry once, with its best name', () => {
    expect(index.stats.entries).toBe(15);
    expect(screenName(index, { name: 'Rosoboronexport' }, { minScore: 0 }).filter((m) => m.listEntryId === '11')).toHaveLength(1);
  });

  it('common words alone do not make a match: the distinctive word must', () => {
    expect(flagged('Trading International')).toEqual([]);
    expect(flagged('Acme Trading International')).toEqual([]);
    expect(flagged('Mahan Foods')).toEqual([]);
    // The distinctive word carries more weight than the common one.
    expect(index.weightOf('volga')).toBeGreaterThan(index.weightOf('trading'));
  });

  it('an extra or missing common word costs less than a distinctive one', () => {
    const score = (name: string) => best(name)?.score ?? 0;
    expect(score('Volga Trading International')).toBe(1);
    expect(score('Volga Trading International Holdings')).toBeLessThan(1);
    expect(score('Volga Trading International Holdings')).toBeGreaterThan(score('Volga Trading International Zyxwv'));
    expect(score('Volga International')).toBeGreaterThan(score('Trading International'));
    expect(score('Volga Trading International Holdings')).toBeGreaterThan(0.8);
    expect(best('Volga Trading International')!.explanation.pairs).toHaveLength(3);
  });

  it('explains: entry, list, the name that matched, pairs with weights, words left over, evidence', () => {
    const match = best('Mahan Air Cargo', { country: 'IR', address: 'Azadegan Street, Tehran' })!;
    expect(match).toMatchObject({ listEntryId: '1', source: 'EL', name: 'Mahan Air', matchedName: 'Mahan Air' });
    expect(match.explanation.pairs.map((p) => [p.query, p.matched, p.similarity])).toEqual([['mahan', 'mahan', 1], ['air', 'air', 1]]);
    expect(match.explanation.unmatchedQuery.map((u) => u.token)).toEqual(['cargo']);
    expect(match.explanation.country).toEqual({ query: 'IR', listed: ['IR'], effect: COUNTRY_EVIDENCE });
    expect(match.explanation.address).toMatchObject({ effect: ADDRESS_EVIDENCE, sharedWords: expect.arrayContaining(['tehran', 'azadegan']) });
    expect(match.score).toBeCloseTo(match.explanation.nameScore + COUNTRY_EVIDENCE + ADDRESS_EVIDENCE, 4);
  });

  it('a country that differs lowers the score a little; no country says nothing', () => {
    const none = best('Mahan Air')!.score;
    expect(best('Mahan Air', { country: 'DE' })!.score).toBeCloseTo(none - COUNTRY_EVIDENCE, 4);
    expect(best('Mahan Air', { country: 'de' })!.explanation.country?.query).toBe('DE');
  });

  it('levels follow the thresholds, and the thresholds are the caller’s', () => {
    expect(best('Mahan Air')!.explanation.level).toBe('strong');
    const strict = screenName(index, { name: 'Mahaan Air' }, { thresholds: { strong: 1, review: 0.999 } });
    expect(strict).toEqual([]);
  });

  it.each(['', '!!!', '   ', '中国', 'Ltd'])('a name with nothing to match (%j) matches nothing, without failing', (name) => {
    expect(() => screenName(index, { name })).not.toThrow();
    expect(screenName(index, { name }).filter((m) => m.score >= 0.95)).toEqual([]);
  });

  it('a 10,000-character name is screened without failing', () => {
    expect(() => screenName(index, { name: 'Mahan Air '.repeat(1000) })).not.toThrow();
  });
});

describe('nameVariants', () => {
  it('adds the name without its brackets and the bracketed name as an alias', () => {
    expect(nameVariants({ name: 'Volgaburmash (a.k.a. Volga Machines)', aliases: ['VBM'] })).toEqual([
      ['Volgaburmash (a.k.a. Volga Machines)', false], ['Volgaburmash', false], ['Volga Machines', true], ['VBM', true],
    ]);
  });
});
