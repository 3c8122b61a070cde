import { describe, expect, it } from 'vitest';
import { breakOffsets, phrases, type Segmenter } from '../../render/phrases.ts';
import { wordSegmenter } from '../../render/word-segmenter.ts';
import { balancedWidth, lineCount, safetyMargin, textWidth, wrapLines, type Phrases } from './measure-text.ts';

const style = { size: 10 };
/** A segmenter that offers a break between every two characters: what is left is what phrases.ts's rules keep. */
const everyCharacter: Segmenter = (text) => [...text];
/** Phrases as src/render/phrases.ts cuts them, each one piece. */
const cut = (text: string, segment: Segmenter = everyCharacter, terms: readonly string[] = []): Phrases => phrases(text, segment, terms).map((p) => [p]);
/** The offsets where the lines end, the last aside. */
const lineEnds = (lines: readonly string[]) => lines.slice(0, -1).reduce<number[]>((ends, line) => [...ends, (ends[ends.length - 1] ?? 0) + line.length], []);

describe('estimating Chinese lines', () => {
  it('takes Chinese characters, full-width marks and gaps as 1em, digits as less', () => {
    expect(textWidth('市场，“”\u3000', style)).toBe(60);
    expect(textWidth('12.30', style)).toBe(30);
    expect(textWidth('目录', { size: 10, tracking: 0.5 })).toBe(30);
  });

  it('breaks lines only between phrases, a character’s width short of the box', () => {
    expect(wrapLines([['专题'], ['座谈'], ['会上']], 45, style)).toEqual(['专题', '座谈', '会上']);
    expect(wrapLines([['专题'], ['座谈'], ['会上']], 50 + safetyMargin(style), style)).toEqual(['专题座谈', '会上']);
    for (const line of wrapLines([['市场监管'], ['局在'], ['主题教育']], 70, style)) expect(textWidth(line, style) + safetyMargin(style)).toBeLessThanOrEqual(70);
  });

  it('takes a phrase apart at its pieces only when it alone is wider than a line', () => {
    const phrases = [['甲'], ['习近平', '新时代', '中国特色社会主义', '思想']];
    expect(wrapLines(phrases, 175, style)).toEqual(['甲', '习近平新时代中国特色社会主义思想']);
    expect(wrapLines(phrases, 110, style)).toEqual(['甲习近平新时代', '中国特色社会主义思想']);
    expect(wrapLines([['一二三四五']], 30, style)).toEqual(['一二三四五']);
  });

  it('follows src/render/phrases.ts’s punctuation rules, and no others: every line end is one of its break offsets', () => {
    const texts = ['学习交流，研讨。“必读篇”（市、区）局长访谈', '增长12.30％，同比下降5%——数字', '《甲》“乙”、“丙”……丁·戊'];
    for (const text of texts) {
      const allowed = breakOffsets(text, everyCharacter, []);
      for (const width of [30, 40, 50, 60, 70, 90]) {
        const lines = wrapLines(cut(text), width, style);
        expect(lines.join('')).toBe(text);
        for (const end of lineEnds(lines)) expect(allowed, `${text} at ${width}: ${lines.join('|')}`).toContain(end);
      }
    }
    expect(wrapLines(cut('新增12.30万户'), 45, style)).toEqual(['新增', '12.30', '万户']);
  });

  it('never splits a word of jieba’s or a listed term in a long text, whatever the width', () => {
    const segment = wordSegmenter();
    const text = '坚持以习近平新时代中国特色社会主义思想为指导，深入开展主题教育，在学习贯彻上走在前、作表率，推动市场监管工作高质量发展';
    const terms = ['习近平新时代中国特色社会主义思想', '主题教育', '学习贯彻', '走在前', '作表率', '市场监管'];
    const words = new Set(segment(text).reduce<number[]>((ends, word) => [...ends, (ends[ends.length - 1] ?? 0) + word.length], []));
    for (let width = 80; width <= 400; width += 10) {
      const lines = wrapLines(cut(text, segment, terms), width, style);
      for (const end of lineEnds(lines)) {
        expect(words.has(end), `${lines.join('|')}`).toBe(true);
        for (const term of terms) for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) expect(end <= at || end >= at + term.length, `${term} split: ${lines.join('|')}`).toBe(true);
      }
    }
  });

  it('balances lines: as few as the widest box needs, of even length, the widest line plus the margin', () => {
    const title = cut('市场监管局在主题教育专题座谈会上的发言材料', wordSegmenter(), ['市场监管', '主题教育']);
    expect(lineCount(title, 160, style)).toBe(2);
    const width = balancedWidth(title, 160, style);
    const lines = wrapLines(title, width, style);
    expect(lines).toEqual(['市场监管局在主题教育', '专题座谈会上的发言材料']);
    expect(width).toBe(Math.max(...lines.map((line) => textWidth(line, style))) + safetyMargin(style));
    expect(balancedWidth([['目录']], 160, style)).toBe(30);
  });
});
