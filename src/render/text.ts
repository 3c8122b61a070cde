import { gapText, type ResolvedFillIn } from '../outline/fill-ins.ts';
import { textParts, type DeckModel } from '../outline/model.ts';
import type { Slide } from '../outline/types.ts';
import { strings } from '../strings.ts';
import { escapeHtml as esc } from './escape.ts';
import { insideShortQuotations, lineBreaks, punctuationRuns, quoteChainFallbacks, type Segmenter } from './phrases.ts';

/** Outline text → HTML: escaped words, and each fill-in as its own element. */
export type RenderText = (text: string) => string;

/** What every slide renderer is given besides its slide. */
export interface RenderContext {
  /** Slide text: cut into phrases that never break inside. */
  text: RenderText;
  /** Speaker notes: a <wbr> where a line may break (between words), set keep-all. */
  notes: RenderText;
  /** The slide's planned time, written as data-timing. */
  plannedSeconds: (slide: Slide) => number;
  /** The number the audience sees on the slide, written as data-slide-number for paper. */
  slideNumber: (slide: Slide) => string;
  /** A link to a slide by id: reveal.js's route (#/pillar-2) in the deck, the slide's anchor on paper. */
  slideLink: (id: string) => string;
}

/**
 * A fill-in as HTML. Every occurrence is an element with data-fill-in, filled or not.
 * An open blank is an underlined gap (<u>, so it shows as one even where our stylesheet does
 * not reach, as in reveal.js's speaker window) named for screen readers and on hover.
 */
export function renderFillIn(fillIn: ResolvedFillIn): string {
  const id = esc(fillIn.id);
  if (fillIn.value !== undefined) {
    return `<span class="fill-in fill-in--filled" data-fill-in="${id}">${esc(fillIn.value)}</span>`;
  }
  const gap = gapText(fillIn.blank);
  return (
    `<u class="fill-in fill-in--open" data-fill-in="${id}" data-gap="${gap.length}" role="img"` +
    ` aria-label="${esc(strings.openBlank(fillIn.description))}" title="${esc(fillIn.description)}">${gap}</u>`
  );
}

type Unit = string | ResolvedFillIn;

/**
 * The [start, end) unit ranges that must stay on one line as a nowrap span: each fill-in with the
 * character on either side of it (a gap of ideographic spaces would otherwise let a line break
 * fall between it and its word, leaving “ at a line end or 篇 alone at the start of the next
 * line); with `runs`, also each run of punctuation marks. Overlapping ranges merge.
 */
function nowrapRanges(units: readonly Unit[], runs: boolean, cuts: ReadonlySet<number> = new Set()): { start: number; end: number; glue: boolean }[] {
  const ranges = units.flatMap((unit, i) =>
    typeof unit === 'string' ? [] : [{ start: typeof units[i - 1] === 'string' ? i - 1 : i, end: typeof units[i + 1] === 'string' ? i + 2 : i + 1, glue: true }],
  );
  if (runs) {
    const chars = units.map((unit) => (typeof unit === 'string' ? unit : undefined));
    // A run is cut where a break is offered inside it (”|“: a long chain's items on a phone, short quotations on paper).
    const cut = ([start, end]: [number, number]): [number, number][] => {
      const k = [...cuts].find((b) => b > start && b < end);
      return k === undefined ? [[start, end]] : [...cut([start, k]), ...cut([k, end])];
    };
    const pieces = punctuationRuns(chars).flatMap(cut).filter(([start, end]) => end - start >= 2);
    ranges.push(...pieces.map(([start, end]) => ({ start, end, glue: false })));
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: typeof ranges = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      last.glue ||= range.glue;
    } else merged.push({ ...range });
  }
  return merged;
}

/**
 * Outline text as HTML: escaped characters, fill-ins as elements (renderFillIn), each fill-in
 * glued to its neighbours (nowrap ranges above).
 *
 * With a segmenter (slide text), the text is also cut into phrases (src/render/phrases.ts): each a
 * `<span class="phrase">`, set with `word-break: keep-all` so no engine breaks inside it, and
 * followed by a break opportunity every engine honours alike (src/theme/base.css); and each run of
 * punctuation marks is kept in one nowrap span, so no engine breaks inside ”、“ either. Inside a
 * term too long for a phone's line, an empty `<span class="phrase__fallback">` between its words. A fill-in
 * never has a break beside it: it joins the phrases on both sides. Notes (no segmenter) are left
 * as the browser breaks them.
 */
export interface PhraseOptions {
  /**
   * Paper: a page's line is fixed, so a term too long for a phone breaks between its own words
   * wherever it is, as phrases of their own (no phone-only fallback spans).
   */
  longTermsAsPhrases?: boolean;
  /**
   * Read-aloud text (speaker notes): the same breaks as <wbr> between phrases, no phrase spans —
   * a few bytes a break for the speech's thousands of words. Set `word-break: keep-all` (the
   * .read-aloud class in src/theme/base.css) so the <wbr>s are the only breaks between characters.
   */
  breakElements?: boolean;
  /**
   * Paper: no break inside a short quotation (“必读篇”, src/render/phrases.ts): a chain of them
   * fits a page's line, not a phone's.
   */
  quotations?: boolean;
}

/** Phrases for paper, which Chromium alone lays out on a page of fixed width. */
export const paperPhrases: PhraseOptions = { longTermsAsPhrases: true, quotations: true };

/** Outline text as units: a character, or a fill-in (which takes no break inside or beside it). */
export type TextUnit = Unit;

