import { describe, expect, it } from 'vitest';
import { shownTexts } from './shown-texts.ts';
import { fixtureOutline } from './test-fixture.ts';
import { deckOrder } from './walk.ts';

describe('shownTexts', () => {
  const outline = fixtureOutline();
  const shown = (id: string) => shownTexts(outline, deckOrder(outline).find((s) => s.id === id)!).map((t) => t.text);

  it('gives the overview its heading and each pillar’s ordinal, heading and pledge, in order', () => {
    expect(shown('overview')).toEqual(['目录', '一', '坚持甲为先', '在甲上走在前、作表率', '二', '坚持乙为要', '在乙上走在前、作表率']);
  });

  it('heads a measure with its own pillar’s heading', () => {
    expect(shown('pillar-1-2')).toEqual(['坚持甲为先', '二是', '甲二', '甲二做法']);
    expect(shown('pillar-2-1')[0]).toBe('坚持乙为要');
  });

  it('gives every other slide its own fields', () => {
    expect(shown('cover')).toEqual(['题目', '同志们']);
    expect(shown('pillar-2')).toEqual(['二', '坚持乙为要', '在乙上走在前、作表率', '乙乙']);
  });
});
