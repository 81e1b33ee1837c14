import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readListSource } from '../../src/modules/compliance/lists.source.ts';
import type { ListEntry } from '../../src/modules/compliance/lists.parse.ts';
import { foldText, normaliseName } from '../../src/modules/compliance/matching.normalise.ts';
import { jaroWinkler } from '../../src/modules/compliance/matching.similarity.ts';

/**
 * The screening bench's labelled set: true variants of listed names (positives) and names that are
 * not listed (negatives), made from the full 2022 CSL with a seeded PRNG, so the same seed gives the
 * same file. `npx tsx bench/screening/generate-labelled-set.ts [--seed N]` writes
 * bench/screening/labelled-set.json; bench/screening/README.md describes each kind.
 */

export const CSL = fileURLToPath(new URL('../../data/screening/csl/consolidated-2022-05.csv.gz', import.meta.url));
export const LABELLED_SET = fileURLToPath(new URL('./labelled-set.json', import.meta.url));
const REAL_COMPANIES = fileURLToPath(new URL('./real-companies.txt', import.meta.url));
export const DEFAULT_SEED = 20220501;

export type PositiveKind = 'typo' | 'word-order' | 'dropped-word' | 'accents' | 'punctuation' | 'legal-suffix' | 'alias' | 'case' | 'first-last';
export type NegativeKind = 'real-company' | 'word-replaced' | 'common-words-only' | 'other-given-names';

export interface LabelledItem {
  query: string;
  country?: string;
  expected: 'match' | 'none';
  /** Positives: the entry the query is a variant of. Near-misses: the entry it was made from (and must not match). */
  listEntryId?: string;
  /** Near-misses and positives: the listed name or alias the query was made from. */
  from?: string;
  kind: PositiveKind | NegativeKind;
}

export interface LabelledSet {
  seed: number;
  list: string;
  generated: { positives: Record<string, number>; negatives: Record<string, number> };
  /** Real companies left out because the exact-normalised baseline finds them on the list. */
  droppedRealCompanies: string[];
  items: LabelledItem[];
}

/** Items per kind (the set's size: 1,500 positives, up to 1,500 negatives). */
const POSITIVES: Record<PositiveKind, number> = {
  typo: 300, 'word-order': 150, 'dropped-word': 150, accents: 150, punctuation: 150, 'legal-suffix': 200, alias: 150, case: 100, 'first-last': 150,
};
const NEAR_MISSES: Record<Exclude<NegativeKind, 'real-company'>, number> = { 'word-replaced': 200, 'common-words-only': 150, 'other-given-names': 150 };
/** Share of queries (positives and near-misses) that carry the entry's country, when it has one. */
const WITH_COUNTRY = 0.4;
/** A word in at least this many listed names is common (too generic to identify anyone alone). */
const COMMON_DF = 30;

/** mulberry32: a small seeded PRNG (no Math.random anywhere in the set). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STOPWORDS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'el', 'al', 'y', 'et', 'und', 'des', 'du', 'da', 'do', 'di', 'i', 'in', 'bin', 'ibn', 'abu', 'bint', 'van', 'von']);
/** Generic business words (a common-words-only near-miss keeps only these, when they are common on the list too). */
const GENERIC = new Set(`trading trade company group bank investment investments international services service import export general engineering
  holding holdings development construction commercial industrial industries industry research systems system technology technologies petroleum
  shipping marine logistics financial finance fund insurance transport energy electronics electronic science scientific institute center centre
  foundation organization organisation association union national federal chemical chemicals mining steel metal metals machinery equipment products
  manufacturing production solutions supply consulting management property properties estate medical pharmaceutical agricultural agriculture
  global new united middle east west north south asia europe islamic iranian russian chinese syrian arab republic state plant factory joint stock
  limited corporation enterprise enterprises partners office agency business commerce communications telecom media radio television news oil gas
  power electric electrical aviation airlines air travel tourism tours hotel import exports imports inversiones comercial comercializadora grupo
  servicios internacional sociedad empresa industrial ship repair yard port navigation maritime sea ocean line lines cargo freight food foods textile
  textiles construction building materials computer software network networks security defense defence military aerospace precision instruments
  manufacturing ltd cooperative`.split(/\s+/));
