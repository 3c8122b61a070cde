import { describe, expect, it } from 'vitest';
import { fixtureSpeech } from './test-fixture.ts';
import { assertValidUnbreakableTerms, checkUnbreakableTerms } from './unbreakable-terms.ts';

describe('the list of terms that never break', () => {
  it('accepts terms that occur in the speech', () => {
    expect(checkUnbreakableTerms(['开场白', '作表率'], fixtureSpeech)).toEqual([]);
  });

  it('names the file and the term that the speech lacks, and an empty term', () => {
    const check = () => assertValidUnbreakableTerms(['开场白', '习近平', '', '开场白'], fixtureSpeech, 'slides/unbreakable-terms.ts');
    expect(check).toThrow('slides/unbreakable-terms.ts › unbreakableTerms[1]: "习近平" does not occur in the speech (slides/speech.txt)');
    expect(check).toThrow('slides/unbreakable-terms.ts › unbreakableTerms[2]: must be a non-empty term; got ""');
    expect(check).toThrow('slides/unbreakable-terms.ts › unbreakableTerms[3]: "开场白" is listed twice');
  });

  it('rejects what is not a list of strings', () => {
    expect(() => assertValidUnbreakableTerms('习近平', fixtureSpeech, 'slides/unbreakable-terms.ts')).toThrow(
      'slides/unbreakable-terms.ts › unbreakableTerms: must be a list of terms',
    );
    expect(checkUnbreakableTerms([42, ' 开场白'], fixtureSpeech).map((i) => i.field)).toEqual(['unbreakableTerms[0]', 'unbreakableTerms[1]']);
  });
});
