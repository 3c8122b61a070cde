import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import { assertValidOutline } from '../outline/check.ts';
import type { Outline } from '../outline/types.ts';
import { contentFiles } from './content.ts';

export interface LoadedDeck {
  outline: Outline;
  speech: string;
}

/**
 * Reads the speech and a fresh copy of the outline module (so edits show without a restart),
 * then validates them. Throws an OutlineError that names file, slide and field.
 */
export async function loadDeck(root: string): Promise<LoadedDeck> {
  const speech = await readFile(resolve(root, contentFiles.speech), 'utf8');
  const { module } = await runnerImport<{ outline?: Outline }>(resolve(root, contentFiles.outline), {
    configFile: false,
    logLevel: 'silent',
  });
  if (module.outline === undefined) {
    throw new Error(`${contentFiles.outline} must export const outline`);
  }
  assertValidOutline(module.outline, speech, contentFiles.outline);
  return { outline: module.outline, speech };
}
