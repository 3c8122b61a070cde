/**
 * The lines of a paragraph on the document grid, laid out here because Word, WPS and LibreOffice
 * break Chinese text between any two characters: words and terms would be split at line ends.
 * Each character takes one cell of the grid (28 to a line); a line ends at the last place where
 * the text may break (src/render/phrases.ts, as on paper) that leaves it within the line. The
 * document writes a line break there. A line never ends inside a fill-in, and no line starts
 * with a closing mark (the phrases never offer such a place).
 */
import { gapText, type ResolvedFillIn } from '../../outline/fill-ins.ts';
import { isClosingMark } from '../../render/phrases.ts';
import type { TextUnit } from '../../render/text.ts';

/** The cells a unit takes: a character one (a half-width one too: a line may end a little short, never overflow), a fill-in its gap or value. */
export function cells(unit: TextUnit): number {
  if (typeof unit === 'string') return 1;
  return fillInCells(unit);
}

const fillInCells = (fillIn: ResolvedFillIn) => [...(fillIn.value ?? gapText(fillIn.blank))].length;

/**
 * LibreOffice (7.4) sets an opening quotation mark that starts a line in two cells of the grid
 * (it takes the mark, which has no script of its own, for Latin text there). A line that starts
 * with one is laid out a cell shorter, so that it fits there too; in Word it ends a cell early.
 */
const lineStartExtra = (unit: TextUnit | undefined) => (unit === '“' || unit === '‘' ? 1 : 0);

/** How many cells each line holds: the first (after its indent), and every other. */
export interface LineCells {
  first: number;
  rest: number;
}

/**
 * The unit offsets at which lines end (each line's end, the last line's aside), laying the units
 * out greedily: each line takes as many phrases as fit. A phrase longer than a whole line (none in
 * the speech) is cut where the line is full, never before a closing mark.
 */
export function lineEnds(units: readonly TextUnit[], breaks: ReadonlySet<number>, capacity: LineCells): number[] {
  const widths = units.map(cells);
  const ends: number[] = [];
  let start = 0;
  let room = capacity.first;
  while (start < units.length) {
    let used = lineStartExtra(units[start]);
    let end = start;
    let lastBreak = -1;
    while (end < units.length && used + widths[end]! <= room) {
      used += widths[end]!;
      end++;
      if (end < units.length && breaks.has(end)) lastBreak = end;
    }
    if (end === units.length) break;
    let cut = lastBreak > start ? lastBreak : end;
    // A forced cut: not before a closing mark, and at least one unit on the line.
    while (cut === end && cut > start + 1 && typeof units[cut] === 'string' && isClosingMark(units[cut] as string)) cut--;
    if (cut <= start) cut = start + 1;
    ends.push(cut);
    start = cut;
    room = capacity.rest;
  }
  return ends;
}

/**
 * A title's lines (标题回行): as few as the line holds, as even as its phrases allow — the
 * standard asks for lines of words kept whole, set as a trapezoid or a diamond. Among the ways
 * to cut it at phrase ends into that many lines, the one whose longest line is shortest, and of
 * those, the one whose lines grow longest towards the foot.
 */
export function balancedLineEnds(units: readonly TextUnit[], breaks: ReadonlySet<number>, perLine: number): number[] {
  const widths = units.map(cells);
  const total = widths.reduce((a, b) => a + b, 0);
  const count = Math.max(1, Math.ceil(total / perLine));
  if (count === 1) return [];
  const width = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);
  const cuts = [...breaks].filter((k) => k > 0 && k < units.length).sort((a, b) => a - b);
  let best: { ends: number[]; longest: number; lastLonger: number } | undefined;
  const search = (ends: number[]) => {
    if (ends.length === count - 1) {
      const starts = [0, ...ends];
      const lines = [...ends, units.length].map((end, i) => width(starts[i]!, end));
      const longest = Math.max(...lines);
      if (longest > perLine) return;
      const lastLonger = lines[lines.length - 1]! - lines[0]!;
      if (!best || longest < best.longest || (longest === best.longest && lastLonger > best.lastLonger)) best = { ends: [...ends], longest, lastLonger };
      return;
    }
    for (const cut of cuts) if (cut > (ends[ends.length - 1] ?? 0) && width(ends[ends.length - 1] ?? 0, cut) <= perLine) search([...ends, cut]);
  };
  search([]);
  return best?.ends ?? lineEnds(units, breaks, { first: perLine, rest: perLine });
}
