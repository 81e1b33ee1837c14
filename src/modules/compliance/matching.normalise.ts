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
  'sp z o o', 'sdn bhd', 'pte ltd', 'pty ltd', 'co ltd', 's a r l', 's a s', 's p a', 's r l', 's a', 'a s', 'a g', 'b v', 'n v', 'k g', 'o o o', 'z a o',
  'ltd', 'limited', 'llc', 'llp', 'lp', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'plc', 'gmbh', 'ag', 'kg', 'ohg', 'ug', 'bv', 'nv',
  'sa', 'sas', 'sarl', 'spa', 'srl', 'sl', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'jsc', 'ojsc', 'pjsc', 'cjsc', 'ooo', 'oao', 'zao', 'pao', 'ao', 'tov',
  'fze', 'fzco', 'fzc', 'fz llc', 'pte', 'pty', 'bhd', 'tbk', 'kk', 'gk', 'jv', 'sae', 'wll', 'est',
].map((form) => form.split(' ')).sort((a, b) => b.length - a.length);

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
  const words = foldText(person ? personOrder(bare) : bare).split(' ').filter(Boolean);
  const tokens: string[] = [];
  const legalForms: string[] = [];
  for (let i = 0; i < words.length; ) {
    // First, only the forms written before names count: "AG Holdings" keeps its "ag".
    const form = LEGAL_FORMS.find((f) => f.every((w, k) => words[i + k] === w) && (i > 0 || LEADING_FORMS.has(f.join(' '))));
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
    const form = LEGAL_FORMS.find((f) => f.every((w, k) => words[i + k] === w));
    if (!form) return false;
    i += form.length;
  }
  return true;
}
