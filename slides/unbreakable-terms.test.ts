import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckModel, textParts } from '../src/outline/model.ts';
import { shownTexts } from '../src/outline/shown-texts.ts';
import { checkUnbreakableTerms } from '../src/outline/unbreakable-terms.ts';
import { deckOrder } from '../src/outline/walk.ts';
import { phrases } from '../src/render/phrases.ts';
import { wordSegmenter } from '../src/render/word-segmenter.ts';
import { outline } from './outline.ts';
import { unbreakableTerms } from './unbreakable-terms.ts';

const speech = readFileSync(new URL('./speech.txt', import.meta.url), 'utf8');
const model = deckModel(outline, speech, {}, 'slides/fill-ins.ts', unbreakableTerms);

describe('slides/unbreakable-terms.ts', () => {
  it('lists only terms that occur in the speech, each once', () => {
    expect(unbreakableTerms.length).toBeGreaterThan(0);
    expect(checkUnbreakableTerms(unbreakableTerms, speech)).toEqual([]);
  });

  it('keeps every listed term whole, in one phrase, wherever it occurs in the slides’ text', () => {
    const segment = wordSegmenter();
    const split: string[] = [];
    let occurrences = 0;
    for (const slide of deckOrder(outline)) {
      for (const { field, text } of shownTexts(outline, slide)) {
        for (const part of textParts(model, text)) {
          if (!('text' in part)) continue;
          const cuts = phrases(part.text, segment, unbreakableTerms);
          for (const term of unbreakableTerms) {
            for (let at = part.text.indexOf(term); at !== -1; at = part.text.indexOf(term, at + 1)) {
              occurrences++;
              let start = 0;
              const whole = cuts.some((phrase) => {
                const inside = start <= at && at + term.length <= start + phrase.length;
                start += phrase.length;
                return inside;
              });
              if (!whole) split.push(`${slide.id} › ${field}: ${term} in ${cuts.join('|')}`);
            }
          }
        }
      }
    }
    expect(occurrences).toBeGreaterThan(unbreakableTerms.length);
    expect(split).toEqual([]);
  });
});
