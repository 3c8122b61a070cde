/**
 * Lighthouse's mobile preset (its default config: a mid-range phone, simulated slow 4G and a 4×
 * slower CPU) over a served deck, in Debian's Chromium. The figures are the median of several runs,
 * since one Lighthouse run on a 2-core machine varies by a few points.
 */
import { Launcher, launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createRequire } from 'node:module';
import { chromiumLaunchOptions, withoutBrowserUi } from '../../tools/browser.ts';
import { median } from './report.ts';

/** The Lighthouse the figures come from, printed beside them. */
export const lighthouseVersion: string = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;

export interface LighthouseFigures {
  /** Performance score, 0–100. */
  score: number;
  /** Largest Contentful Paint, ms. */
  lcpMs: number;
  /** Total Blocking Time, ms. */
  tbtMs: number;
  /** First Contentful Paint, ms. */
  fcpMs: number;
}

/** One Lighthouse run per address in `urls`, `runs` times over, alternating the order each round. */
export async function lighthouseRuns(urls: readonly string[], runs: number): Promise<LighthouseFigures[][]> {
  const { executablePath, args = [] } = chromiumLaunchOptions();
  // chrome-launcher's own flags, with the browser's UI off: a headless Chromium 13x otherwise
  // loads its address-bar popup beside the page, a renderer's work no phone does while measured.
  const chrome = await launch({
    ...(executablePath === undefined ? {} : { chromePath: executablePath }),
    ignoreDefaultFlags: true,
    chromeFlags: [...withoutBrowserUi(Launcher.defaultFlags()), '--disable-setuid-sandbox', '--headless=new', ...args],
    logLevel: 'error',
  });
  const figures: LighthouseFigures[][] = urls.map(() => []);
  try {
    for (let round = 0; round < runs; round++) {
      const order = urls.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) figures[i]!.push(await lighthouseOnce(urls[i]!, chrome.port));
    }
  } finally {
    chrome.kill();
  }
  return figures;
}

async function lighthouseOnce(url: string, port: number): Promise<LighthouseFigures> {
  const result = await lighthouse(url, { port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
  const audit = (id: string): number => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse measured no ${id} for ${url}`);
    return value;
  };
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    fcpMs: audit('first-contentful-paint'),
  };
}

/** The median of each figure. */
export function lighthouseMedian(runs: readonly LighthouseFigures[]): LighthouseFigures {
  return {
    score: median(runs.map((r) => r.score)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    fcpMs: median(runs.map((r) => r.fcpMs)),
  };
}

/** Ours beside the baseline, one row per figure. */
export function lighthouseTable(ours: LighthouseFigures, baseline: LighthouseFigures): string {
  const rows: [string, keyof LighthouseFigures, string][] = [
    ['Lighthouse mobile: performance score', 'score', ''],
    ['Lighthouse mobile: First Contentful Paint', 'fcpMs', ' ms'],
    ['Lighthouse mobile: Largest Contentful Paint', 'lcpMs', ' ms'],
    ['Lighthouse mobile: Total Blocking Time', 'tbtMs', ' ms'],
  ];
  const lines = rows.map(([label, key, unit]) => [label, `${ours[key].toFixed(0)}${unit}`, `${baseline[key].toFixed(0)}${unit}`, baseline[key] ? (ours[key] / baseline[key]).toFixed(2) : '–']);
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  return lines.map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}
