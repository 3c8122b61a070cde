import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gives a test run a temporary folder of its own and points TMPDIR at it, so that every temporary
 * file of the run (the tests' mkdtemp folders, rendered pages, the browsers' profiles) lands there
 * and goes with it: each `npm test` left some 50 MB in the system's temporary folder. Set before
 * the runner starts its workers or browsers, which take TMPDIR from it. Returns what removes it.
 */
export function runTempDir(runner: string): () => void {
  const dir = mkdtempSync(join(tmpdir(), `deck-${runner}-run-`));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}

/** The global setup of Playwright and of Vitest (their configs name this file): the teardown it returns removes the folder. */
export default function globalSetup(): () => void {
  return runTempDir('test');
}
