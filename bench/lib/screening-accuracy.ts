import type { LabelledItem } from '../screening/generate-labelled-set.ts';
import { fuseScreener, type Screener, type Verdict, porticoScreener } from './screening-matchers.ts';
import { fmt, printTable, verdict } from './report.ts';
import type { ListEntry } from '../../src/modules/compliance/lists.parse.ts';

/**
 * Accuracy over the labelled set: recall (positives flagged / positives) and false-positive rate
 * (negatives flagged / negatives) for Portico, the exact-normalised baseline and fuse.js, Portico's
 * recall and FPR by kind, and (--show-misses) Portico's misclassified items grouped by kind.
 */

export const TARGET_RECALL = 0.97;
export const TARGET_FPR = 0.02;
/** fuse.js scores (0 perfect … 1 nothing) tried as its flagging threshold; the search returns all up to the last. */
export const FUSE_THRESHOLDS = [0.001, 0.01, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];

interface Rates {
  positives: number;
  recalled: number;
  /** Positives whose expected entry is among the flagged ones. */
  rightEntry: number;
  negatives: number;
  falsePositives: number;
}

const rates = (items: LabelledItem[], verdicts: Verdict[]): Rates => {
  const r: Rates = { positives: 0, recalled: 0, rightEntry: 0, negatives: 0, falsePositives: 0 };
  items.forEach((item, i) => {
    const v = verdicts[i]!;
    if (item.expected === 'match') {
      r.positives++;
      if (v.flagged) r.recalled++;
      if (v.flagged && v.entries.includes(item.listEntryId!)) r.rightEntry++;
    } else {
      r.negatives++;
      if (v.flagged) r.falsePositives++;
    }
  });
  return r;
};

const pct = (n: number, of: number) => (of === 0 ? '–' : `${fmt((100 * n) / of, 1)} %`);
const ratio = (n: number, of: number) => (of === 0 ? '–' : fmt(n / of, 3));

function rateRow(name: string, r: Rates, ms: number): string[] {
  return [
    name, fmt(r.positives + r.negatives), ratio(r.recalled, r.positives), ratio(r.rightEntry, r.positives), pct(r.falsePositives, r.negatives),
    `${r.positives - r.recalled} / ${r.falsePositives}`, fmt(ms / (r.positives + r.negatives), 2),
  ];
}

export interface AccuracyOptions {
  showMisses: boolean;
  missesPerKind: number;
  /** Items screened with fuse.js (evenly spaced over the set; it is slow: a linear scan); 0: none. */
  fuseSample: number;
}

/** Every k-th item, so a sample keeps the set's mix of kinds. */
export function evenSample<T>(list: T[], n: number): T[] {
  if (n >= list.length) return list;
  const step = list.length / n;
  return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)]!);
}

function run(screener: Screener, items: LabelledItem[]): { verdicts: Verdict[]; ms: number } {
  const t0 = performance.now();
  const verdicts = items.map((item) => screener.screen(item));
  return { verdicts, ms: performance.now() - t0 };
}

