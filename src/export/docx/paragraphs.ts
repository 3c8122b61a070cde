/**
 * The speech's blocks (src/outline/speech-document.ts) as Word paragraphs: each in its style, its
 * text laid out in lines of whole phrases (lines.ts) with a line break where each line ends, a
 * measure's lead in 楷体, a filled blank as its value and an open one as the deck's gap,
 * underlined — never asterisks.
 */
import { Paragraph, TextRun } from 'docx';
import { textParts, type DeckModel } from '../../outline/model.ts';
import type { SpeechBlock } from '../../outline/speech-document.ts';
import { gapText } from '../../outline/fill-ins.ts';
import type { Segmenter } from '../../render/phrases.ts';
import { paperBreaks, type TextUnit } from '../../render/text.ts';
import { balancedLineEnds, lineEnds, type LineCells } from './lines.ts';
import { GBT_9704, POINTS, textBlock } from './page.ts';
import { INDENT_CELLS, styleIds } from './styles.ts';

const FULL = GBT_9704.charactersPerLine;
const indented: LineCells = { first: FULL - INDENT_CELLS, rest: FULL };
const flush: LineCells = { first: FULL, rest: FULL };
/** A title's line: the text block's width in 2号 characters (they are set at their own width, off the grid). */
export const TITLE_PER_LINE = Math.floor(textBlock.width / (POINTS.二号 * 20));

const STYLE: Record<SpeechBlock['kind'], string> = {
  title: styleIds.title,
  speaker: styleIds.speaker,
  salutation: styleIds.salutation,
  heading: styleIds.heading,
  paragraph: styleIds.body,
};
const CELLS: Record<Exclude<SpeechBlock['kind'], 'title'>, LineCells> = { speaker: flush, salutation: flush, heading: indented, paragraph: indented };

/** How many units outline text makes: a character each, a fill-in one. */
const unitCount = (model: DeckModel, text: string) => textParts(model, text).reduce((n, part) => n + ('text' in part ? [...part.text].length : 1), 0);

/** A stretch of units set alike: which line it starts, and whether it is the lead or a fill-in. */
interface Piece {
  text: string;
  lead: boolean;
  underline: boolean;
  newLine: boolean;
}

function pieces(units: readonly TextUnit[], leadUnits: number, ends: ReadonlySet<number>): Piece[] {
  const out: Piece[] = [];
  units.forEach((unit, k) => {
    const lead = k < leadUnits;
    const newLine = ends.has(k);
    const text = typeof unit === 'string' ? unit : (unit.value ?? gapText(unit.blank));
    const underline = typeof unit !== 'string' && unit.value === undefined;
    const last = out[out.length - 1];
    const alone = typeof unit !== 'string' || typeof units[k - 1] !== 'string';
    if (last && !newLine && !alone && last.lead === lead) last.text += text;
    else out.push({ text, lead, underline, newLine });
  });
  return out;
}

/** One block of the speech as a paragraph. */
export function blockParagraph(model: DeckModel, block: SpeechBlock, segment: Segmenter): Paragraph {
  const lead = block.kind === 'paragraph' ? block.lead : '';
  const { units, breaks } = paperBreaks(model, lead + block.text, segment);
  const ends = block.kind === 'title' ? balancedLineEnds(units, breaks, TITLE_PER_LINE) : lineEnds(units, breaks, CELLS[block.kind]);
  const children = pieces(units, lead ? unitCount(model, lead) : 0, new Set(ends)).map(
    (piece) =>
      new TextRun({
        text: piece.text,
        ...(piece.lead ? { style: styleIds.lead } : {}),
        ...(piece.underline ? { underline: {} } : {}),
        ...(piece.newLine ? { break: 1 } : {}),
      }),
  );
  return new Paragraph({ style: STYLE[block.kind], children });
}
