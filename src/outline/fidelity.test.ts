import { describe, expect, it } from 'vitest';
import { checkNotesFidelity, checkWording, normaliseParagraphs } from './fidelity.ts';
import { fixtureOutline, fixtureSpeech, mutableFixture } from './test-fixture.ts';

describe('notes fidelity', () => {
  it('accepts notes that reproduce the speech in deck order', () => {
    expect(checkNotesFidelity(fixtureOutline(), fixtureSpeech)).toEqual([]);
  });

  it('ignores only the whitespace between paragraphs', () => {
    expect(normaliseParagraphs('  甲。\n\n 乙 丙。\n').text).toBe('甲。乙 丙。');
  });

  it('names the first differing position and the slide when a character changes', () => {
    const outline = mutableFixture();
    outline.slides[3].measures[1].notes = '二是甲二。甲二作法。'; // 做 → 作
    const [issue] = checkNotesFidelity(outline, fixtureSpeech);
    expect(issue).toMatchObject({ slide: 'pillar-1-2', field: 'notes' });
    expect(issue!.message).toContain('line 5, column 51');
    expect(issue!.message).toContain('character 8 of this slide');
    expect(issue!.message).toContain('"做法。坚持乙为要');
  });

  it('catches a lost sentence', () => {
    const outline = mutableFixture();
    outline.slides[3].notes = '坚持甲为先，在甲上走在前、作表率。总书记指出，“甲甲”。';
    expect(checkNotesFidelity(outline, fixtureSpeech)[0]).toMatchObject({ slide: 'pillar-1-1' });
  });

  it('catches slides out of order', () => {
    const outline = mutableFixture();
    const measures = outline.slides[3].measures;
    outline.slides[3].measures = [measures[1], measures[0]];
    expect(checkNotesFidelity(outline, fixtureSpeech)[0]).toMatchObject({ slide: 'pillar-1-2' });
  });

  it('catches text added after the end of the speech', () => {
    const outline = mutableFixture();
    outline.slides[5].notes += '再见。';
    const [issue] = checkNotesFidelity(outline, fixtureSpeech);
    expect(issue).toMatchObject({ slide: 'closing' });
    expect(issue!.message).toContain('after the end of the speech');
  });
});

describe('wording fidelity (提法)', () => {
  it('accepts verbatim quotations and structural labels', () => {
    expect(checkWording(fixtureOutline(), fixtureSpeech)).toEqual([]);
  });

  it('names the slide, field and text of a paraphrase', () => {
    const outline = mutableFixture();
    outline.slides[3].pledge = '在甲上走在前列、作表率';
    expect(checkWording(outline, fixtureSpeech)).toEqual([
      {
        slide: 'pillar-1',
        field: 'pledge',
        message: '"在甲上走在前列、作表率" is not quoted verbatim from the speech (it departs from the speech after "在甲上走在前")',
      },
    ]);
  });

  it('does not accept a label outside the explicit list', () => {
    const outline = mutableFixture();
    outline.slides[2].heading = '提纲';
    expect(checkWording(outline, fixtureSpeech)[0]).toMatchObject({ slide: 'overview', field: 'heading' });
  });

  it('treats the anonymised blanks as text that must match exactly', () => {
    const speech = fixtureSpeech.replace('甲一做法', '甲一做法**个');
    const outline = mutableFixture();
    outline.slides[3].measures[0].points = ['甲一做法**个'];
    expect(checkWording(outline, speech)).toHaveLength(0);
    outline.slides[3].measures[0].points = ['甲一做法3个'];
    expect(checkWording(outline, speech)[0]).toMatchObject({ slide: 'pillar-1-1', field: 'points[0]' });
  });

  it('rejects a quote that cuts an anonymised blank in half', () => {
    const speech = fixtureSpeech.replace('甲一做法', '甲一做法达**.**万户');
    const outline = mutableFixture();
    for (const cut of ['甲一做法达*', '*.**万户', '甲一做法达**.*']) {
      outline.slides[3].measures[0].points = [cut];
      const [issue] = checkWording(outline, speech);
      expect(issue, cut).toMatchObject({ slide: 'pillar-1-1', field: 'points[0]' });
      expect(issue!.message).toContain('cuts an anonymised blank');
    }
    outline.slides[3].measures[0].points = ['甲一做法达**.**万户', '**.**'];
    expect(checkWording(outline, speech)).toEqual([]);
  });
});
