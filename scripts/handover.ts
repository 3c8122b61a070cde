/**
 * `npm run handover [-- --strict] [-- --rebuild]`: the paper and office files in one folder,
 * dist/handover/, and one zip of it, dist/handover.zip (it unpacks to a folder named for the
 * speech): offline.html, slides.pdf, handout.pdf, script.pdf, slides.pptx, speech.docx, guide.html (the
 * presenter’s guide, linked from the deck’s help) and
 * 说明.txt. One line per file as it is written. While blanks are open the package is a draft
 * (草稿 in its names and in 说明.txt); --strict fails then. Builds the deck first when dist/ is
 * missing or older than its sources (--rebuild: always). The PDFs print in Chromium while the
 * PowerPoint and Word files are written beside them.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { loadPuppeteer, puppeteerLaunchOptions } from '../tools/browser.ts';
import { fillInValuesFile } from '../src/outline/content-files.ts';
import { importOnce, loadDeck } from '../src/outline/load-deck.ts';
import { openFillIns } from '../src/outline/model.ts';
import { exportPdfs } from '../src/export/pdf/export.ts';
import { staleBuild } from '../src/export/pdf/stale.ts';
import { writePptx } from '../src/export/pptx/write-pptx.ts';
import { writeDocx } from '../src/export/docx/write-docx.ts';
import { handoverPlan, HANDOVER_FILES, type HandoverFile } from '../src/export/handover/package.ts';
import { guideFile } from '../src/shared/guide.ts';
import { zipFolder } from '../src/export/handover/zip.ts';
import { openFillInsReport } from '../src/vite/fill-in-report.ts';
import { handoverStrings } from '../src/export/handover/strings.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const out = join(dist, 'handover');
const zipPath = join(dist, 'handover.zip');

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--strict' && arg !== '--rebuild');
if (unknown.length > 0) {
  console.error(`npm run handover: unknown option ${unknown.join(' ')} (the options are --strict and --rebuild)`);
  process.exit(2);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const size = (bytes: number) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
/** One line per file: its name in the package, its size, seconds since the command started. */
const line = (name: string, bytes: number) => console.log(`  ${name.padEnd(20)} ${size(bytes).padStart(8)}  ${seconds(performance.now())}`);

const launchBrowser = () => {
  const launching = puppeteerLaunchOptions().then((options) => loadPuppeteer().launch(options));
  launching.catch(() => undefined); // reported where it is awaited
  return launching;
};
// Chromium starts while the outline is read and the deck is built; with --strict, once the
// outline has passed its check, so that a check that fails starts no browser.
const strict = args.includes('--strict');
let browserLaunch = strict ? undefined : launchBrowser();
try {
  // Read once, by Node itself (tsx): Vite is loaded only if the deck must be built.
  const model = await loadDeck(root, fillInValuesFile(), importOnce);
  const plan = handoverPlan(model);
  if (plan.draft) {
    const report = openFillInsReport(model, fillInValuesFile());
    if (strict) throw new Error(`${report}\nnpm run handover -- --strict: no package while blanks are open.`);
    console.log(`${openFillIns(model).length} blanks are open: the package is a draft (${handoverStrings.draft}), its files named ${handoverStrings.draft}-….`);
  }
  const browserStarting = (browserLaunch ??= launchBrowser());

  const stale = args.includes('--rebuild') ? '--rebuild' : await staleBuild(root, dist, [fillInValuesFile()]);
  const building = async (mode?: string) => {
    const started = performance.now();
    // As npm run build does, in this process: the second build reuses the first's subset fonts.
    // Vite is loaded only to build (a second of the command's start).
    const { build } = await import('vite');
    await build({ root, logLevel: 'warn', ...(mode ? { mode } : {}) });
    console.log(`  built ${mode === 'offline' ? 'dist/offline.html' : `the deck in dist/ (${stale === 'no build' ? 'there was none' : stale === '--rebuild' ? stale : `${stale} changed`})`} in ${seconds(performance.now() - started)}`);
  };
  await rm(out, { recursive: true, force: true });
  await rm(zipPath, { force: true });
  await mkdir(out, { recursive: true });
  const files = new Map<string, Uint8Array | string>();
  const put = async (file: HandoverFile, data: Uint8Array) => {
    const name = plan.names[file];
    await writeFile(join(out, name), data);
    files.set(name, data);
    line(name, data.byteLength);
  };

  if (stale) await building();

  // The PDFs print in Chromium (other processes) while this one builds offline.html and writes the Word and PowerPoint files.
  const printed = join(out, '.pdf');
  const pdfs = browserStarting.then(async (browser) => {
    try {
      const written = await exportPdfs(browser, { root, dist, out: printed, model });
      for (const pdf of written) await put(basename(pdf.path) as HandoverFile, await readFile(pdf.path));
    } finally {
      await browser.close();
      await rm(printed, { recursive: true, force: true });
    }
  });
  pdfs.catch(() => undefined);
  if (stale) await building('offline');
  await put('offline.html', await readFile(join(dist, 'offline.html')));
  await put(guideFile, await readFile(join(dist, guideFile)));
  await put('speech.docx', await writeDocx(model));
  await put('slides.pptx', await writePptx(model));
  await pdfs;

  await writeFile(join(out, handoverStrings.readme), plan.readme);
  files.set(handoverStrings.readme, plan.readme);
  line(handoverStrings.readme, Buffer.byteLength(plan.readme));

  const ordered = new Map([...HANDOVER_FILES.map((file) => plan.names[file]), handoverStrings.readme].map((name) => [name, files.get(name)!]));
  const zip = await zipFolder(plan.folder, ordered);
  await writeFile(zipPath, zip);
  console.log(`${relative(root, zipPath)}: ${ordered.size} files in ${plan.folder}/, ${size(zip.byteLength)}; ${relative(root, out)}/ holds the same; ${seconds(performance.now())} in all`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await browserLaunch?.then((browser) => browser.close()).catch(() => undefined);
  process.exit(1);
}
