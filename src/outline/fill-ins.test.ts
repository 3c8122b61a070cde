import { describe, expect, it } from 'vitest';
import { checkValue, gapText, replaceTokens, splitText, type FillInDeclaration, type ResolvedFillIn } from './fill-ins.ts';

const declared = (kind: FillInDeclaration['kind'], blank = '**'): FillInDeclaration => ({ kind, description: '说明', blank });
const ok = (kind: FillInDeclaration['kind'], raw: unknown, blank?: string) => checkValue(declared(kind, blank), raw);

describe('a fill-in value is checked against its kind', () => {
  it('name and text: non-empty words on one line, no markup, braces or asterisks', () => {
    expect(ok('name', '宁夏')).toEqual({ value: '宁夏' });
    expect(ok('text', '市场监管')).toEqual({ value: '市场监管' });
    for (const bad of ['', '  ', ' 宁夏', '<b>宁夏</b>', '宁*', '{city}', '甲\n乙', '甲\u0007', 12, '一二三四五六七八九十一二三四五六七八九十一']) {
      expect(ok('name', bad), JSON.stringify(bad)).toHaveProperty('expected');
    }
  });

  it('count: a whole number in digits', () => {
    expect(ok('count', 12)).toEqual({ value: '12' });
    expect(ok('count', '7')).toEqual({ value: '7' });
    for (const bad of [1.5, -3, '12个', '十二', '012', '', NaN, Infinity, null]) expect(ok('count', bad), String(bad)).toHaveProperty('expected');
  });

  it('amount: digits in the shape of the source blank', () => {
    expect(ok('amount', 350, '***')).toEqual({ value: '350' });
    expect(ok('amount', '350.5', '***')).toHaveProperty('expected');
    expect(ok('amount', '350.5', '***.*')).toEqual({ value: '350.5' });
  });

  it('decimal: exactly the decimal places of the source blank', () => {
    expect(ok('decimal', 3.5, '*.*')).toEqual({ value: '3.5' });
    expect(ok('decimal', '12.30', '**.**')).toEqual({ value: '12.30' });
    const missed = ok('decimal', 12.3, '**.**');
    expect(missed).toHaveProperty('expected');
    expect((missed as { expected: string }).expected).toContain('exactly 2 decimal places');
    expect(ok('decimal', '3', '*.*')).toHaveProperty('expected');
    expect(ok('decimal', '3.55', '*.*')).toHaveProperty('expected');
  });

  it('month: 1 to 12', () => {
    expect(ok('month', 6)).toEqual({ value: '6' });
    expect(ok('month', '12')).toEqual({ value: '12' });
    for (const bad of [0, 13, '6月', 6.5, '']) expect(ok('month', bad), String(bad)).toHaveProperty('expected');
  });
});

describe('outline text with fill-ins', () => {
  const city: ResolvedFillIn = { id: 'city', kind: 'name', description: '城市', blank: '**' };
  const fillIns = new Map([['city', city]]);

  it('splits into words and fill-ins', () => {
    expect(splitText('美丽新{city}的实践', fillIns)).toEqual([{ text: '美丽新' }, { fillIn: city }, { text: '的实践' }]);
    expect(splitText('{city}', fillIns)).toEqual([{ fillIn: city }]);
  });

  it('replaces tokens literally, whatever the replacement holds', () => {
    expect(replaceTokens('在{city}。', () => "$&$'$`")).toBe("在$&$'$`。");
  });

  it('opens a gap at least two characters wide, wider for longer blanks', () => {
    expect(gapText('*')).toBe('\u3000\u3000');
    expect(gapText('**')).toBe('\u3000\u3000');
    expect(gapText('***')).toHaveLength(3);
    expect(gapText('**.**')).toHaveLength(4);
  });
});
