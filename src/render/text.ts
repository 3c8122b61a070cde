import { gapText, type ResolvedFillIn } from '../outline/fill-ins.ts';
import { textParts, type DeckModel } from '../outline/model.ts';
import type { Slide } from '../outline/types.ts';
import { strings } from '../strings.ts';
import { escapeHtml as esc } from './escape.ts';

/** Outline text → HTML: escaped words, and each fill-in as its own element. */
export type RenderText = (text: string) => string;

/** What every slide renderer is given besides its slide. */
export interface RenderContext {
  text: RenderText;
  /** The slide's planned time, written as data-timing. */
  plannedSeconds: (slide: Slide) => number;
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

/**
 * Outline text as HTML. Each fill-in is glued to the character on either side of it (a nowrap
 * span): a gap of ideographic spaces would otherwise let a line break fall between it and its
 * word, leaving “ at a line end or 篇 alone at the start of the next line.
 */
export function htmlText(model: DeckModel): RenderText {
  return (text) => {
    const units = textParts(model, text).flatMap((part): (string | ResolvedFillIn)[] => ('text' in part ? [...part.text] : [part.fillIn]));
    const html = (from: number, to: number) =>
      units.slice(from, to).map((unit) => (typeof unit === 'string' ? esc(unit) : renderFillIn(unit))).join('');
    let out = '';
    let at = 0;
    while (at < units.length) {
      const fillIn = units.findIndex((unit, i) => i >= at && typeof unit !== 'string');
      if (fillIn === -1) break;
      const start = fillIn > at ? fillIn - 1 : fillIn;
      const end = typeof units[fillIn + 1] === 'string' ? fillIn + 2 : fillIn + 1;
      out += html(at, start);
      out += end - start > 1 ? `<span class="fill-in-glue">${html(start, end)}</span>` : html(start, end);
      at = end;
    }
    return out + html(at, units.length);
  };
}
