// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { firstCharacter } from './later-fonts.ts';

describe('the font files declared once the first slide is painted', () => {
  it('are fetched for their first character', () => {
    expect(firstCharacter('U+4E00-4E01, U+4E03')).toBe('一');
    expect(firstCharacter('U+20-7E')).toBe(' ');
    expect(firstCharacter('')).toBe('');
  });
});