export function benchAccuracy(
  items: LabelledItem[], entries: ListEntry[], portico: ReturnType<typeof porticoScreener>, exact: Screener, options: AccuracyOptions,
): boolean {
  const ours = run(portico, items);
  const base = run(exact, items);
  const ourRates = rates(items, ours.verdicts);
  const rows = [rateRow(portico.name, ourRates, ours.ms), rateRow(exact.name, rates(items, base.verdicts), base.ms)];

  let fuseNote = '';
  if (options.fuseSample > 0) {
    const sample = evenSample(items, options.fuseSample);
    const sampleIdx = new Set(sample);
    const fuse = fuseScreener(entries, FUSE_THRESHOLDS.at(-1)!, FUSE_THRESHOLDS.at(-1)!);
    const t0 = performance.now();
    const best = sample.map((item) => fuse.bestScore(item.query));
    const fuseMs = performance.now() - t0;
    // fuse.js at each threshold; the headline is the loosest whose FPR stays within the target.
    const sweep = FUSE_THRESHOLDS.map((t) => {
      const verdicts = best.map((b) => ({ flagged: b !== null && b.score <= t, best: b, entries: b && b.score <= t ? [b.listEntryId] : [] }));
      return { t, r: rates(sample, verdicts) };
    });
    const within = sweep.filter((s) => s.r.falsePositives / Math.max(1, s.r.negatives) <= TARGET_FPR);
    // None within the target: the tightest, said so.
    const chosen = within.at(-1) ?? sweep[0]!;
    const why = within.length ? `the loosest of ${FUSE_THRESHOLDS.join(', ')} with FPR ≤ ${TARGET_FPR * 100} % on this sample`
      : `the tightest of ${FUSE_THRESHOLDS.join(', ')}: none keeps FPR ≤ ${TARGET_FPR * 100} % on this sample`;
    rows.push(rateRow(`fuse.js 7.5 (score ≤ ${chosen.t}; sample)`, chosen.r, fuseMs));
    rows.push(rateRow('Portico on the same sample', rates(sample, ours.verdicts.filter((_, i) => sampleIdx.has(items[i]!))), NaN));
    fuseNote = `fuse.js: ${fmt(sample.length)} items (every ${fmt(items.length / sample.length, 1)}th), names and aliases normalised as Portico normalises them, ` +
      `ignoreLocation, flagged when its best score ≤ t; t = ${chosen.t}, ${why}. ` +
      `Sweep: ${sweep.map((s) => `t ${s.t}: recall ${ratio(s.r.recalled, s.r.positives)}, FPR ${pct(s.r.falsePositives, s.r.negatives)}`).join('; ')}`;
  }
  console.log(`\n(a) accuracy: ${fmt(items.length)} labelled queries (${fmt(ourRates.positives)} true variants of listed names, ${fmt(ourRates.negatives)} not listed)`);
  printTable(['', 'items', 'recall', 'right entry', 'FPR', 'missed / false pos.', 'ms/query'], rows.map((r) => r.map((c) => (c === 'NaN' ? '–' : c))));
  if (fuseNote) console.log(fuseNote);

  // Portico by kind.
  const kinds = [...new Set(items.map((i) => i.kind))];
  console.log('\nPortico by kind (positives: recall; negatives: false-positive rate)');
  printTable(['kind', 'expected', 'items', 'flagged', 'recall / FPR', 'right entry'], kinds.map((kind) => {
    const idx = items.flatMap((item, i) => (item.kind === kind ? [i] : []));
    const r = rates(idx.map((i) => items[i]!), idx.map((i) => ours.verdicts[i]!));
    const positive = r.positives > 0;
    return [kind, positive ? 'match' : 'none', fmt(idx.length), fmt(positive ? r.recalled : r.falsePositives), positive ? ratio(r.recalled, r.positives) : pct(r.falsePositives, r.negatives), positive ? ratio(r.rightEntry, r.positives) : ''];
  }));

  const recall = ourRates.recalled / ourRates.positives;
  const fpr = ourRates.falsePositives / ourRates.negatives;
  console.log(`Portico recall ${fmt(recall, 3)} at FPR ${fmt(fpr * 100, 1)} %   target recall ≥ ${TARGET_RECALL} at FPR ≤ ${TARGET_FPR * 100} %: ${verdict(recall >= TARGET_RECALL && fpr <= TARGET_FPR)}`);
  if (options.showMisses) printMisses(items, ours.verdicts, portico, options.missesPerKind);
  else console.log('(--show-misses lists the misclassified queries)');
  return true;
}

function printMisses(items: LabelledItem[], verdicts: Verdict[], portico: ReturnType<typeof porticoScreener>, perKind: number): void {
  const byKind = new Map<string, string[]>();
  items.forEach((item, i) => {
    const v = verdicts[i]!;
    if (v.flagged === (item.expected === 'match')) return;
    const lines = byKind.get(item.kind) ?? [];
    byKind.set(item.kind, lines);
    const country = item.country ? ` [${item.country}]` : '';
    if (item.expected === 'match') {
      // The best candidate below the threshold, and how the expected entry scored.
      const near = portico.matches(item, 0.3);
      const own = near.find((m) => m.listEntryId === item.listEntryId);
      const top = near[0];
      lines.push(`  "${item.query}"${country} → ${item.listEntryId} "${item.from}": ` +
        `${own ? `scored ${own.score} (as "${own.matchedName}")` : 'not among the candidates ≥ 0.3'}` +
        `${top && top !== own ? `; best ${top.score} "${top.matchedName}" (${top.listEntryId})` : ''}`);
    } else {
      lines.push(`  "${item.query}"${country}${item.from ? ` (made from "${item.from}")` : ''} → flagged ${v.best!.score} "${v.best!.matchedName}" (${v.best!.listEntryId})` +
        `${v.entries.length > 1 ? ` and ${v.entries.length - 1} more` : ''}`);
    }
  });
  console.log('\nPortico misclassified, by kind:');
  for (const [kind, lines] of byKind) {
    const positive = items.find((i) => i.kind === kind)!.expected === 'match';
    console.log(`${kind} (${positive ? 'false negatives' : 'false positives'}: ${lines.length})`);
    for (const line of lines.slice(0, perKind)) console.log(line);
    if (lines.length > perKind) console.log(`  … and ${lines.length - perKind} more`);
  }
}
