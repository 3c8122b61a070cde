import { describe, expect, it } from 'vitest';
import type { ResolvedFillIn } from '../../outline/fill-ins.ts';
import { balancedLineEnds, lineEnds } from './lines.ts';

const chars = (text: string) => [...text];
const cut = (text: string, ends: number[]) => [0, ...ends, text.length].slice(1).map((end, i) => text.slice([0, ...ends][i], end));

describe('lines on the document grid', () => {
  it('fills each line with whole phrases, the first line shorter by its indent', () => {
    // Phrases 甲乙丙|丁戊|己庚辛|壬癸: breaks at 3, 5, 8.
    const text = '甲乙丙丁戊己庚辛壬癸';
    expect(cut(text, lineEnds(chars(text), new Set([3, 5, 8]), { first: 4, rest: 6 }))).toEqual(['甲乙丙', '丁戊己庚辛', '壬癸']);
    expect(cut(text, lineEnds(chars(text), new Set([3, 5, 8]), { first: 28, rest: 28 }))).toEqual([text]);
  });

  it('counts a fill-in as its gap or value, and never ends a line inside or beside one unless a phrase ends there', () => {
    const open: ResolvedFillIn = { id: 'n', kind: 'count', description: '数', blank: '***' };
    const units = ['共', open, '个', '。'];
    // The gap of *** is three cells: 共 + gap + 个 + 。 is six cells, one phrase.
    expect(lineEnds(units, new Set(), { first: 6, rest: 6 })).toEqual([]);
    expect(lineEnds(units, new Set([1]), { first: 3, rest: 6 })).toEqual([1]);
  });

  it('cuts a phrase longer than a line where the line is full, but not before a closing mark', () => {
    const text = '一二三四，五六';
    expect(lineEnds(chars(text), new Set(), { first: 4, rest: 4 })).toEqual([3]);
  });
});

describe('a title’s lines', () => {
  it('are as few as fit, cut at phrase ends, the longest as short as can be and the foot the longer', () => {
    const text = '市场监管局在主题教育专题座谈会上的发言材料';
    // Phrases: 市场监管局|在|主题教育|专题|座谈会|上|的|发言|材料 (offsets of their ends).
    const breaks = new Set([5, 6, 10, 12, 15, 16, 17, 19]);
    expect(cut(text, balancedLineEnds(chars(text), breaks, 20))).toEqual(['市场监管局在主题教育', '专题座谈会上的发言材料']);
    expect(balancedLineEnds(chars(text), breaks, 21)).toEqual([]);
  });
});

describe('a line that starts with an opening quotation mark', () => {
  it('holds a cell less (LibreOffice sets the mark two cells wide there)', () => {
    const text = '“甲乙”丙丁';
    expect(lineEnds(chars(text), new Set([4, 5]), { first: 5, rest: 5 })).toEqual([4]);
    expect(lineEnds(chars('甲乙丙丁戊己'), new Set([4, 5]), { first: 5, rest: 5 })).toEqual([5]);
  });
});
