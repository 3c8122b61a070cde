/**
 * `npm run bench`: builds the deck twice — with the subset fonts (ours) and with @fontsource's
 * stock CSS (the baseline) — serves both locally, loads each several times in headless Chromium
 * and prints median figures, ratios and the targets. Exits non-zero if a target is missed.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../tools/browser.ts';
import { buildWeight } from '../src/vite/fonts/build-weight.ts';
import { characterSet, htmlText } from '../src/vite/fonts/charset.ts';
import { uiSources } from '../src/vite/fonts/deck-text.ts';
import { offlineFileName } from '../src/vite/offline/offline-build.ts';
import { fontWeights } from '../src/theme/font-weights.ts';
import { lighthouseMedian, lighthouseRuns, lighthouseTable, lighthouseVersion } from './bench/lighthouse.ts';
import { measureLoad, type LoadFigures } from './bench/measure-load.ts';
import { medians, table, verdicts } from './bench/report.ts';
import { serveStatic } from '../tools/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const lighthouseRounds = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const outDirs = { ours: join(root, 'node_modules/.cache/bench/subset'), baseline: join(root, 'node_modules/.cache/bench/baseline') };

async function buildDeck(fonts: 'subset' | 'fontsource', outDir: string): Promise<number> {
  process.env.DECK_FONTS = fonts; // read by vite.config.ts, which Vite loads afresh for each build
  await rm(outDir, { recursive: true, force: true });
  const started = performance.now();
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return performance.now() - started;
}

/** Size of the one-file deck (`vite build --mode offline`), built beside ours. */
async function offlineBytes(outDir: string): Promise<number> {
  await build({ root, mode: 'offline', logLevel: 'warn', build: { outDir } });
  return (await stat(join(outDir, offlineFileName))).size;
}

/**
 * The smallest font bytes that can show the deck: one subset per weight of exactly the page's text
 * and our own UI's (speaker view, help, search), without the ASCII and punctuation margin.
 */
async function minimalFontBytes(html: string): Promise<number> {
  const ui = (await uiSources(root)).map((source) => source.text);
  const text = characterSet(htmlText(html), ...ui).replace(/\s/g, '');
  const fonts = await Promise.all(fontWeights.map((weight) => buildWeight(weight, text)));
  return fonts.reduce((n, f) => n + f.woff2.length, 0);
}

const buildMs = { ours: await buildDeck('subset', outDirs.ours), baseline: await buildDeck('fontsource', outDirs.baseline) };
process.env.DECK_FONTS = 'subset';
const offline = await offlineBytes(outDirs.ours);
delete process.env.DECK_FONTS;
const subsetStarted = performance.now();
const minimal = await minimalFontBytes(await readFile(join(outDirs.ours, 'index.html'), 'utf8'));
const subsetMs = performance.now() - subsetStarted;

const servers = { ours: await serveStatic(outDirs.ours), baseline: await serveStatic(outDirs.baseline) };
const browser = await chromium.launch(chromiumLaunchOptions());
const figures: { ours: LoadFigures[]; baseline: LoadFigures[] } = { ours: [], baseline: [] };
let version = '';
let phoneRuns: Awaited<ReturnType<typeof lighthouseRuns>> = [];
try {
  await measureLoad(browser, servers.ours.url); // warm-up: the first load of a fresh browser is slower
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always meets a warmer machine.
    for (const which of i % 2 ? (['baseline', 'ours'] as const) : (['ours', 'baseline'] as const)) {
      figures[which].push(await measureLoad(browser, servers[which].url));
    }
  }
  version = browser.version();
  await browser.close();
  // Lighthouse's mobile preset, in a Chromium of its own: ours and the baseline in turn.
  phoneRuns = await lighthouseRuns([servers.ours.url, servers.baseline.url], lighthouseRounds);
} finally {
  await browser.close();
  await Promise.all([servers.ours.close(), servers.baseline.close()]);
}
const phone = { ours: lighthouseMedian(phoneRuns[0]!), baseline: lighthouseMedian(phoneRuns[1]!) };

const ours = medians(figures.ours);
const baseline = medians(figures.baseline);
const cpu = cpus();
console.log(`deck font benchmark, ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine: ${cpu[0]?.model.trim()}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Chromium ${version}; Node ${process.version}`);
console.log(`served gzipped from 127.0.0.1, cold cache, median of ${runs} loads each`);
console.log(`builds: ours ${(buildMs.ours / 1000).toFixed(1)} s (fonts from the cache when the text is unchanged), baseline ${(buildMs.baseline / 1000).toFixed(1)} s`);
console.log(`subsetting ${fontWeights.length} weights without the cache: ${(subsetMs / 1000).toFixed(1)} s`);
console.log(`${offlineFileName}: ${(offline / 1024).toFixed(1)} KB (one file, everything inlined)`);
console.log(`minimal subset of the page's text: ${(minimal / 1024).toFixed(1)} KB for ${fontWeights.length} weights\n`);
console.log(table(ours, baseline));
console.log(`\nLighthouse ${lighthouseVersion}, mobile preset (simulated slow 4G, 4× CPU), median of ${lighthouseRounds} runs each:`);
console.log(lighthouseTable(phone.ours, phone.baseline));
const { text, pass } = verdicts([
  { what: 'every-slide font bytes / minimal subset', value: ours.deckFontBytes / minimal, limit: 1.25 },
  { what: 'first-load bytes, ours / baseline', value: ours.firstBytes / baseline.firstBytes, limit: 0.35 },
  { what: 'time to deck ready, ours / baseline', value: ours.readyMs / baseline.readyMs, limit: 0.8 },
  { what: `${offlineFileName} size in KB / 570`, value: offline / 1024 / 570, limit: 1 },
  // The audience's first load does not carry the speaker view (it loads on S).
  { what: 'first-load bytes in KB (served gzipped) / 280', value: ours.firstBytes / 1024 / 280, limit: 1 },
  { what: 'Lighthouse mobile: Largest Contentful Paint in s', value: phone.ours.lcpMs / 1000, limit: 2 },
  { what: 'Lighthouse mobile: Total Blocking Time in ms', value: phone.ours.tbtMs, limit: 150 },
  { what: 'Lighthouse mobile: performance score', value: phone.ours.score, limit: 95, atLeast: true },
]);
console.log(`\n${text}`);
process.exitCode = pass ? 0 : 1;
