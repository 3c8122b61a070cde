/**
 * Where a line of Chinese text may break: between words, never inside one (W3C clreq). A word
 * segmenter proposes the boundaries; the deck's list of terms that must never break
 * (slides/unbreakable-terms.ts) and the punctuation rules below take boundaries away, never add one.
 * Pure: the segmenter is passed in (jieba in the build, src/render/word-segmenter.ts).
 */

/** Splits text into words whose concatenation is the text. */
export type Segmenter = (text: string) => readonly string[];

const punctuation = (ch: string) => /\p{P}/u.test(ch);
/** Opening marks stay with the word after them: never at a line end. */
const opening = (ch: string) => /[\p{Ps}\p{Pi}]/u.test(ch);

/**
 * The rules above as regular-expression sources, for code that runs where it cannot import
 * (a probe inside a browser page): punctuation, and the opening marks among it.
 */
export const markPatterns = { punctuation: '\\p{P}', opening: '[\\p{Ps}\\p{Pi}]' } as const;

/** A mark no line may end with (“（《…): the one rule every output and probe uses. */
export const isOpeningMark = opening;
/** A mark no line may start with (、，。”）…, and the dash): every punctuation mark but an opening one. */
export const isClosingMark = (ch: string) => punctuation(ch) && !opening(ch);
/** Latin letters, digits and half-width marks: a run of them (3.5, 2023, ABC) is one word. */
const halfWidth = (ch: string) => /[\x21-\x7e]/.test(ch);

/**
 * The offsets (0 < offset < text.length) at which `text` may break, ascending. A boundary of the
 * segmenter survives unless:
 * - it falls inside an occurrence of a term (the list overrides the segmenter);
 * - it has punctuation on both sides (”、“ ，“ ”“ …): a run of marks is never split, which clreq asks,
 *   and WebKit, which shapes each side of a break opportunity apart, would leave the pair 2em wide
 *   instead of closing it up to 1.5em;
 * - a closing mark follows it (、，。” attach to the word before: no line starts with one);
 * - an opening mark precedes it (“（《 attach to the word after: no line ends with one);
 * - it splits a run of Latin letters, digits and half-width marks (jieba cuts 3.5 as 3|.|5);
 * - it is the last, before one or two characters.
 */
export function breakOffsets(text: string, segment: Segmenter, terms: readonly string[]): number[] {
  return lineBreaks(text, segment, terms).offsets;
}

/**
 * A term longer than this many characters is wider than a phone's line (the portrait canvas holds
 * about 13 characters of body text): it cannot stay whole there, and may break between its own
 * words instead (习近平新时代|中国特色社会主义|思想), which beats a break anywhere.
 */
export const LONG_TERM = 13;

/**
 * The break offsets (breakOffsets), and the fallbacks: the segmenter's boundaries inside an
 * occurrence of a term longer than LONG_TERM, which the punctuation rules would allow. The page
 * offers those only where the term cannot fit a line (src/theme/base.css: on a phone), as it does
 * the places between a long chain's quoted items (quoteChainFallbacks).
 */
/**
 * A quotation of at most this many characters (“必读篇”, “市场监管篇”, “点单”) names one thing: on
 * paper no line breaks inside it (insideShortQuotations). A chain of them (“必读篇”“最新篇”) then
 * breaks only where one ends and the next begins, or not at all, as marks stay together.
 */
export const SHORT_QUOTATION = 8;

/**
 * The offsets inside each short quotation “…” of `chars` (undefined: a fill-in, one character
 * here), at which no line may break: from just after “ to just before ”.
 */
export function insideShortQuotations(chars: readonly (string | undefined)[]): Set<number> {
  const inside = new Set<number>();
  chars.forEach((ch, open) => {
    if (ch !== '“') return;
    const close = chars.findIndex((c, k) => k > open && (c === '”' || c === '“'));
    if (close === -1 || chars[close] !== '”' || close - open - 1 > SHORT_QUOTATION) return;
    for (let k = open + 1; k <= close; k++) inside.add(k);
  });
  return inside;
}

export function lineBreaks(text: string, segment: Segmenter, terms: readonly string[]): { offsets: number[]; fallbacks: number[] } {
  const words = segment(text);
  if (words.join('') !== text) {
    throw new Error(`the word segmenter changed the text: ${JSON.stringify(text)} came back as ${JSON.stringify(words)}`);
  }
  const inTerm = new Set<number>();
  const inLongTerm = new Set<number>();
  for (const term of terms) {
    if (term === '') continue;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      for (let k = at + 1; k < at + term.length; k++) (term.length > LONG_TERM ? inLongTerm : inTerm).add(k);
    }
  }
  const offsets: number[] = [];
  const fallbacks: number[] = [];
  let k = 0;
  for (const word of words.slice(0, -1)) {
    k += word.length;
    const before = text[k - 1]!;
    const after = text[k]!;
    if (opening(before) || (punctuation(before) && punctuation(after))) continue;
    if (halfWidth(before) && halfWidth(after)) continue;
    if (punctuation(after) && !opening(after)) continue;
    if (inTerm.has(k)) continue;
    (inLongTerm.has(k) ? fallbacks : offsets).push(k);
  }
  // A last phrase of one or two characters (带头|学, 生动|实践) joins the one before: no last line
  // of a lone character or two, in the engines that do not balance lines (Firefox ESR).
  const last = offsets[offsets.length - 1];
  if (last !== undefined && [...text.slice(last)].filter((ch) => !punctuation(ch)).length <= 2) offsets.pop();
  return { offsets, fallbacks };
}

/**
 * Inside a phrase too long for a phone's line, the places between two quoted items (”|“, ）|（):
 * a chain such as “必读篇”“最新篇”“＿＿篇”“市场监管篇” moves as one phrase, and wider than its
 * line it would break anywhere (市场|监管); offered as a fallback, it breaks between the items.
 * `units` is the whole text: a character, or a fill-in as the number of characters its gap takes;
 * `breaks` the offsets where it may break. Every mark counts as a character: the width, not the words.
 */
export function quoteChainFallbacks(units: readonly (string | number)[], breaks: ReadonlySet<number>): number[] {
  const cuts = [0, ...[...breaks].sort((a, b) => a - b), units.length];
  const found: number[] = [];
  for (let i = 1; i < cuts.length; i++) {
    const [from, to] = [cuts[i - 1]!, cuts[i]!];
    const width = units.slice(from, to).reduce<number>((sum, unit) => sum + (typeof unit === 'number' ? unit : 1), 0);
    if (width <= LONG_TERM) continue;
    for (let k = from + 1; k < to; k++) {
      const [before, after] = [units[k - 1], units[k]];
      if (typeof before === 'string' && typeof after === 'string' && /[\p{Pe}\p{Pf}]/u.test(before) && opening(after)) found.push(k);
    }
  }
  return found;
}

/** The text cut at its break offsets: the phrases that each stay on one line. */
export function phrases(text: string, segment: Segmenter, terms: readonly string[]): string[] {
  const cuts = [0, ...breakOffsets(text, segment, terms), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
}

/** The [start, end) ranges of runs of two or more punctuation marks in `chars`, which must not break inside. */
export function punctuationRuns(chars: readonly (string | undefined)[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < chars.length; ) {
    let end = i;
    while (end < chars.length && chars[end] !== undefined && punctuation(chars[end]!)) end++;
    if (end - i >= 2) runs.push([i, end]);
    i = end > i ? end : i + 1;
  }
  return runs;
}
