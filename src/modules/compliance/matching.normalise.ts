import { editDistance } from './matching.similarity.ts';

/**
 * Names as the matcher compares them: lower case, accents and the Latin letters that do not
 * decompose (ß, æ, ø, ł, …) spelled out, punctuation gone, "&" as "and", company-form suffixes
 * (Ltd, GmbH, LLC, S.A., JSC, OOO, Sp. z o.o., …) set apart, and an individual's "LAST, First"
 * turned round. Pure.
 */

/** Letters NFKD leaves whole, as they are written in ASCII. */
const SPELLED: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ŋ: 'n', ħ: 'h', ŧ: 't', ĸ: 'k', ſ: 's',
};

/**
 * Legal forms in many languages, as token sequences after punctuation is gone ("S.A." → "s a").
 * Longest first, so "sp z o o" is taken before "o".
 */
const LEGAL_FORMS: string[][] = [
  // Latin America's "sociedad … de capital variable / de responsabilidad limitada" in their many combinations.
  's a de c v', 's a b de c v', 's a p i de c v', 'sapi de c v', 's de r l de c v', 's de r l', 's p r de r l de c v', 's p r de r l', 'de c v',
  'sa de cv', 'sab de cv', 'sapi de cv', 's de rl de cv', 's de rl', 'spr de rl de cv', 'spr de rl', 'de cv', 'srl de cv',
  's a c', 's a c i', 's c s', 's c a', 's a e', 'l l c', 'd o o', 's r o', 'pvt ltd', 'private limited', 'ltd sti',
  'sp z o o', 'sdn bhd', 'pte ltd', 'pty ltd', 'co ltd', 's a r l', 's a s', 's p a', 's r l', 's a', 'a s', 'a g', 'b v', 'n v', 'k g', 'o o o', 'z a o',
  'ltd', 'limited', 'llc', 'llp', 'lp', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'plc', 'gmbh', 'ag', 'kg', 'ohg', 'ug', 'bv', 'nv',
  'sa', 'sas', 'sarl', 'spa', 'srl', 'sl', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'jsc', 'ojsc', 'pjsc', 'cjsc', 'ooo', 'oao', 'zao', 'pao', 'ao', 'tov',
  'fze', 'fzco', 'fzc', 'fz llc', 'pte', 'pty', 'bhd', 'tbk', 'kk', 'gk', 'jv', 'sae', 'wll', 'est',
  'ltda', 'lda', 'sac', 'saci', 'scs', 'sca', 'sapi', 'doo', 'sro', 'se', 'pvt', 'kft', 'zrt', 'nyrt', 'eood', 'ood', 'ead', 'pllc',
].map((form) => form.split(' ')).sort((a, b) => b.length - a.length);

/**
 * Abbreviations written out, so "Org" meets "Organization" as the same word (the word similarity
 * is deliberately strict with a shared beginning alone: "Alpha" is not "Alphabet").
 */
const ABBREVIATIONS: Record<string, string> = {
  org: 'organization', orgn: 'organization', intl: 'international', natl: 'national', assn: 'association', assoc: 'association',
  dept: 'department', govt: 'government', mfg: 'manufacturing', mfrs: 'manufacturers', bros: 'brothers', svcs: 'services',
  ctr: 'center', centre: 'center', univ: 'university', inst: 'institute', ind: 'industries', inds: 'industries', indus: 'industries',
  tech: 'technology', engg: 'engineering', mgmt: 'management', dev: 'development', grp: 'group', hldgs: 'holdings', hldg: 'holding',
};

/**
 * A word of a legal form, or the same word with one slip ("limtied", "comphany", "crporation"):
 * long form words only, where one slip cannot make another word.
 */
function isFormWord(word: string | undefined, formWord: string): boolean {
  if (word === formWord) return true;
  return word !== undefined && formWord.length >= 6 && Math.abs(word.length - formWord.length) <= 1 && editDistance(word, formWord) <= 1;
}

/** The longest legal form that starts at word i (of those `allowed`), if one does. */
function formAt(words: string[], i: number, allowed: (form: string[]) => boolean = () => true): string[] | undefined {
  return LEGAL_FORMS.find((f) => allowed(f) && f.every((w, k) => isFormWord(words[i + k], w)));
}

/** The forms written before the name too (Russian, Ukrainian: "OOO Stroytransgaz", "JSC Rosoboronexport"). */
const LEADING_FORMS = new Set(['ooo', 'oao', 'zao', 'pao', 'ao', 'jsc', 'ojsc', 'pjsc', 'cjsc', 'tov', 'o o o', 'z a o']);

export interface NormalisedName {
  /** The name's words, without its legal forms. */
  tokens: string[];
  /** The legal forms found (as written after normalising: "gmbh", "s a"). */
  legalForms: string[];
}

/** Lower case ASCII letters and digits, words separated by single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþıŋħŧĸſ]/g, (c) => SPELLED[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/['’`´]/g, '') // O'Brien → obrien, not "o brien"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "LAST, First Middle" (the lists' way for people) → "First Middle LAST"; other names as they are. */
export function personOrder(name: string): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [last, first] = parts.map((p) => p.trim());
  return last && first ? `${first} ${last}` : name;
}

/** The lists' boilerplate after a name ("…; and any successor, sub-unit, or subsidiary thereof"): not part of it. */
const BOILERPLATE = /[;,]?\s*and any successors?,?\s*sub-?\s?units?,?\s*or subsidiar(?:y|ies) thereof/giu;

export function normaliseName(name: string, options: { person?: boolean } = {}): NormalisedName {
  const bare = name.replace(BOILERPLATE, ' ');
  // "MAHAN AIR, LIMITED" or "AERO CONTINENTE, INC." is a company with its legal form, not "LAST, First".
  const afterComma = bare.split(',')[1];
  const person = options.person && !(afterComma !== undefined && isOnlyLegalForms(foldText(afterComma).split(' ').filter(Boolean)));
  const words = foldText(person ? personOrder(bare) : bare).split(' ').filter(Boolean).map((w) => ABBREVIATIONS[w] ?? w);
  const tokens: string[] = [];
  const legalForms: string[] = [];
  for (let i = 0; i < words.length; ) {
    // First, only the forms written before names count: "AG Holdings" keeps its "ag".
    const form = formAt(words, i, (f) => i > 0 || LEADING_FORMS.has(f.join(' ')));
    if (form) {
      legalForms.push(form.join(' '));
      i += form.length;
    } else {
      tokens.push(words[i]!);
      i++;
    }
  }
  // A name that is nothing but legal forms ("Ltd") keeps them as its words.
  return tokens.length > 0 ? { tokens, legalForms } : { tokens: legalForms.flatMap((f) => f.split(' ')), legalForms: [] };
}

/** Whether these words are legal forms and nothing else ("ltd", "s a", "gmbh"). */
function isOnlyLegalForms(words: string[]): boolean {
  if (words.length === 0) return false;
  for (let i = 0; i < words.length; ) {
    const form = formAt(words, i);
    if (!form) return false;
    i += form.length;
  }
  return true;
}