/** Where a line of outline text may break: units, and the unit offsets before which a break falls. */
export interface PhraseBreaks {
  units: TextUnit[];
  /** Between phrases (src/render/phrases.ts), less those inside a short quotation on paper. */
  breaks: Set<number>;
  /** Inside a term too long for a phone's line, and between a long chain's quoted items. */
  fallbacks: Set<number>;
  /** Paper: breaks between two short quotations (”|“), which need a <wbr> in Chromium. */
  wbr: Set<number>;
  /** Read-aloud text: breaks between two quoted items (”|“). */
  betweenQuotes: Set<number>;
}

/** The breaks of outline text by the options' rules: what htmlText expresses in HTML, for any output. */
export function phraseBreaks(
  model: DeckModel,
  text: string,
  segment: Segmenter | undefined,
  { breakElements = false, quotations = false }: PhraseOptions = {},
): PhraseBreaks {
  const units: Unit[] = [];
  const breaks = new Set<number>();
  const fallbacks = new Set<number>();
  for (const part of textParts(model, text)) {
    if (!('text' in part)) {
      units.push(part.fillIn);
      continue;
    }
    const cuts = segment ? lineBreaks(part.text, segment, model.unbreakableTerms) : { offsets: [], fallbacks: [] };
    let offset = 0;
    for (const ch of part.text) {
      if (cuts.offsets.includes(offset)) breaks.add(units.length);
      if (cuts.fallbacks.includes(offset)) fallbacks.add(units.length);
      units.push(ch);
      offset += ch.length;
    }
  }
  const wbr = new Set<number>();
  // Paper and read-aloud text: no break inside a short quotation (“一网通办”, “证照分离”), a
  // fixed formulation the speaker must not read across two lines.
  const inside = quotations || breakElements ? insideShortQuotations(units.map((unit) => (typeof unit === 'string' ? unit : undefined))) : new Set<number>();
  for (const k of inside) {
    breaks.delete(k);
    fallbacks.delete(k);
  }
  if (quotations) {
    // A chain of them (“必读篇”“最新篇”) may break where one ends and the next begins.
    // Chromium never breaks between ” and “ by itself (UAX #14 LB19a: no break beside an
    // ambiguous quotation mark that is not between East Asian characters): a <wbr> offers it,
    // without a character in the PDF's text.
    units.forEach((unit, k) => {
      if (unit === '“' && units[k - 1] === '”' && inside.has(k - 1) && inside.has(k + 1)) {
        breaks.add(k);
        wbr.add(k);
      }
    });
  }
  // Read-aloud text: a line may also break between two quoted items (”|“), which no engine
  // offers by itself, so a chain of them never has to break inside a word at a large size.
  const betweenQuotes = new Set<number>();
  if (segment && breakElements) {
    units.forEach((unit, k) => {
      const before = units[k - 1];
      if (typeof unit === 'string' && typeof before === 'string' && /[\p{Pe}\p{Pf}]/u.test(before) && /[\p{Ps}\p{Pi}]/u.test(unit)) {
        breaks.add(k);
        betweenQuotes.add(k);
      }
    });
  }
  if (segment && !breakElements) {
    const widths = units.map((unit) => (typeof unit === 'string' ? unit : gapText(unit.blank).length));
    for (const k of quoteChainFallbacks(widths, breaks)) fallbacks.add(k);
  }
  return { units, breaks, fallbacks, wbr, betweenQuotes };
}

/**
 * Paper's phrases as units and the offsets between them, for an output that lays out lines
 * itself (the Word file): every break paper offers (paperPhrases), a long term's fallbacks
 * included, as the reading copy sets them.
 */
export function paperBreaks(model: DeckModel, text: string, segment: Segmenter): { units: TextUnit[]; breaks: Set<number> } {
  const { units, breaks, fallbacks } = phraseBreaks(model, text, segment, paperPhrases);
  return { units, breaks: new Set([...breaks, ...fallbacks]) };
}

export function htmlText(
  model: DeckModel,
  segment?: Segmenter,
  options: PhraseOptions = {},
): RenderText {
  const { longTermsAsPhrases = false, breakElements = false, quotations = false } = options;
  return (text) => {
    const { units, breaks, fallbacks, wbr, betweenQuotes } = phraseBreaks(model, text, segment, options);
    const html = (from: number, to: number) =>
      units.slice(from, to).map((unit) => (typeof unit === 'string' ? esc(unit) : renderFillIn(unit))).join('');
    const cuts = breakElements ? betweenQuotes : new Set([...fallbacks, ...(quotations ? breaks : [])]);
    const ranges = new Map(nowrapRanges(units, segment !== undefined, cuts).map((range) => [range.start, range]));
    let out = '';
    for (let at = 0; at < units.length; ) {
      if (breakElements) {
        if (breaks.has(at)) out += '<wbr>';
      } else if (breaks.has(at) || (longTermsAsPhrases && fallbacks.has(at))) out += `</span>${wbr.has(at) ? '<wbr>' : ''}<span class="phrase">`;
      else if (fallbacks.has(at)) out += '<span class="phrase__fallback"></span>';
      const range = ranges.get(at);
      const end = range ? range.end : at + 1;
      for (let k = at + 1; k < end; k++) {
        if (breaks.has(k) || (!breakElements && fallbacks.has(k))) throw new Error(`a line break inside a span that must not break, in ${JSON.stringify(text)}`);
      }
      out += range ? `<span class="${range.glue ? 'fill-in-glue' : 'punctuation-run'}">${html(at, end)}</span>` : html(at, end);
      at = end;
    }
    return segment && !breakElements && out !== '' ? `<span class="phrase">${out}</span>` : out;
  };
}
