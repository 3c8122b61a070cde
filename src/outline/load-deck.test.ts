import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureOutline, fixtureSpeech } from './test-fixture.ts';
import { loadDeck } from './load-deck.ts';

/** A project folder with the given outline module source and the fixture speech. */
function projectWith(outlineSource: string): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-load-'));
  mkdirSync(join(root, 'slides'));
  writeFileSync(join(root, 'slides/speech.txt'), fixtureSpeech);
  writeFileSync(join(root, 'slides/outline.ts'), outlineSource);
  writeFileSync(join(root, 'slides/unbreakable-terms.ts'), `export const unbreakableTerms = ['开场白'];`);
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

describe('loadDeck with fill-in values', () => {
  const valid = `export const outline = ${JSON.stringify(fixtureOutline())};`;

  it('reads slides/fill-ins.ts and resolves the values', async () => {
    const root = projectWith(valid);
    writeFileSync(join(root, 'slides/fill-ins.ts'), `export const values = { place: '宁夏', households: undefined };`);
    const model = await loadDeck(root);
    expect(model.fillIns.get('place')?.value).toBe('宁夏');
    expect(model.fillIns.get('households')?.value).toBeUndefined();
  });

  it('treats a missing slides/fill-ins.ts as no values', async () => {
    const model = await loadDeck(projectWith(valid));
    expect([...model.fillIns.values()].every((f) => f.value === undefined)).toBe(true);
  });

  it('fails on a bad value or an unknown id, naming the file and the fill-in', async () => {
    const root = projectWith(valid);
    writeFileSync(join(root, 'slides/fill-ins.ts'), `export const values = { households: 'many', city: '宁夏' };`);
    const failure = loadDeck(root);
    await expect(failure).rejects.toThrow('slides/fill-ins.ts › households: 户数（万户）: expected a number with exactly 1 decimal place');
    await expect(loadDeck(root)).rejects.toThrow('slides/fill-ins.ts › city: no fill-in "city" is declared');
  });

  it('fails clearly when the values module exports no values', async () => {
    const root = projectWith(valid);
    writeFileSync(join(root, 'slides/fill-ins.ts'), `export const value = { place: '宁夏' };`);
    await expect(loadDeck(root)).rejects.toThrow('slides/fill-ins.ts must export const values');
  });

  it('fails on an invisible character in the outline, naming file, slide and field', async () => {
    const broken = fixtureOutline() as any;
    broken.slides[1].lead = '开场\u202e白';
    await expect(loadDeck(projectWith(`export const outline = ${JSON.stringify(broken)};`))).rejects.toThrow(
      'slides/outline.ts › slide "opening" › lead: text has an invisible character, U+202E',
    );
  });

  it('reads another values file when asked, and fails when it is missing', async () => {
    const root = projectWith(valid);
    writeFileSync(join(root, 'rehearsal.ts'), `export const values = { place: '银川' };`);
    expect((await loadDeck(root, 'rehearsal.ts')).fillIns.get('place')?.value).toBe('银川');
    await expect(loadDeck(root, 'nowhere.ts')).rejects.toThrow('nowhere.ts: no such fill-in values file');
  });
});
