import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNotesFidelity, checkWording } from '../src/outline/fidelity.ts';
import { validateOutline } from '../src/outline/validate.ts';
import { deckOrder } from '../src/outline/walk.ts';
import { outline } from './outline.ts';

const speech = readFileSync(new URL('./speech.txt', import.meta.url), 'utf8');

describe('the deck outline against slides/speech.txt', () => {
  it('is structurally valid', () => {
    expect(validateOutline(outline)).toEqual([]);
  });

  it('carries every character of the speech in its notes, in order', () => {
    expect(checkNotesFidelity(outline, speech)).toEqual([]);
  });

  it('quotes every visible text verbatim', () => {
    expect(checkWording(outline, speech)).toEqual([]);
  });

  it('has four pillars of three measures each', () => {
    const pillars = outline.slides.filter((s) => s.kind === 'pillar');
    expect(pillars.map((p) => p.heading)).toEqual(['坚持学思想为先', '坚持强党性为要', '坚持重实践为本', '坚持建新功为重']);
    expect(pillars.map((p) => p.measures.length)).toEqual([3, 3, 3, 3]);
    expect(deckOrder(outline)).toHaveLength(3 + 4 * 4 + 1);
  });

  it('keeps the anonymised blanks as the source has them', () => {
    const notes = deckOrder(outline).map((s) => ('notes' in s ? s.notes : '')).join('');
    for (const blank of ['**组长', '***个', '***万元', '*个处', '*.*万户', '**.**万户']) {
      expect(notes).toContain(blank);
    }
  });
});
