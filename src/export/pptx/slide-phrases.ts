/**
 * Outline text as shown on a PowerPoint slide, cut into the phrases the deck breaks lines
 * between: src/render/phrases.ts decides, over each run of words (jieba, the unbreakable terms,
 * the punctuation rules), exactly as for the page (src/render/text.ts). A fill-in (a value, or the
 * gap of an open blank) is glued to the words on both sides: never a break beside it.
 */
import { shownText } from '../../outline/fill-ins.ts';
import { textParts, type DeckModel } from '../../outline/model.ts';
import { lineBreaks, type Segmenter } from '../../render/phrases.ts';
import type { Phrases } from './measure-text.ts';

export function slidePhrases(model: DeckModel, text: string, segment: Segmenter): Phrases {
  const phrases: string[][] = [];
  let pieces: string[] = [];
  let piece = '';
  const endPiece = () => {
    if (piece !== '') pieces.push(piece);
    piece = '';
  };
  const endPhrase = () => {
    endPiece();
    if (pieces.length > 0) phrases.push(pieces);
    pieces = [];
  };
  for (const part of textParts(model, text)) {
    if ('fillIn' in part) {
      piece += shownText(part.fillIn);
      continue;
    }
    const { offsets, fallbacks } = lineBreaks(part.text, segment, model.unbreakableTerms);
    const breaks = new Set(offsets);
    const soft = new Set(fallbacks);
    for (let k = 0; k < part.text.length; k++) {
      if (breaks.has(k)) endPhrase();
      else if (soft.has(k)) endPiece();
      piece += part.text[k];
    }
  }
  endPhrase();
  return phrases.length > 0 ? phrases : [['']];
}
