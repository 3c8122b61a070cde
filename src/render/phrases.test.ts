import { describe, expect, it } from 'vitest';
import { breakOffsets, insideShortQuotations, LONG_TERM, lineBreaks, phrases, punctuationRuns, SHORT_QUOTATION, type Segmenter } from './phrases.ts';
import { wordSegmenter } from './word-segmenter.ts';

/** A segmenter that offers a break between every two characters: what is left is what the rules keep. */
const everyCharacter: Segmenter = (text) => [...text];

describe('phrases: the rules over any segmenter', () => {
  it('attach closing marks to the word before and opening marks to the word after', () => {
    expect(phrases('甲，乙“丙”丁（戊己）', everyCharacter, [])).toEqual(['甲，', '乙', '“丙”', '丁', '（戊己）']);
  });

  it('never leave one or two characters alone for the last phrase', () => {
    expect(phrases('的生动实践', (text) => ['的', '生动', '实践'].join('') === text ? ['的', '生动', '实践'] : [text], [])).toEqual(['的', '生动实践']);
    expect(phrases('带头学', everyCharacter, [])).toEqual(['带', '头学']);
    expect(phrases('甲乙丙。', everyCharacter, [])).toEqual(['甲', '乙丙。']);
  });

  it('never break between two punctuation marks, closing then opening included (”、“ ，“ ”“ 。“)', () => {
    expect(phrases('“甲”、“乙”，“丙”“丁”。“戊”', everyCharacter, [])).toEqual(['“甲”、“乙”，“丙”“丁”。“戊”']);
  });

  it('keep a listed term whole, overriding the segmenter, wherever it occurs', () => {
    expect(phrases('甲乙丙甲乙丁戊己', everyCharacter, ['甲乙'])).toEqual(['甲乙', '丙', '甲乙', '丁', '戊己']);
    expect(phrases('甲乙丙丁', everyCharacter, ['甲乙丙', '丙丁'])).toEqual(['甲乙丙丁']);
  });

  it('offer the words inside a term too long for a phone’s line only as fallbacks', () => {
    const long = '甲'.repeat(LONG_TERM + 1);
    expect(lineBreaks(`乙${long}丙丙`, everyCharacter, [long])).toEqual({
      offsets: [1, LONG_TERM + 2],
      fallbacks: Array.from({ length: LONG_TERM }, (_, i) => i + 2),
    });
    expect(lineBreaks('乙甲甲丙丙', everyCharacter, ['甲甲']).fallbacks).toEqual([]);
  });

  it('keep numbers and Latin words whole', () => {
    expect(phrases('共3.5万户ABC', everyCharacter, [])).toEqual(['共', '3.5', '万', '户', 'ABC']);
    expect(phrases('共3.5万户', everyCharacter, [])).toEqual(['共', '3.5', '万户']);
  });

  it('only take breaks away: the phrases join to the text, and an empty text has none', () => {
    const text = '坚持学思想为先，在筑牢政治忠诚上走在前、作表率';
    expect(phrases(text, everyCharacter, ['学思想']).join('')).toBe(text);
    expect(phrases('', everyCharacter, [])).toEqual(['']);
  });

  it('reject a segmenter that changes the text', () => {
    expect(() => breakOffsets('甲乙', () => ['甲'], [])).toThrow('the word segmenter changed the text');
  });

  it('find runs of two or more marks, skipping fill-ins (undefined)', () => {
    expect(punctuationRuns(['甲', '”', '、', '“', '乙', '。', undefined, '，', '“'])).toEqual([[1, 4], [7, 9]]);
  });
});

describe('phrases with jieba, on the breaks the issue found', () => {
  const segment = wordSegmenter();

  it('no longer split 专题 in the cover title, nor 市场|监管 with the term listed', () => {
    const cover = phrases('市场监管局在主题教育专题座谈会上的发言材料', segment, ['市场监管', '主题教育']);
    expect(cover).toContain('专题');
    expect(cover).toContain('市场监管局');
    expect(cover).toContain('主题教育');
  });

  it('keep words jieba knows whole (岗位, 贡献, 社会主义) and break between them', () => {
    const quote = phrases('“凝心聚力促发展，驰而不息抓落实，立足岗位作贡献”', segment, []);
    expect(quote).toContain('岗位');
    expect(quote.some((p) => p.includes('作贡献') || p.includes('贡献'))).toBe(true);
    expect(quote.every((p) => !p.endsWith('“') && !/^[”，]/.test(p))).toBe(true);
    expect(phrases('中国特色社会主义', segment, [])).toContain('社会主义');
  });

  it('break 习近平新时代中国特色社会主义思想, when it must, only between its words', () => {
    const term = '习近平新时代中国特色社会主义思想';
    const cuts = lineBreaks(term, segment, [term, '新时代', '中国特色社会主义']);
    expect(cuts.offsets).toEqual([]);
    expect(cuts.fallbacks.map((k) => term.slice(0, k))).toEqual(['习近平', '习近平新时代', '习近平新时代中国特色社会主义']);
  });

  it('find the inside of short quotations, fill-ins counted as one character; no more', () => {
    const chars: (string | undefined)[] = [...'将“必读篇”“最新篇”“', undefined, ...'篇”和“新思想永远在路上啊”'];
    const inside = [...insideShortQuotations(chars)].map((k) => chars.slice(0, k).map((c) => c ?? '＿').join(''));
    expect(inside).toEqual(['将“', '将“必', '将“必读', '将“必读篇', '将“必读篇”“', '将“必读篇”“最', '将“必读篇”“最新', '将“必读篇”“最新篇', '将“必读篇”“最新篇”“', '将“必读篇”“最新篇”“＿', '将“必读篇”“最新篇”“＿篇']);
    expect(SHORT_QUOTATION).toBeLessThan('新思想永远在路上啊'.length);
  });
});
