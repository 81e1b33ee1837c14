import { describe, expect, it } from 'vitest';
import { foldText, normaliseName, personOrder } from './matching.normalise.ts';

describe('folding text', () => {
  it.each([
    ['Équinoxe Networks', 'equinoxe networks'],
    ['Müller & Söhne', 'muller and sohne'],
    ['Straße', 'strasse'],
    ['Ærø Øresund Łódź', 'aero oresund lodz'],
    ['O’Brien-Smith, Jr.', 'obrien smith jr'],
    ['  A.B.C.  Trading  ', 'a b c trading'],
    ['ТЕСТ', 'тест'], // other scripts stay letters (compared as they are)
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('names', () => {
  it.each([
    ['Rosoboronexport JSC', ['rosoboronexport'], ['jsc']],
    ['Huawei Technologies Co., Ltd.', ['huawei', 'technologies'], ['co ltd']],
    ['SIEMENS AG', ['siemens'], ['ag']],
    ['AG Holdings Ltd', ['ag', 'holdings'], ['ltd']],
    ['Banco Nacional S.A.', ['banco', 'nacional'], ['s a']],
    ['Polska Sp. z o.o.', ['polska'], ['sp z o o']],
    ['Petronas Sdn. Bhd.', ['petronas'], ['sdn bhd']],
    ['OOO Stroytransgaz', ['stroytransgaz'], ['ooo']], // Russian forms lead
    ['JSC "Rosoboronexport"', ['rosoboronexport'], ['jsc']],
    ['Ltd', ['ltd'], []],
  ])('%s → %o, forms %o', (name, tokens, legalForms) => {
    expect(normaliseName(name)).toEqual({ tokens, legalForms });
  });

  it('turns an individual’s "LAST, First" round', () => {
    expect(personOrder('PUTIN, Vladimir Vladimirovich')).toBe('Vladimir Vladimirovich PUTIN');
    expect(personOrder('NO COMMA HERE')).toBe('NO COMMA HERE');
    expect(personOrder('A, B, C')).toBe('A, B, C');
    expect(personOrder(', First')).toBe(', First');
    expect(normaliseName('AL-ASSAD, Bashar', { person: true }).tokens).toEqual(['bashar', 'al', 'assad']);
    expect(normaliseName('AL-ASSAD, Bashar').tokens).toEqual(['al', 'assad', 'bashar']);
  });

  it('keeps a company whose comma sets off its legal form as it is', () => {
    expect(normaliseName('MAHAN AIR, LIMITED', { person: true })).toEqual({ tokens: ['mahan', 'air'], legalForms: ['limited'] });
    expect(normaliseName('AERO CONTINENTE, INC.', { person: true }).tokens).toEqual(['aero', 'continente']);
    expect(normaliseName('MINERA ESPERANZA MI, S.A.', { person: true }).tokens).toEqual(['minera', 'esperanza', 'mi']);
    expect(normaliseName('IVANOV, Maxim', { person: true }).tokens).toEqual(['maxim', 'ivanov']);
  });
});
