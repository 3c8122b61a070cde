import type { LoadFigures } from './measure-load.ts';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of each figure over several loads. */
export function medians(runs: LoadFigures[]): LoadFigures {
  const keys = Object.keys(runs[0]!) as (keyof LoadFigures)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as LoadFigures;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

const rows: [string, keyof LoadFigures, (n: number) => string][] = [
  ['first load: bytes', 'firstBytes', kb],
  ['first load: requests', 'firstRequests', String],
  ['first load: font bytes', 'firstFontBytes', kb],
  ['first load: font requests', 'firstFontRequests', String],
  ['every slide: bytes', 'deckBytes', kb],
  ['every slide: requests', 'deckRequests', String],
  ['every slide: font bytes', 'deckFontBytes', kb],
  ['every slide: font requests', 'deckFontRequests', String],
  ['time to deck ready', 'readyMs', ms],
  ['time to fonts ready', 'fontsReadyMs', ms],
];

export function table(ours: LoadFigures, baseline: LoadFigures): string {
  const lines = [['', 'subset (ours)', '@fontsource baseline', 'ours/baseline']];
  for (const [label, key, format] of rows) {
    lines.push([label, format(ours[key]), format(baseline[key]), baseline[key] ? (ours[key] / baseline[key]).toFixed(2) : '–']);
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  return lines.map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

export interface Target {
  what: string;
  value: number;
  limit: number;
  /** The value must reach the limit (a score) rather than stay under it (a time, a size). */
  atLeast?: boolean;
}

const met = (t: Target) => (t.atLeast ? t.value >= t.limit : t.value <= t.limit);

export function verdicts(targets: Target[]): { text: string; pass: boolean } {
  const lines = targets.map((t) => `${met(t) ? 'PASS' : 'FAIL'}  ${t.what}: ${t.value.toFixed(2)} (at ${t.atLeast ? 'least' : 'most'} ${t.limit.toFixed(2)})`);
  return { text: lines.join('\n'), pass: targets.every(met) };
}
