import { describe, expect, it } from 'vitest';
import { matchingIndices } from './search-text.ts';

describe('search', () => {
  const texts = ['美丽新** 的实践', '坚持“第一议题”制度 (试行) [甲]', 'a\\b  Reveal', '发言完毕'];

  it('matches any text literally, characters of regular expressions included', () => {
    expect(matchingIndices('**', texts)).toEqual([0]);
    expect(matchingIndices('(试行)', texts)).toEqual([1]);
    expect(matchingIndices('[', texts)).toEqual([1]);
    expect(matchingIndices('\\', texts)).toEqual([2]);
    expect(matchingIndices('.*', texts)).toEqual([]);
  });

  it('folds case and white space, and matches nothing for an empty query', () => {
    expect(matchingIndices('REVEAL', texts)).toEqual([2]);
    expect(matchingIndices('a\\b reveal', texts)).toEqual([2]);
    expect(matchingIndices('   ', texts)).toEqual([]);
  });

  it('finds Chinese words across every slide that has them', () => {
    expect(matchingIndices('实践', ['实践一', '二', '实践三'])).toEqual([0, 2]);
    expect(matchingIndices('不存在', texts)).toEqual([]);
  });
});
