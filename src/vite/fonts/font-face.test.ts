import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../outline/test-fixture.ts';
import { headingTexts } from './deck-text.ts';
import { fontFaceRules, unicodeRange } from './font-face.ts';

describe('the bold file’s characters', () => {
  it('are declared as a unicode-range: single code points, and runs of consecutive ones as ranges', () => {
    expect(unicodeRange('一丁七万丈三')).toBe('U+4E00-4E01, U+4E03, U+4E07-4E09');
    expect(unicodeRange('A B')).toBe('U+20, U+41-42');
    expect(unicodeRange('😀')).toBe('U+1F600');
  });

  it('reach the @font-face of the weight cut to them, and only that one', () => {
    const css = fontFaceRules([
      { weight: 400, url: 'r.woff2', format: 'woff2' },
      { weight: 700, url: 'b.woff2', format: 'woff2', unicodeRange: 'U+4E00' },
    ]);
    expect(css.match(/unicode-range/g)).toHaveLength(1);
    expect(css).toMatch(/font-weight: 700;[\s\S]*unicode-range: U\+4E00;/);
  });

  it('are the headings, titles, labels and lead of every slide, values shown, never a quotation or notes', () => {
    const texts = headingTexts(fixtureModel({ place: '宁夏' }));
    expect(texts).toEqual(expect.arrayContaining(['题目', '开场白', '目录', '一', '坚持甲为先', '在甲上走在前、作表率', '一是', '甲一', '发言完毕，谢谢大家！']));
    expect(texts).not.toContain('“甲甲”'); // the pillar's quotation
    expect(texts.join('')).not.toContain('全市如此'); // notes
    expect(texts).not.toContain('甲一做法'); // a key point, set regular
  });
});
