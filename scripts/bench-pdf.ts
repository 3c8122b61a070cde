/**
 * `npm run bench:pdf`: npm run pdf's work end to end on the built deck (run `npm run build`
 * first), browser start included, several times; prints the median time to each file and to all
 * three, against a baseline timed in the same runs — the least any PDF of the deck costs: start
 * the browser, open the deck, print it untagged, nothing more — and the target (all three
 * in at most 5 s). Exits non-zero if the target is missed.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/browser.ts';
import { loadDeck } from '../src/outline/load-deck.ts';
import { LANDSCAPE } from '../src/theme/canvas.ts';
import { exportPdfs, PDF_FILES, type PdfKind } from '../src/export/pdf/export.ts';
import { servePaper } from '../src/export/pdf/serve.ts';
import { median, verdicts } from './bench/report.ts';
import { deckIsReady } from '../tools/deck-ready.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_S = 5;
if (!(await stat(join(dist, 'index.html')).catch(() => undefined))) {
  console.error('dist/ has no build: run npm run build first');
  process.exit(2);
}
const model = await loadDeck(root);
const out = await mkdtemp(join(tmpdir(), 'bench-pdf-'));

let browserVersion = '';

/** npm run pdf's work: ms from the browser's start to each file written, and to the last. */
async function ours(): Promise<Record<PdfKind | 'total', number>> {
  const started = performance.now();
  const browser = await chromium.launch(chromiumLaunchOptions());
  browserVersion = browser.version();
  try {
    const launchMs = performance.now() - started;
    // exportPdfs times each file from its own start, after the browser's.
    const written = await exportPdfs(browser, { root, dist, out, model });
    const at = Object.fromEntries(written.map((pdf) => [pdf.kind, launchMs + pdf.ms])) as Record<PdfKind, number>;
    return { ...at, total: performance.now() - started };
  } finally {
    await browser.close();
  }
}

/** The floor: start the browser, open the deck, print it as it stands. */
async function baseline(): Promise<number> {
  const started = performance.now();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const server = await servePaper(dist);
  try {
    const page = await browser.newPage({ viewport: LANDSCAPE });
    await page.goto(server.url);
    await page.waitForFunction(deckIsReady);
    await page.evaluate(() => document.fonts.ready);
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return performance.now() - started;
  } finally {
    await browser.close();
    await server.close();
  }
}

const load = loadavg()[0]!;
const figures: { ours: Record<PdfKind | 'total', number>[]; baseline: number[] } = { ours: [], baseline: [] };
try {
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always meets a warmer machine.
    if (i % 2) figures.baseline.push(await baseline());
    figures.ours.push(await ours());
    if (!(i % 2)) figures.baseline.push(await baseline());
  }
} finally {
  await rm(out, { recursive: true, force: true });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const base = median(figures.baseline);
const of = (key: PdfKind | 'total') => median(figures.ours.map((run) => run[key]));
const cpu = cpus();
console.log(`npm run pdf benchmark, ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `machine: ${cpu[0]?.model.trim()}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${load.toFixed(1)} at start; Chromium ${browserVersion}; Node ${process.version}`,
);
console.log(`median of ${runs} runs, each timed from the browser's start to the file written (the three print side by side)\n`);
const rows = [
  ...(Object.keys(PDF_FILES) as PdfKind[]).map((kind) => [`dist/${PDF_FILES[kind]}`, seconds(of(kind)), (of(kind) / base).toFixed(2)]),
  ['all three', seconds(of('total')), (of('total') / base).toFixed(2)],
  ['baseline: the deck printed alone, untagged, as it stands', seconds(base), '1.00'],
];
const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['', 'time', '/ baseline'][c]!.length));
for (const row of [['', 'time', '/ baseline'], ...rows]) console.log(row.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '));
const { text, pass } = verdicts([{ what: 'all three files, seconds', value: of('total') / 1000, limit: TARGET_S }]);
console.log(`\n${text}`);
process.exitCode = pass ? 0 : 1;
