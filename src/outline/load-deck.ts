import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import { assertValidOutline } from './check.ts';
import type { FillInValues } from './fill-ins.ts';
import { deckModel, type DeckModel } from './model.ts';
import type { Outline } from './types.ts';
import { assertValidUnbreakableTerms } from './unbreakable-terms.ts';
import { contentFiles, fillInValuesFile } from './content-files.ts';

/** A fresh copy of a content module (so edits show without a restart). */
async function importFresh<T>(file: string): Promise<T> {
  const { module } = await runnerImport<T>(file, { configFile: false, logLevel: 'silent' });
  return module;
}

/**
 * Reads the speech, the outline, the terms that never break and the presenter's fill-in values, validates them, and
 * returns the deck model. Throws an OutlineError that names file, slide and field.
 */
export async function loadDeck(root: string, valuesFile: string = fillInValuesFile()): Promise<DeckModel> {
  const speech = await readFile(resolve(root, contentFiles.speech), 'utf8');
  const { outline } = await importFresh<{ outline?: Outline }>(resolve(root, contentFiles.outline));
  if (outline === undefined) {
    throw new Error(`${contentFiles.outline} must export const outline`);
  }
  assertValidOutline(outline, speech, contentFiles.outline);
  const { unbreakableTerms } = await importFresh<{ unbreakableTerms?: unknown }>(resolve(root, contentFiles.unbreakableTerms));
  if (unbreakableTerms === undefined) throw new Error(`${contentFiles.unbreakableTerms} must export const unbreakableTerms`);
  assertValidUnbreakableTerms(unbreakableTerms, speech, contentFiles.unbreakableTerms);
  const valuesPath = resolve(root, valuesFile);
  // The committed values file may be deleted (no values: every blank open); one named on purpose must exist.
  if (!existsSync(valuesPath)) {
    if (valuesFile !== contentFiles.fillInValues) throw new Error(`${valuesFile}: no such fill-in values file`);
    return deckModel(outline, speech, {}, valuesFile, unbreakableTerms);
  }
  const { values } = await importFresh<{ values?: FillInValues }>(valuesPath);
  if (values === undefined) throw new Error(`${valuesFile} must export const values`);
  return deckModel(outline, speech, values, valuesFile, unbreakableTerms);
}
