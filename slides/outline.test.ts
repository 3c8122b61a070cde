import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBlankCoverage, checkNotesFidelity, checkWording } from '../src/outline/fidelity.ts';
import { checkValues } from '../src/outline/model.ts';
import { validateOutline } from '../src/outline/validate.ts';
import { deckOrder, notesOf } from '../src/outline/walk.ts';
import { values } from './fill-ins.ts';
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

describe('the anonymised blanks of slides/speech.txt', () => {
  it('are each one fill-in occurrence of the notes, in order', () => {
    expect(checkBlankCoverage(outline, speech)).toEqual([]);
    const runs = speech.match(/\*+(?:\.\*+)?/g) ?? [];
    const occurrences = deckOrder(outline).flatMap((slide) => [...(notesOf(slide) ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
    expect(occurrences.map((id) => outline.fillIns[id]!.blank)).toEqual(runs);
    expect(runs).toHaveLength(17);
  });

  it('are all listed in slides/fill-ins.ts, each with its description, for the presenter to fill', () => {
    const source = readFileSync(new URL('./fill-ins.ts', import.meta.url), 'utf8');
    expect(Object.keys(values)).toEqual(Object.keys(outline.fillIns));
    for (const [id, declaration] of Object.entries(outline.fillIns)) {
      expect(source).toMatch(new RegExp(`^  ${id}: .*// ${declaration.description.replace(/[()*.（）]/g, '\\$&')}$`, 'm'));
    }
  });

  it('have values that pass their checks (none given is fine)', () => {
    expect(checkValues(outline, values)).toEqual([]);
  });
});
