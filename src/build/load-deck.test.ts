import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureOutline, fixtureSpeech } from '../outline/test-fixture.ts';
import { loadDeck } from './load-deck.ts';

/** A project folder with the given outline module source and the fixture speech. */
function projectWith(outlineSource: string): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-load-'));
  mkdirSync(join(root, 'slides'));
  writeFileSync(join(root, 'slides/speech.txt'), fixtureSpeech);
  writeFileSync(join(root, 'slides/outline.ts'), outlineSource);
  return root;
}

describe('loadDeck (what the build runs)', () => {
  it('loads a valid outline module', async () => {
    const root = projectWith(`export const outline = ${JSON.stringify(fixtureOutline())};`);
    const { outline } = await loadDeck(root);
    expect(outline.slides).toHaveLength(6);
  });

  it('fails with the file, slide and field of a misquote', async () => {
    const broken = fixtureOutline() as any;
    broken.slides[3].measures[0].title = '甲一号';
    const root = projectWith(`export const outline = ${JSON.stringify(broken)};`);
    await expect(loadDeck(root)).rejects.toThrow('slides/outline.ts › slide "pillar-1-1" › title: "甲一号" is not quoted verbatim');
  });

  it('fails clearly when the module exports no outline', async () => {
    const root = projectWith('export const slides = [];');
    await expect(loadDeck(root)).rejects.toThrow('slides/outline.ts must export const outline');
  });
});
