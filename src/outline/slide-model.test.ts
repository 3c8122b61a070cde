import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pageModel } from './page-model.ts';
import { deckSpeaker, deckTitle, slideFacts } from './slide-model.ts';
import { fixtureModel } from './test-fixture.ts';

describe('the slide facts: every slide, once, for every output', () => {
  const model = fixtureModel({ place: '宁夏' });
  const facts = slideFacts(model);

  it('lists the slides in deck order, numbered as the audience sees them', () => {
    expect(facts.map((f) => f.id)).toEqual(['cover', 'opening', 'overview', 'pillar-1', 'pillar-1-1', 'pillar-1-2', 'pillar-2', 'pillar-2-1', 'closing']);
    expect(facts.map((f) => `${f.number.current}/${f.number.total}`)).toEqual(['1/9', '2/9', '3/9', '4/9', '5/9', '6/9', '7/9', '8/9', '9/9']);
  });

  it('names each slide’s headline and its pillar, fill-ins as shown', () => {
    expect(facts.map((f) => f.title)).toEqual(['题目', '开场白', '目录', '坚持甲为先', '甲一', '甲二', '坚持乙为要', '乙一', '发言完毕，谢谢大家！']);
    expect(facts.map((f) => f.pillar?.heading ?? null)).toEqual([null, null, null, '坚持甲为先', '坚持甲为先', '坚持甲为先', '坚持乙为要', '坚持乙为要', null]);
    expect(facts[1]!.shown.map((s) => s.text)).toEqual(['开场白', '美丽新宁夏', '现汇报如下']);
    // A measure shows its pillar's running head; the overview each pillar's entry.
    expect(facts[4]!.shown[0]).toEqual({ field: 'pillar-1.heading', text: '坚持甲为先' });
  });

  it('carries the notes as paragraphs, what is read aloud, and the plan at the deck’s rate', () => {
    expect(facts[0]!.notes).toEqual(['题目', '同志们：']);
    expect(facts[1]!.notes).toEqual(['开场白，美丽新宁夏。现汇报如下：']);
    expect(facts[2]!.notes).toEqual([]);
    // Characters without white space: an open blank's gap (ideographic spaces) is not read.
    expect(facts.map((f) => f.spoken)).toEqual([6, 16, 0, 33, 10, 10, 20, 12, 10]);
    // 200 characters a minute; a slide never under 8 s.
    expect(facts.map((f) => f.seconds)).toEqual([8, 8, 8, 10, 8, 8, 8, 8, 8]);
    expect(facts[7]!.fillIns).toEqual(['households']);
  });

  it('derives the title and the speaker once, for the page, the PDFs and the PowerPoint file', () => {
    expect(deckTitle(model)).toBe('题目');
    expect(deckSpeaker(model)).toBe('同志们');
  });

  it('hands the browser the same facts, and each fill-in’s description and state', () => {
    const page = pageModel(model);
    expect(page.slides.map((s) => [s.id, s.spoken, s.seconds, s.pillar === null ? null : page.pillars[s.pillar]])).toEqual(
      facts.map((f) => [f.id, f.spoken, f.seconds, f.pillar?.heading ?? null]),
    );
    expect(page.pillars).toEqual(['坚持甲为先', '坚持乙为要']);
    expect(page.fillIns).toEqual({ place: { description: '地名', open: false }, households: { description: '户数（万户）', open: true } });
  });
});

describe('the browser reads slide content from one place', () => {
  const src = fileURLToPath(new URL('../', import.meta.url));
  const browserFiles = ['deck', 'presenter', 'shared'].flatMap((dir) =>
    (readdirSync(join(src, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `${dir}/${f}`),
  );

  it('only src/shared/deck-content.ts reads the notes or the stacks out of the slides’ markup', () => {
    const readers = browserFiles.filter((file) => {
      const code = readFileSync(join(src, file), 'utf8');
      // slide-preview.ts drops the notes from its visual copy of a slide: it reads nothing.
      const withoutDrops = code.replace(/querySelector\(':scope > aside\.notes'\)\?\.remove\(\)/g, '');
      return /aside\.notes|section\.stack|pillar__heading|data-timing'\)|\.textContent[^=]*aside/.test(withoutDrops);
    });
    expect(readers).toEqual(['shared/deck-content.ts']);
  });
});
