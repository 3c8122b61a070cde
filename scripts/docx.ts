/**
 * `npm run docx`: dist/speech.docx, the speech as a Word file in the layout of an official
 * document (GB/T 9704-2012), written from the same validated outline and fill-in values as the
 * deck (DECK_FILL_INS names another values file). Builds nothing else. Prints the file's size,
 * the time it took, and the blanks still open.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { loadDeck } from '../src/outline/load-deck.ts';
import { openFillIns } from '../src/outline/model.ts';
import { writeDocx } from '../src/export/docx/write-docx.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.DECK_DOCX_OUT ?? 'dist/speech.docx');
if (process.argv.length > 2) {
  console.error(`npm run docx takes no options (got ${process.argv.slice(2).join(' ')})`);
  process.exit(2);
}
const started = performance.now();
try {
  const model = await loadDeck(root);
  const file = await writeDocx(model);
  await mkdir(resolve(out, '..'), { recursive: true });
  await writeFile(out, file);
  const open = openFillIns(model).length;
  console.log(
    `${relative(root, out)}: ${(file.byteLength / 1024).toFixed(1)} KB, written in ${Math.round(performance.now() - started)} ms from the outline` +
      (open > 0 ? `; ${open} blanks open, shown as underlined gaps` : ''),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
