import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../outline/test-fixture.ts';
import { describeCharacters, outlineSources } from './text-sources.ts';

describe('a character the fonts lack', () => {
  const sources = [...outlineSources(fixtureModel()), { where: 'src/deck/main.ts', text: '帮助' }];

  it('is named with the first slide and field that shows it', () => {
    expect(describeCharacters('做', sources)).toBe('U+505A “做” in slides/outline.ts › slide "pillar-1-1" › points[0]');
    expect(describeCharacters('乙', sources)).toBe('U+4E59 “乙” in slides/outline.ts › slide "pillar-2" › heading');
  });

  it('is found in the notes when no slide shows it', () => {
    expect(describeCharacters('市', sources)).toBe('U+5E02 “市” in slides/outline.ts › slide "pillar-1" › notes');
  });

  it('is found in our code, or else in the page', () => {
    expect(describeCharacters('帮\u{20000}', sources)).toBe(
      'U+5E2E “帮” in src/deck/main.ts; U+20000 “\u{20000}” in the page',
    );
  });
});
