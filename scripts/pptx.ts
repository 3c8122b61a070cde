/**
 * `npm run pptx`: dist/slides.pptx, an editable PowerPoint file of the deck, written from the
 * same validated outline and fill-in values as the deck (DECK_FILL_INS names another values
 * file). Builds nothing else. Prints the time it took and the file's size.
 * `--font noto` names the deck's Noto Serif SC instead of 宋体 (docs/pptx-fonts.md).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDeck } from '../src/outline/load-deck.ts';
import { defaultFace, faces, isFaceName } from '../src/export/pptx/fonts.ts';
import { writePptx } from '../src/export/pptx/write-pptx.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.DECK_PPTX_OUT ?? 'dist/slides.pptx');
const started = performance.now();
const cpuStarted = process.cpuUsage();
try {
  const { values } = parseArgs({ options: { font: { type: 'string', default: defaultFace } } });
  const font = values.font;
  if (!isFaceName(font)) throw new Error(`npm run pptx: --font is one of ${Object.keys(faces).join(', ')} (got ${font})`);
  const model = await loadDeck(root);
  const file = await writePptx(model, { font });
  await mkdir(resolve(out, '..'), { recursive: true });
  await writeFile(out, file);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  // CPU time stays meaningful on a busy machine. performance.now() counts from the process's
  // start: the last figure includes Node and tsx starting and loading the code.
  console.log(
    `${relative(root, out)}: ${(file.byteLength / 1024).toFixed(1)} KB (target < 200 KB), written in ${Math.round(ms)} ms from the outline (target < 1 s; ` +
      `${Math.round((cpu.user + cpu.system) / 1000)} ms of CPU); ${(performance.now() / 1000).toFixed(1)} s since the command started`,
  );
  console.log(`text in ${faces[font].description}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
