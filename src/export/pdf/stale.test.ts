import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuild } from './stale.ts';

/** A project with a source file, an export-only file and a build, each at the given time (seconds). */
function project(times: { source: number; exportOnly: number; build?: number }): string {
  const root = mkdtempSync(join(tmpdir(), 'stale-'));
  const file = (path: string, seconds: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), seconds, seconds);
  };
  file('slides/outline.ts', times.source);
  file('src/theme/paper/script.css', times.exportOnly);
  if (times.build !== undefined) file('dist/index.html', times.build);
  return root;
}

describe('staleBuild', () => {
  it('says when there is no build', async () => {
    const root = project({ source: 100, exportOnly: 100 });
    expect(await staleBuild(root, join(root, 'dist'))).toBe('no build');
  });

  it('names a source changed since the build', async () => {
    const root = project({ source: 300, exportOnly: 100, build: 200 });
    expect(await staleBuild(root, join(root, 'dist'))).toBe('slides/outline.ts');
  });

  it('ignores what only the PDFs read, and takes a build newer than its sources as up to date', async () => {
    const root = project({ source: 100, exportOnly: 300, build: 200 });
    expect(await staleBuild(root, join(root, 'dist'))).toBeUndefined();
  });

  it('counts a values file named outside slides/', async () => {
    const root = project({ source: 100, exportOnly: 100, build: 200 });
    writeFileSync(join(root, 'values.ts'), '');
    expect(await staleBuild(root, join(root, 'dist'), ['values.ts'])).toBe('values.ts');
  });
});
