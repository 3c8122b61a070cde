import { describe, expect, it } from 'vitest';
import { checkBlankCoverage, checkNotesFidelity, checkWording, normaliseParagraphs } from './fidelity.ts';
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

describe('blank coverage', () => {
  it('holds for the fixture: each run of asterisks is one fill-in, in order', () => {
    expect(checkBlankCoverage(fixtureOutline(), fixtureSpeech)).toEqual([]);
  });

  it('names the line and column of a run written as asterisks, not as a fill-in', () => {
    const outline = mutableFixture();
    outline.slides[1].notes = '开场白，美丽新**。现汇报如下：';
    expect(checkBlankCoverage(outline, fixtureSpeech)).toEqual([
      { slide: 'opening', field: 'notes', message: 'the speech\'s blank "**" at line 4, column 8 is not written as one fill-in' },
    ]);
  });

  it('names an occurrence that matches no run, and the run it only half covers', () => {
    const outline = mutableFixture();
    outline.fillIns.one = { kind: 'count', description: '一', blank: '*' };
    outline.slides[4].measures[0].notes = '一是乙一。乙一做法{one}.*万户。';
    const messages = checkBlankCoverage(outline, fixtureSpeech).map((i) => `${i.slide}: ${i.message}`);
    expect(messages).toEqual([
      'pillar-2-1: the speech\'s blank "*.*" at line 6, column 30 is not written as one fill-in',
      'pillar-2-1: {one} matches no blank of the speech (it stands at line 6, column 30)',
    ]);
  });

  it('treats a fill-in in visible text as the blank it replaces', () => {
    const outline = mutableFixture();
    outline.slides[1].statements = ['美丽新{households}'];
    expect(checkWording(outline, fixtureSpeech)).toEqual([
      { slide: 'opening', field: 'statements[0]', message: '"美丽新{households}" is not quoted verbatim from the speech (it departs from the speech after "美丽新*")' },
    ]);
  });
});