/** Words a near-miss puts in place of a listed word: real, common, unrelated to sanctions. */
const REPLACEMENTS = [
  'Foods', 'Bakery', 'Garden', 'Music', 'Dental', 'Furniture', 'Textiles', 'Travel', 'Sports', 'Pharmacy', 'Flowers', 'Coffee', 'Books', 'Toys', 'Pottery',
  'Lighting', 'Plumbing', 'Roofing', 'Printing', 'Bicycles', 'Cosmetics', 'Jewellery', 'Optics', 'Veterinary', 'Brewery', 'Dairy', 'Orchard', 'Marina',
  'Harbour', 'Meadow', 'Willow', 'Maple', 'Cedar', 'Silver', 'Golden', 'Crystal', 'Northern', 'Sunrise', 'Horizon', 'Summit', 'Pioneer', 'Liberty', 'Heritage',
  'Evergreen', 'Riverside', 'Lakeside', 'Highland', 'Coastal', 'Prairie', 'Valley', 'Canyon', 'Falcon', 'Dolphin', 'Penguin', 'Tulip', 'Lavender', 'Saffron',
  'Velvet', 'Granite', 'Marble', 'Copper', 'Amber', 'Ivory', 'Scarlet', 'Indigo', 'Emerald', 'Sapphire', 'Oakwood', 'Birchwood', 'Kingfisher', 'Robin',
];
/** Given names a near-miss gives a listed person instead of theirs. */
const GIVEN_NAMES = [
  'Emma', 'Olivia', 'Sophie', 'Charlotte', 'Hannah', 'Lucy', 'Claire', 'Ingrid', 'Astrid', 'Greta', 'Chiara', 'Giulia', 'Lucia', 'Carmen', 'Pilar',
  'Margaux', 'Camille', 'Amelie', 'Freya', 'Siobhan', 'Mei', 'Yuki', 'Haruto', 'Kenji', 'Priya', 'Ananya', 'Thomas', 'William', 'Oliver', 'Henry',
  'George', 'Arthur', 'Lukas', 'Jonas', 'Matthias', 'Sven', 'Lars', 'Pierre', 'Etienne', 'Lorenzo', 'Matteo', 'Pablo', 'Diego', 'Joaquin', 'Patrick',
  'Declan', 'Bjorn', 'Niels', 'Pieter', 'Wouter', 'Tobias', 'Florian', 'Benedikt', 'Kasper', 'Mikkel', 'Hugo', 'Felix', 'Oscar', 'Rupert', 'Nigel',
];
/** Legal forms a legal-suffix variant writes (as customers do). */
const SUFFIXES = ['Ltd', 'Ltd.', 'Limited', 'LLC', 'GmbH', 'Co., Ltd.', 'Inc.', 'Corp.', 'Company', 'Corporation', 'S.A.', 'JSC', 'PLC', 'Co.'];
/** A trailing legal form as the lists write it (", CO., LTD.", " LLC", " S.A.", …). */
const TRAILING_FORM = new RegExp(
  '(?:,?\\s+(?:' + [
    'co\\.?,?\\s*ltd\\.?', 'company\\s+limited', 'limited\\s+liability\\s+company', '(?:open\\s+|closed\\s+)?joint[-\\s]stock\\s+company', 'ltd\\.?', 'limited',
    'l\\.?l\\.?c\\.?', 'inc\\.?', 'incorporated', 'corp\\.?', 'corporation', 'gmbh', 's\\.?a\\.?\\s+de\\s+c\\.?v\\.?', 's\\.?a\\.?s\\.?', 's\\.?a\\.?c\\.?', 's\\.?a\\.?l\\.?',
    's\\.?a\\.?', 's\\.?c\\.?s\\.?', 'jsc', 'ojsc', 'pjsc', 'cjsc', 'ooo', 'oao', 'zao', 'pao', 'ao', 'tov', 'plc', 'fze', 'fzco', 'fz-llc', 'llp', 'co\\.?', 'company', 'pte\\.?\\s+ltd\\.?',
    'pvt\\.?\\s+ltd\\.?', 'sdn\\.?\\s+bhd\\.?', 'ag', 'a\\.?s\\.?', 'ad', 'e?ood', 'd\\.?o\\.?o\\.?', 'n\\.?v\\.?', 'b\\.?v\\.?', 's\\.?r\\.?l\\.?', 's\\.?p\\.?a\\.?', 'sarl',
    'ltda\\.?', 'cia\\.?\\s+ltda\\.?', 'lda\\.?', 'ou', 'oy', 'ab', 'offshore', '\\(off\\s*shore\\)',
  ].join('|') + '))+\\s*$', 'i');
