/**
 * `npm run build [-- --strict]`: the static deck in dist/, then dist/offline.html (one file).
 * --strict (or DECK_STRICT=1) fails the build while any fill-in of slides/fill-ins.ts is open.
 */
import { resolve } from 'node:path';
import { build } from 'vite';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--strict');
if (unknown.length > 0) {
  console.error(`npm run build: unknown option ${unknown.join(' ')} (the one option is --strict)`);
  process.exit(2);
}
if (args.includes('--strict')) process.env.DECK_STRICT = '1';

const root = resolve(import.meta.dirname, '..');
try {
  await build({ root });
  await build({ root, mode: 'offline' });
} catch (error) {
  // Vite has printed the error with its context; exit without a second stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
