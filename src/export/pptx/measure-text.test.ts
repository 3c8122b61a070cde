import { describe, expect, it } from 'vitest';
import { balancedWidth, lineCount, textWidth, unbreakableUnits, wrapLines } from './measure-text.ts';

const style = { size: 10 };

describe('estimating Chinese lines', () => {
  it('takes Chinese characters, full-width marks and gaps as 1em, digits as less', () => {
    expect(textWidth('市场，“”\u3000', style)).toBe(60);
    expect(textWidth('12.30', style)).toBe(30);
    expect(textWidth('目录', { size: 10, tracking: 0.5 })).toBe(30);
  });

  it('never starts a line with a closing mark, ends one with an opening mark, or parts a quotation mark from its neighbours', () => {
    expect(unbreakableUnits('坚持“第一议题”制度。')).toEqual(['坚', '持“第', '一', '议', '题”制', '度。']);
    expect(unbreakableUnits('（市、区）')).toEqual(['（市、', '区）']);
    for (const width of [30, 40, 50, 60, 70]) {
      for (const line of wrapLines('学习交流，研讨。“必读篇”（市、区）局长访谈', width, style).slice(1)) expect(line[0]).not.toMatch(/[，。、）”]/);
    }
  });

  it('keeps a number whole', () => {
    expect(wrapLines('新增12.30万户', 35, style)).toEqual(['新增', '12.30', '万户']);
  });

  it('balances lines: as few as the widest box needs, of even length', () => {
    const title = '市场监管局在主题教育专题座谈会上的发言材料';
    expect(lineCount(title, 160, style)).toBe(2);
    const width = balancedWidth(title, 160, style);
    expect(wrapLines(title, width, style).map((line) => line.length)).toEqual([11, 10]);
    expect(balancedWidth('目录', 160, style)).toBe(20);
  });
});
