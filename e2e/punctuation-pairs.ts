/**
 * Adjacent full-width punctuation, measured the same way in every engine: `measurePairWidths`
 * runs in the page and closes over nothing, so Playwright's, Puppeteer's or WebDriver's
 * evaluate can all send it. Node-side helpers say which pairs the speech has and how wide each
 * should be.
 */
import { readFileSync } from 'node:fs';
import { cjkPunctuation } from '../src/vite/fonts/charset.ts';

/**
 * A full-width punctuation mark: punctuation (or the ideographic space) from the CJK Symbols and
 * Punctuation or full-width-forms blocks, or a curly quotation mark, which Chinese fonts set an em wide.
 */
const fullWidthMark = (ch: string) => /[\p{P}\u3000]/u.test(ch) && /[‘’“”\u3000-\u303f\uff00-\uffef]/u.test(ch);

/** The full-width punctuation marks among `chars`, e.g. the fonts' punctuation margin. */
export function fullWidthMarks(chars: string): string[] {
  return [...new Set(chars)].filter(fullWidthMark);
}

/** Every ordered pair of `marks`, each mark beside itself included. */
export function everyPair(marks: readonly string[]): string[] {
  return marks.flatMap((a) => marks.map((b) => a + b));
}

/** Every distinct pair of adjacent full-width marks in `text` (the speech), e.g. ，“ and ”。 */
export function punctuationPairs(text: string): string[] {
  const chars = [...text];
  const pairs = new Set<string>();
  for (let i = 1; i < chars.length; i++) {
    if (fullWidthMark(chars[i - 1]!) && fullWidthMark(chars[i]!)) pairs.add(chars[i - 1]! + chars[i]!);
  }
  return [...pairs];
}

/**
 * What the tests measure: the speech's own pairs, and every pair of the full-width marks the
 * fonts ship (their punctuation margin, src/vite/fonts/charset.ts).
 */
export function deckPunctuationPairs(): { speechPairs: string[]; pairs: string[] } {
  const speechPairs = punctuationPairs(readFileSync(new URL('../slides/speech.txt', import.meta.url), 'utf8'));
  return { speechPairs, pairs: [...new Set([...speechPairs, ...everyPair(fullWidthMarks(cjkPunctuation))])] };
}

/**
 * The width in em CSS Text 4 gives a pair under text-spacing-trim (space-first or normal) inside
 * a line, by its "fullwidth punctuation collapsing", which the font's chws feature implements
 * too: an opening mark after an opening, closing or middle-dot mark or an ideographic space, and
 * a closing mark before a closing or middle-dot mark or an ideographic space, set in half an em —
 * one blank half goes, 1.5em. Other pairs keep both blank halves, 2em: an opening mark then a
 * closing one (“”), whose blanks face outwards, and any pair with a mark in none of the classes.
 * 、。，．：；！？ count as closing: Simplified Chinese fonts set them in the left half of the em
 * (Noto Serif SC's chws trims ！ and ？ as it trims 。).
 */
export function trimmedWidth(pair: string): number {
  const [a, b] = [...pair] as [string, string];
  const opening = (ch: string) => /[\p{Ps}\p{Pi}]/u.test(ch);
  const closing = (ch: string) => /[\p{Pe}\p{Pf}、。，．：；！？]/u.test(ch);
  const middleOrSpace = (ch: string) => /[·・‧\u3000]/u.test(ch);
  const trims = (opening(b) && (opening(a) || closing(a) || middleOrSpace(a))) || (closing(a) && (closing(b) || middleOrSpace(b)));
  return trims ? 1.5 : 2;
}

export interface PairWidths {
  /** The font size the pairs were set in, in CSS px: the slides' body size. */
  fontSize: number;
  /** Per weight, per pair: its width in em. */
  widths: Record<string, Record<string, number>>;
}

/**
 * In the page: sets each pair between two ideographs (at a line's start an opening mark may keep
 * its blank half) inside the deck's `.reveal`, so it takes the theme's font, size and
 * punctuation settings, in each weight, and returns the pairs' widths in em. The probe lines
 * sit outside the scaled slides, and each pair is in a span `#punctuation-pairs [data-pair]`.
 * Measures once the faces that hold the pairs have loaded: the deck fetches its later font files
 * after the first paint, and a busy machine may not have them yet (the fallback is 2em wide).
 */
export async function measurePairWidths(args: { pairs: string[]; weights: number[] }): Promise<PairWidths> {
  const host = document.createElement('div');
  host.id = 'punctuation-pairs';
  host.style.cssText = 'position: absolute; inset: 0 auto auto 0; font-size: var(--deck-size-body); white-space: nowrap';
  for (const weight of args.weights) {
    for (const pair of args.pairs) {
      const line = document.createElement('div');
      line.style.fontWeight = String(weight);
      const probe = document.createElement('span');
      probe.dataset.pair = pair;
      probe.dataset.weight = String(weight);
      probe.textContent = pair;
      line.append('中', probe, '中');
      host.append(line);
    }
  }
  document.querySelector('.reveal')!.append(host);
  const { fontSize: size, fontFamily } = getComputedStyle(host);
  const text = args.pairs.join('') + '中';
  await Promise.all(args.weights.map((weight) => document.fonts.load(`${weight} ${size} ${fontFamily}`, text)));
  const fontSize = parseFloat(size);
  const widths: Record<string, Record<string, number>> = {};
  for (const probe of host.querySelectorAll<HTMLElement>('[data-pair]')) {
    const byPair = (widths[probe.dataset.weight!] ??= {});
    byPair[probe.dataset.pair!] = probe.getBoundingClientRect().width / fontSize;
  }
  return { fontSize, widths };
}

/** Widths rounded to a tenth of an em: what layout in whole or fractional pixels keeps of them. */
export function roundWidths(widths: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(widths).map(([pair, em]) => [pair, Math.round(em * 10) / 10]));
}
