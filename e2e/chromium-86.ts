import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { LaunchOptions } from '@playwright/test';

/**
 * A real Chromium 86.0.4240, the floor of the meeting-room and 信创 browsers the build targets
 * (src/vite/browser-targets.ts). The npm package chrome-aws-lambda@5.3.1 ships it, brotli-packed,
 * with the few libraries it needs (nss, expat …). It is not a dependency (its peer puppeteer-core 5
 * would clash with ours): `npm pack` fetches the tarball from the registry once into
 * node_modules/.cache/chromium-86, checked against the registry's integrity.
 */
const PACKAGE = 'chrome-aws-lambda@5.3.1';
const INTEGRITY = 'sha512-KklZTy2p2U/86cCh1hKL3PGDqoirQCAg7uejvNIn0rDBkWj4Su4GOjYMRVB3kthLwmnWhh3x63RDBTCAaQ9Q3Q==';
export const CHROMIUM_86_VERSION = '86.0.4240';

const root = fileURLToPath(new URL('../', import.meta.url));
const cacheDir = join(root, 'node_modules', '.cache', 'chromium-86');

/** Where the unpacked browser lives; fetched and unpacked the first time. Safe to call from parallel workers. */
export function chromium86Dir(): string {
  if (existsSync(join(cacheDir, 'chromium'))) return cacheDir;
  const parent = join(root, 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  const work = mkdtempSync(join(parent, 'chromium-86-'));
  try {
    const tarball = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work, '--silent'], { cwd: work, encoding: 'utf8' }).trim();
    const packed = readFileSync(join(work, tarball));
    const integrity = `sha512-${createHash('sha512').update(packed).digest('base64')}`;
    if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}: the tarball's integrity is ${integrity}, not ${INTEGRITY}`);
    execFileSync('tar', ['xzf', tarball, 'package/bin'], { cwd: work });
    const bin = join(work, 'package', 'bin');
    const out = join(work, 'unpacked');
    mkdirSync(join(out, 'aws'), { recursive: true });
    mkdirSync(join(out, 'swiftshader'), { recursive: true });
    const unbrotli = (name: string) => brotliDecompressSync(readFileSync(join(bin, name)));
    writeFileSync(join(out, 'chromium'), unbrotli('chromium.br'));
    chmodSync(join(out, 'chromium'), 0o755);
    for (const archive of ['aws', 'swiftshader']) {
      writeFileSync(join(work, `${archive}.tar`), unbrotli(`${archive}.tar.br`));
      execFileSync('tar', ['xf', join(work, `${archive}.tar`), '-C', join(out, archive)]);
    }
    // Another worker may have finished first: its copy is as good as ours.
    try {
      renameSync(out, cacheDir);
    } catch (error) {
      if (!existsSync(join(cacheDir, 'chromium'))) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return cacheDir;
}

/**
 * Playwright's launch options for Chromium 86: its own libraries first on the library path, and no
 * sandbox or GPU (root, headless). The system's fontconfig stays, so it sees the same CJK fonts as
 * the other engines (the package's own fonts.conf is left unused).
 */
export function chromium86LaunchOptions(): LaunchOptions {
  const dir = chromium86Dir();
  const libraries = [join(dir, 'aws', 'lib'), join(dir, 'swiftshader')];
  if (!readdirSync(join(dir, 'aws', 'lib')).includes('libnss3.so')) throw new Error(`${dir}/aws/lib has no libnss3.so`);
  return {
    executablePath: join(dir, 'chromium'),
    env: { ...process.env, LD_LIBRARY_PATH: [...libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') } as Record<string, string>,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}
