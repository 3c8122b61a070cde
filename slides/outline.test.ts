import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNotesFidelity, checkWording } from '../src/outline/fidelity.ts';
import { validateOutline } from '../src/outline/validate.ts';
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

  it('has one stack per pillar paragraph of the speech, with one slide per measure (一是/二是/三是)', () => {
    const pillarParagraphs = speech.split('\n').filter((p) => p.includes('走在前、作表率'));
    expect(pillarParagraphs).toHaveLength(4);
    const pillars = outline.slides.filter((s) => s.kind === 'pillar');
    expect(pillars.map((p) => p.heading)).toEqual(pillarParagraphs.map((p) => p.split('，')[0]));
    expect(pillars.map((p) => p.measures.map((m) => m.label))).toEqual(
      pillarParagraphs.map((p) => p.match(/[一二三四五六七八九]是/g)),
    );
  });
});
