/**
 * `npm run bench:pdf`: `npm run pdf` as typed, timed from its start to its exit, several times on
 * the built deck (run `npm run build` first: a stale build would be built again and timed too),
 * against a baseline timed in the same runs — the least any PDF of the deck costs as a command:
 * Node, the browser, the deck opened and printed untagged, nothing more (scripts/bench/deck-alone.ts,
 * started as npm run pdf starts its script, through npm) — and the target: all three files in at
 * most 5 s. Prints the median time, its ratio to the baseline, and each file's time as the command
 * reports it (from the browser's start); exits non-zero if the target is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fillInValuesFile } from '../src/outline/content-files.ts';
import { PDF_FILES, type PdfKind } from '../src/export/pdf/export.ts';
import { staleBuild } from '../src/export/pdf/stale.ts';
import { median, verdicts } from './bench/report.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_S = 5;
const stale = await staleBuild(root, dist, [fillInValuesFile()]);
if (stale) {
  console.error(stale === 'no build' ? 'dist/ has no build: run npm run build first' : `${stale} changed since the last build: run npm run build first`);
  process.exit(2);
}

/** Runs a command to its end: its wall time, ms, and what it printed. */
function timed(command: string, args: string[]): { ms: number; stdout: string } {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return { ms, stdout: run.stdout };
}

/** npm run pdf: its wall time, and each file's time as it prints it. */
function ours(): { total: number; files: Record<PdfKind, number> } {
  const { ms, stdout } = timed('npm', ['run', '--silent', 'pdf']);
  const files = Object.fromEntries(
    (Object.keys(PDF_FILES) as PdfKind[]).map((kind) => {
      const line = stdout.match(new RegExp(`^dist/${PDF_FILES[kind].replace('.', '\\.')}\\s+\\d+ pages\\s+([\\d.]+) s$`, 'm'));
      if (!line) throw new Error(`npm run pdf printed no line for dist/${PDF_FILES[kind]}:\n${stdout}`);
      return [kind, Number(line[1]) * 1000];
    }),
  ) as Record<PdfKind, number>;
  return { total: ms, files };
}

const out = await mkdtemp(join(tmpdir(), 'bench-pdf-'));
const baseline = () => timed('npm', ['exec', '--no', '--', 'node', '--import', 'tsx', 'scripts/bench/deck-alone.ts', out]).ms;

const load = loadavg()[0]!;
const figures: { ours: ReturnType<typeof ours>[]; baseline: number[] } = { ours: [], baseline: [] };
try {
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always meets a warmer machine.
    if (i % 2) figures.baseline.push(baseline());
    figures.ours.push(ours());
    if (!(i % 2)) figures.baseline.push(baseline());
  }
} finally {
  await rm(out, { recursive: true, force: true });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const base = median(figures.baseline);
const total = median(figures.ours.map((run) => run.total));
const cpu = cpus();
console.log(`npm run pdf benchmark, ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine: ${cpu[0]?.model.trim()}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${load.toFixed(1)} at start; Node ${process.version}`);
console.log(`median of ${runs} runs, each timed from the command's start to its exit\n`);
const rows = [
  ['npm run pdf: all three files', seconds(total), (total / base).toFixed(2)],
  ['baseline: a command that prints the deck alone, untagged', seconds(base), '1.00'],
];
const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['', 'time', '/ baseline'][c]!.length));
for (const row of [['', 'time', '/ baseline'], ...rows]) console.log(row.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '));
console.log(`\nas npm run pdf reports each file, from the browser's start (medians):`);
for (const kind of Object.keys(PDF_FILES) as PdfKind[]) console.log(`  dist/${PDF_FILES[kind].padEnd(12)} ${seconds(median(figures.ours.map((run) => run.files[kind])))}`);
const { text, pass } = verdicts([{ what: 'npm run pdf, seconds', value: total / 1000, limit: TARGET_S }]);
console.log(`\n${text}`);
process.exitCode = pass ? 0 : 1;