/** Words of legal forms the normaliser keeps as words (Spanish, Portuguese, Balkan forms): not distinctive either. */
const FORM_WORDS = new Set(['ltda', 'lda', 'sac', 'cv', 'sal', 'scs', 'ood', 'eood', 'doo', 'd', 'o', 'ad', 'ou', 'cia', 'pvt', 'sas', 'de', 'offshore', 'off', 'shore']);
const LEADING_FORM = /^(?:ooo|oao|zao|pao|ao|jsc|ojsc|pjsc|cjsc|tov)\s+/i;
const ACCENTS: Record<string, string[]> = { a: ['à', 'á', 'ä', 'â'], e: ['é', 'è', 'ë', 'ê'], i: ['í', 'ï'], o: ['ó', 'ö', 'ô'], u: ['ü', 'ú'], n: ['ñ'], c: ['ç'], s: ['ş'] };

/** The baseline's key: the normalised tokens as screenName compares a query's. */
export const queryKey = (text: string) => normaliseName(text, { person: true }).tokens.join(' ');
export const listedKey = (text: string, entry: Pick<ListEntry, 'entityType'>) => normaliseName(text, { person: entry.entityType === 'individual' }).tokens.join(' ');

const letters = (text: string) => foldText(text).replace(/[^a-z]/g, '').length;
const isUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();
const withCaseOf = (model: string, c: string) => (isUpper(model) ? c.toUpperCase() : c.toLowerCase());
const titleCase = (text: string) => text.toLowerCase().replace(/(^|[\s\-'(/])(\p{L})/gu, (_, p, c) => p + c.toUpperCase());

/** Damerau–Levenshtein distance ≤ 1 (one substitution, insertion, deletion or adjacent transposition). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * An entry's names as a screener should know them: its name and aliases as listed, and for one with
 * a part in brackets ("KOREA SOUTH-SOUTH COOPERATION CORPORATION (SOUTH-SOUTH)") the name without it
 * and the bracketed part (less a leading "a.k.a."), marked `derived`.
 */
export function listedNames(entry: Pick<ListEntry, 'name' | 'aliases'>): { text: string; alias: boolean; derived: boolean }[] {
  const out: { text: string; alias: boolean; derived: boolean }[] = [];
  for (const [text, alias] of [[entry.name, false] as const, ...entry.aliases.map((a) => [a, true] as const)]) {
    out.push({ text, alias, derived: false });
    if (!text.includes('(')) continue;
    const outside = text.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    if (outside && outside !== text) out.push({ text: outside, alias, derived: true });
    for (const [, inside] of text.matchAll(/\(([^()]*)\)/g)) {
      const named = inside!.replace(/^\s*(?:[af]\.?k\.?a\.?|formerly|also known as)[:\s]+/i, '').trim();
      if (named.length >= 2) out.push({ text: named, alias: true, derived: true });
    }
  }
  return out;
}

interface Listed {
  entry: ListEntry;
  text: string;
  alias: boolean;
  tokens: string[];
}

export function generateLabelledSet(entries: ListEntry[], realCompanies: string[], seed = DEFAULT_SEED): LabelledSet {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const shuffled = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };

  // Every listed name and alias, the baseline's keys, and each word's document frequency.
  const all: Listed[] = [];
  const keys = new Set<string>();
  const df = new Map<string, number>();
  const postings = new Map<string, Listed[]>();
  for (const entry of entries) {
    for (const { text, alias, derived } of listedNames(entry)) {
      const tokens = normaliseName(text, { person: entry.entityType === 'individual' }).tokens;
      if (tokens.length === 0) continue;
      const listed = { entry, text, alias, tokens };
      // Queries are made from names as listed; the derived ones count as listed names all the same.
      if (!derived) all.push(listed);
      keys.add(tokens.join(' '));
      for (const token of new Set(tokens)) {
        df.set(token, (df.get(token) ?? 0) + 1);
        postings.set(token, [...(postings.get(token) ?? []), listed]);
      }
    }
  }
  const common = (token: string) => (df.get(token) ?? 0) >= COMMON_DF;
  const distinctive = (token: string) => !STOPWORDS.has(token) && !FORM_WORDS.has(token) && token.length >= 2;

  /**
   * A listed name is a sensible query when it has more than three letters and at least one word
   * that is not common (in fewer than COMMON_DF names): "AB", "ALI" or "TRADING COMPANY" are not.
   */
  const sensible = (l: Listed) => letters(l.tokens.join('')) > 3 && l.tokens.some((t) => !common(t));

  /**
   * Could `query` be a true variant of some listed name? Then it cannot be a negative: same words
   * in any order up to one edit each, or a listed name of three words or more with one word more.
   */
  function resemblesListed(query: string): boolean {
    const tokens = normaliseName(query, { person: true }).tokens;
    if (keys.has(tokens.join(' '))) return true;
    const seen = new Set<Listed>();
    for (const token of new Set(tokens)) for (const l of postings.get(token) ?? []) seen.add(l);
    for (const l of seen) {
      const rest = [...l.tokens];
      let unmatched = 0;
      for (const t of tokens) {
        const k = rest.findIndex((r) => withinOneEdit(t, r));
        if (k >= 0) rest.splice(k, 1);
        else unmatched++;
      }
      if (unmatched === 0 && rest.length === 1 && l.tokens.length >= 3) return true;
      // The query holds a whole listed name with a word that is not common ("AL-NUSRAH SPORTS" holds the alias "AL-NUSRAH").
      if (rest.length === 0 && (unmatched === 0 || sensible(l))) return true;
    }
    return false;
  }

  const people = (l: Listed) => l.entry.entityType === 'individual';
  const companies = (l: Listed) => l.entry.entityType === 'entity';
  const pool = shuffled(all.filter((l) => (people(l) || companies(l)) && sensible(l)));
  const names = pool.filter((l) => !l.alias);

  /** The words of a listed name as written, with their folded forms. */
  const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).map((raw) => ({ raw, folded: foldText(raw) }));

  function typo(l: Listed): string | null {
    const words = wordsOf(l.text);
    const long = words.map((w, i) => ({ ...w, i })).filter((w) => /^\p{L}+$/u.test(w.raw.replace(/[.,]$/, '')) && w.raw.replace(/[.,]$/, '').length >= 5);
    if (long.length === 0) return null;
    const w = pick(long);
    const core = w.raw.replace(/[.,]$/, '');
    const tail = w.raw.slice(core.length);
    // Anywhere in the word, the first letter too (a transposition: of two neighbours).
    const edit = pick(['substitution', 'insertion', 'deletion', 'transposition'] as const);
    const at = Math.floor(random() * (edit === 'insertion' ? core.length + 1 : edit === 'transposition' ? core.length - 1 : core.length));
    const letter = () => withCaseOf(core[Math.min(at, core.length - 1)]!, 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!);
    let edited = core;
    switch (edit) {
      case 'substitution': {
        let c = letter();
        while (c.toLowerCase() === core[at]!.toLowerCase()) c = letter();
        edited = core.slice(0, at) + c + core.slice(at + 1);
        break;
      }
      case 'insertion': edited = core.slice(0, at) + letter() + core.slice(at); break;
      case 'deletion': edited = core.slice(0, at) + core.slice(at + 1); break;
      case 'transposition': edited = core[at] === core[at + 1] ? core : core.slice(0, at) + core[at + 1] + core[at] + core.slice(at + 2); break;
    }
    if (edited === core) return null;
    words[w.i] = { raw: edited + tail, folded: '' };
    return words.map((x) => x.raw).join(' ');
  }

  function wordOrder(l: Listed): string | null {
    if (people(l)) {
      // "LAST, First" written surname first without the comma (as in Chinese, Hungarian, Korean names).
      if (l.text.split(',').length !== 2) return null;
      return l.text.replace(',', '');
    }
    const bare = l.text.replace(TRAILING_FORM, '');
    const words = wordsOf(bare);
    const movable = words.map((w, i) => i).filter((i) => i + 1 < words.length && distinctive(words[i]!.folded) && distinctive(words[i + 1]!.folded));
    if (movable.length === 0) return null;
    const i = pick(movable);
    [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
    return words.map((w) => w.raw).join(' ') + l.text.slice(bare.length);
  }

  /**
   * One middle word left out, in a name of three distinctive words or more. Not the name's rarest
   * word (that one says who it is), not a word of three letters or fewer (a Korean given name's
   * second syllable: "KIM, Kwang Yon" is not "KIM, Kwang"), and two words of four letters or more stay.
   */
  function droppedWord(l: Listed): string | null {
    if (l.tokens.filter(distinctive).length < 3) return null;
    const rarest = [...l.tokens].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))[0];
    const droppable = (w: { folded: string }) => {
      const f = w.folded.split(' ');
      return f.every(distinctive) && w.folded.replace(/ /g, '').length >= 4 && !f.includes(rarest!);
    };
    const stays = (words: { folded: string }[]) => words.flatMap((w) => w.folded.split(' ')).filter((f) => distinctive(f) && f.length >= 4).length >= 2;
    if (people(l)) {
      // A middle given name left out: "AL-JABURI, Sami Jasim Muhammad" → "AL-JABURI, Sami Muhammad".
      const parts = l.text.split(',');
      if (parts.length !== 2) return null;
      const given = wordsOf(parts[1]!);
      const middle = given.map((g, i) => i).filter((i) => i > 0 && droppable(given[i]!));
      if (middle.length === 0) return null;
      given.splice(pick(middle), 1);
      if (!stays([...wordsOf(parts[0]!), ...given])) return null;
      return `${parts[0]}, ${given.map((g) => g.raw).join(' ')}`;
    }
    const words = wordsOf(l.text);
    // Neither at the ends nor between two small words ("SISTEMA DE RADIO DE SINALOA" keeps its RADIO).
    const small = (w?: { folded: string }) => !w || !w.folded || STOPWORDS.has(w.folded);
    const middle = words.map((w, i) => i).filter((i) => i > 0 && i < words.length - 1 && droppable(words[i]!) && /^\p{L}+$/u.test(words[i]!.raw) && !(small(words[i - 1]) && small(words[i + 1])));
    if (middle.length === 0) return null;
    words.splice(pick(middle), 1);
    if (!stays(words)) return null;
    return words.map((w) => w.raw).join(' ');
  }

  function accents(l: Listed): string | null {
    const plain = l.text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC');
    if (plain !== l.text.normalize('NFC')) return plain; // accents removed
    const spots = [...l.text].map((c, i) => i).filter((i) => ACCENTS[l.text[i]!.toLowerCase()]);
    if (spots.length === 0) return null;
    const chars = [...l.text];
    for (const i of shuffled(spots).slice(0, 1 + Math.floor(random() * 2))) chars[i] = withCaseOf(chars[i]!, pick(ACCENTS[chars[i]!.toLowerCase()]!));
    return chars.join('');
  }

  function punctuation(l: Listed): string | null {
    // An individual's "LAST, First" comma stays (it says which name is the surname); the rest goes.
    const text = people(l) && l.text.split(',').length === 2 ? l.text.replace(',', '\u0000') : l.text;
    if (!/[.,\-'’/()&"]/.test(text)) return null;
    return text.replace(/[.'’"]/g, '').replace(/[,\-/()&]+/g, ' ').replace(/\s+/g, ' ').trim().replace('\u0000', ',');
  }

  function legalSuffix(l: Listed): string | null {
    if (!companies(l)) return null;
    if (LEADING_FORM.test(l.text)) return l.text.replace(LEADING_FORM, '') + (random() < 0.5 ? '' : ` ${pick(SUFFIXES)}`);
    const trailing = l.text.match(TRAILING_FORM);
    const bare = trailing ? l.text.slice(0, trailing.index) : l.text;
    if (letters(bare) <= 3) return null;
    const suffix = trailing && random() < 0.3 ? '' : pick(SUFFIXES.filter((s) => s.toLowerCase() !== trailing?.[0].trim().replace(/^,\s*/, '').toLowerCase()));
    const written = isUpper(bare) && random() < 0.5 ? suffix.toUpperCase() : suffix;
    return written ? `${bare}${random() < 0.3 ? ',' : ''} ${written}` : bare;
  }

  function alias(l: Listed): string | null {
    const name = all.find((x) => x.entry === l.entry && !x.alias);
    return l.alias && name && name.tokens.join(' ') !== l.tokens.join(' ') ? l.text : null;
  }

  function changeCase(l: Listed): string | null {
    const options = [l.text.toLowerCase(), titleCase(l.text), l.text.toUpperCase()].filter((t) => t !== l.text);
    return options.length ? pick(options) : null;
  }

  function firstLast(l: Listed): string | null {
    if (!people(l)) return null;
    const parts = l.text.split(',');
    if (parts.length !== 2 || !parts[0]!.trim() || !parts[1]!.trim()) return null;
    const turned = `${parts[1]!.trim()} ${parts[0]!.trim()}`;
    return random() < 0.7 ? titleCase(turned) : turned;
  }

  const makers: Record<PositiveKind, [(l: Listed) => string | null, (l: Listed) => boolean]> = {
    typo: [typo, () => true],
    'word-order': [wordOrder, () => true],
    'dropped-word': [droppedWord, (l) => !l.alias],
    accents: [accents, () => true],
    punctuation: [punctuation, () => true],
    'legal-suffix': [legalSuffix, (l) => !l.alias],
    alias: [alias, (l) => l.alias],
    case: [changeCase, () => true],
    'first-last': [firstLast, (l) => !l.alias],
  };

  const country = (entry: ListEntry) => (entry.countries.length > 0 && random() < WITH_COUNTRY ? { country: pick(entry.countries) } : {});
  const items: LabelledItem[] = [];
  const used = new Set<string>();
  const positives: Record<string, number> = {};
  for (const [kind, want] of Object.entries(POSITIVES) as [PositiveKind, number][]) {
    const [make, fits] = makers[kind];
    let made = 0;
    for (const l of shuffled(pool)) {
      if (made >= want) break;
      if (!fits(l) || used.has(`${kind} ${l.entry.entryId}`)) continue;
      const query = make(l);
      if (!query || query === l.text && kind !== 'alias' || letters(query) <= 3) continue;
      used.add(`${kind} ${l.entry.entryId}`);
      items.push({ query, ...country(l.entry), expected: 'match', listEntryId: l.entry.entryId, from: l.text, kind });
      made++;
    }
    positives[kind] = made;
  }

  // Negatives. Real companies, less those the exact-normalised baseline finds on the list.
  const negatives: Record<string, number> = {};
  const droppedRealCompanies: string[] = [];
  const seenCompanies = new Set<string>();
  for (const company of realCompanies) {
    const key = queryKey(company);
    if (!key || seenCompanies.has(key)) continue;
    seenCompanies.add(key);
    if (keys.has(key)) {
      droppedRealCompanies.push(company);
      continue;
    }
    items.push({ query: company, expected: 'none', kind: 'real-company' });
  }
  negatives['real-company'] = seenCompanies.size - droppedRealCompanies.length;

  /** "Mahan Air" → "Mahan Foods": one distinctive word for an unrelated real word. */
  function wordReplaced(l: Listed): string | null {
    // Short names only: in "COMITE DE BIENFAISANCE ET DE SECOURS AUX PALESTINIENS" one word less is still the same committee.
    const own = l.tokens.filter(distinctive);
    if (!companies(l) || own.length < 2 || own.length > 3) return null;
    const words = wordsOf(l.text);
    // A word that is not common goes ("JOINT STOCK COMPANY AVANGARD" keeps its AVANGARD, so loses it or nothing).
    const replaceable = words.map((w, i) => i).filter((i) => {
      const folded = words[i]!.folded;
      return distinctive(folded) && !common(folded) && /^\p{L}+$/u.test(words[i]!.raw) && !TRAILING_FORM.test(` ${words[i]!.raw}`);
    });
    if (replaceable.length === 0 || words.length < 2) return null;
    const i = pick(replaceable);
    // Unlike every word of the name (else it is a misspelling of it: "MAPLE" for "MARBLE").
    const word = pick(REPLACEMENTS.filter((r) => l.tokens.every((t) => jaroWinkler(t, r.toLowerCase()) < 0.8)));
    words[i] = { raw: isUpper(words[i]!.raw) ? word.toUpperCase() : word, folded: word.toLowerCase() };
    return words.map((w) => w.raw).join(' ');
  }

  /** "ZARAND IRANIAN STEEL COMPANY" → "IRANIAN STEEL COMPANY": the distinctive words gone, the common ones kept. */
  function commonWordsOnly(l: Listed): string | null {
    if (!companies(l)) return null;
    const words = wordsOf(l.text);
    // Generic words that are common on the list; "&", "OF", "AND" go too (they would be left dangling).
    const generic = (f: string) => GENERIC.has(f) && common(f);
    const kept = words.filter((w) => w.folded && w.folded.split(' ').every(generic));
    if (kept.length === words.length || kept.length > 6 || normaliseName(kept.map((w) => w.raw).join(' ')).tokens.length < 2) return null;
    return kept.map((w) => w.raw).join(' ').replace(/^[,:;\-\s]+|[,:;\-\s]+$/g, '');
  }

  /** "LAST, First Middle" → "Oliver LAST": the surname kept, the given names someone else's. */
  function otherGivenNames(l: Listed): string | null {
    if (!people(l)) return null;
    const parts = l.text.split(',');
    if (parts.length !== 2 || !parts[1]!.trim() || letters(parts[0]!) < 4) return null;
    const given = pick(GIVEN_NAMES);
    const surname = parts[0]!.trim();
    return random() < 0.5 ? `${given} ${titleCase(surname)}` : `${surname.toUpperCase()}, ${given}`;
  }

  const nearMakers: Record<keyof typeof NEAR_MISSES, (l: Listed) => string | null> = {
    'word-replaced': wordReplaced, 'common-words-only': commonWordsOnly, 'other-given-names': otherGivenNames,
  };
  const queries = new Set(items.map((i) => foldText(i.query)));
  for (const [kind, want] of Object.entries(NEAR_MISSES) as [keyof typeof NEAR_MISSES, number][]) {
    let made = 0;
    for (const l of shuffled(names)) {
      if (made >= want) break;
      const query = nearMakers[kind](l);
      if (!query || queries.has(foldText(query)) || resemblesListed(query)) continue;
      queries.add(foldText(query));
      items.push({ query, ...country(l.entry), expected: 'none', listEntryId: l.entry.entryId, from: l.text, kind });
      made++;
    }
    negatives[kind] = made;
  }
  return { seed, list: 'data/screening/csl/consolidated-2022-05.csv.gz', generated: { positives, negatives }, droppedRealCompanies, items };
}

export function readRealCompanies(path = REAL_COMPANIES): string[] {
  return readFileSync(path, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

export function readLabelledSet(path = LABELLED_SET): LabelledSet {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledSet;
}

/** One item per line, so a regenerated set diffs line by line. */
export function writeLabelledSet(set: LabelledSet, path = LABELLED_SET): void {
  const { items, ...head } = set;
  const body = JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "items": [\n');
  writeFileSync(path, `${body}${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]\n}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--seed');
  const seed = at > 0 ? Number(process.argv[at + 1]) : DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new Error('--seed takes an integer');
  const source = await readListSource(CSL);
  const set = generateLabelledSet(source.parsed.entries, readRealCompanies(), seed);
  writeLabelledSet(set);
  console.log(`Wrote ${LABELLED_SET}: ${set.items.length} items (seed ${seed})`);
  console.log('positives', set.generated.positives);
  console.log('negatives', set.generated.negatives);
  if (set.droppedRealCompanies.length) console.log(`real companies left out (listed, exact normalised): ${set.droppedRealCompanies.join('; ')}`);
}
