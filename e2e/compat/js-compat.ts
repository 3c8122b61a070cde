import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserslistQuery } from '../../src/vite/browser-targets.ts';

const esCheckBin = fileURLToPath(new URL('../../node_modules/.bin/es-check', import.meta.url));

/**
 * Runs es-check over the given scripts: their syntax and the language features they use (e.g.
 * `??=`, `#private` fields, top-level await) must all work in the browsers of `query` (by default
 * the deck's floor: Chromium 86, Firefox 78, Safari 14). Returns es-check's complaints, '' when none.
 */
export function esCheckComplaints(files: readonly string[], query = browserslistQuery): string {
  if (files.length === 0) throw new Error('es-check: no scripts to check');
  const run = spawnSync(esCheckBin, ['checkBrowser', ...files, '--module', '--checkFeatures', `--browserslistQuery=${query}`, '--noColor'], {
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  return run.status === 0 ? '' : `${run.stdout}\n${run.stderr}`.trim();
}

/**
 * The code of a page's inline <script> elements, each written to a file of its own for es-check.
 * Data blocks (type="application/json": the page model) are not code and are left out.
 */
export function inlineScriptFiles(html: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'deck-inline-scripts-'));
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="application\/json"/.test(attributes!))
    .map(([, , code]) => code!)
    .filter((code) => code.trim() !== '')
    .map((code, i) => {
      const file = join(dir, `inline-${i + 1}.js`);
      writeFileSync(file, code);
      return file;
    });
}

/** The text of a page's inline <style> elements. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css!);
}
