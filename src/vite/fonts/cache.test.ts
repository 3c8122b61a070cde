import { mkdir, mkdtemp, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedFile, pruneCache } from './cache.ts';
import { toolVersions } from './tool-versions.ts';

/** An entry folder holding `file`, last used `daysAgo`. */
async function entry(dir: string, name: string, file: string, daysAgo: number): Promise<void> {
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, file), 'x');
  const usedAt = new Date(Date.now() - daysAgo * 86_400_000);
  await utimes(join(dir, name), usedAt, usedAt);
}

describe('the font cache', () => {
  it('keeps the most recently used entries of each file and deletes the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deck-fonts-cache-'));
    for (let day = 1; day <= 6; day++) await entry(dir, `a${day}`, 'noto-serif-sc-400.woff2', day);
    await entry(dir, 'b1', 'noto-serif-sc-700.woff2', 30);
    await entry(dir, 'c1', 'deck-fonts.css', 9);
    await entry(dir, 'c2', 'deck-fonts.css', 8);
    await mkdir(join(dir, 'writing'));
    await writeFile(join(dir, 'writing', 'noto-serif-sc-400.woff2.123.tmp'), 'x'); // another build, mid-write
    await writeFile(join(dir, '0123456789abcdef.css'), 'x'); // the earlier layout's loose stylesheet
    await pruneCache(dir, 4);
    expect((await readdir(dir)).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'c1', 'c2', 'writing']);
  });

  it('marks a reused entry as just used, without rewriting its file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deck-fonts-cache-'));
    await entry(dir, 'old', 'noto-serif-sc-400.woff2', 10);
    const file = join(dir, 'old', 'noto-serif-sc-400.woff2');
    const written = (await stat(file)).mtimeMs;
    const { fresh } = await cachedFile(file, () => Promise.reject(new Error('must not be rebuilt')));
    expect(fresh).toBe(false);
    expect((await stat(file)).mtimeMs).toBe(written);
    expect(Date.now() - (await stat(join(dir, 'old'))).mtimeMs).toBeLessThan(60_000);
  });

  it('is keyed by the installed versions of the tools that make the fonts', async () => {
    expect(await toolVersions()).toEqual([
      expect.stringMatching(/^subset-font@\d+\.\d+\.\d+/),
      expect.stringMatching(/^harfbuzzjs@\d+\.\d+\.\d+/),
      expect.stringMatching(/^fontverter@\d+\.\d+\.\d+/),
    ]);
  });
});
