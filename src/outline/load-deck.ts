import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertValidOutline } from './check.ts';
import type { FillInValues } from './fill-ins.ts';
import { deckModel, type DeckModel } from './model.ts';
import type { Outline } from './types.ts';
import { assertValidUnbreakableTerms } from './unbreakable-terms.ts';
import { contentFiles, fillInValuesFile } from './content-files.ts';

/** How a content module (TypeScript) is read. */
export type ContentImporter = <T>(file: string) => Promise<T>;

/**
 * A fresh copy of a content module, so edits show without a restart: through Vite's module
 * runner, as Node there has no TypeScript loader (the dev server, the build). Vite is loaded
 * only when needed: it takes a second or two, more than all the rest of `npm run pdf`'s Node side.
 */
export const importFresh: ContentImporter = async <T>(file: string) => {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport<T>(file, { configFile: false, logLevel: 'silent' });
  return module;
};

/** A content module imported by Node itself: for a command that runs under tsx and reads the content once. */
export const importOnce: ContentImporter = async <T>(file: string) => (await import(pathToFileURL(file).href)) as T;

/**
 * Reads the speech, the outline, the terms that never break and the presenter's fill-in values, validates them, and
 * returns the deck model. Throws an OutlineError that names file, slide and field.
 */
export async function loadDeck(root: string, valuesFile: string = fillInValuesFile(), importContent: ContentImporter = importFresh): Promise<DeckModel> {
  const speech = await readFile(resolve(root, contentFiles.speech), 'utf8');
  const { outline } = await importContent<{ outline?: Outline }>(resolve(root, contentFiles.outline));
  if (outline === undefined) {
    throw new Error(`${contentFiles.outline} must export const outline`);
  }
  assertValidOutline(outline, speech, contentFiles.outline);
  const { unbreakableTerms } = await importContent<{ unbreakableTerms?: unknown }>(resolve(root, contentFiles.unbreakableTerms));
  if (unbreakableTerms === undefined) throw new Error(`${contentFiles.unbreakableTerms} must export const unbreakableTerms`);
  assertValidUnbreakableTerms(unbreakableTerms, speech, contentFiles.unbreakableTerms);
  const valuesPath = resolve(root, valuesFile);
  // The committed values file may be deleted (no values: every blank open); one named on purpose must exist.
  if (!existsSync(valuesPath)) {
    if (valuesFile !== contentFiles.fillInValues) throw new Error(`${valuesFile}: no such fill-in values file`);
    return deckModel(outline, speech, {}, valuesFile, unbreakableTerms);
  }
  const { values } = await importContent<{ values?: FillInValues }>(valuesPath);
  if (values === undefined) throw new Error(`${valuesFile} must export const values`);
  return deckModel(outline, speech, values, valuesFile, unbreakableTerms);
}
