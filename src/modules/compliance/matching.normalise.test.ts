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
    ['City Plaza, S.A. de C.V.', ['city', 'plaza'], ['s a de c v']],
    ['Farmacias Jerlyne SA DE CV', ['farmacias', 'jerlyne'], ['sa de cv']],
    ['Agricola Tavo S.P.R. de R.L.', ['agricola', 'tavo'], ['s p r de r l']],
    ['SBK Import S.A.C.', ['sbk', 'import'], ['s a c']],
    ['Golden Resources L.L.C.', ['golden', 'resources'], ['l l c']],
    ['Citicar Ltda.', ['citicar'], ['ltda']],
    ['Merideis d.o.o.', ['merideis'], ['d o o']],
    ['Pesca Mediterranea Limtied', ['pesca', 'mediterranea'], ['limited']], // one slip in a long form word
    ['Songi Trading Comphany', ['songi', 'trading'], ['company']],
    ['Green Pine Associated Crporation', ['green', 'pine', 'associated'], ['corporation']],
    ['Acme Co', ['acme'], ['co']],
    ['Acme Cox', ['acme', 'cox'], []], // short form words take no slips
    ['Aerospace Industries Org', ['aerospace', 'industries', 'organization'], []],
    ['Natl Iranian Oil Co', ['national', 'iranian', 'oil'], ['co']],
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
