import { unbreakableTerms } from '../slides/unbreakable-terms.ts';
import { isClosingMark, isOpeningMark } from '../src/render/phrases.ts';
import { wordSegmenter } from '../src/render/word-segmenter.ts';

/** A block of text as the browser laid it out: its text, where each line after the first starts, its measure and type size. */
export interface LaidOutBlock {
  where: string;
  text: string;
  lineStarts: number[];
  width: number;
  fontSize: number;
}

/**
 * Runs in the page (self-contained, for page.evaluate and the engine drivers): each element that
 * matches `selector`, with the offsets in its text at which a new line starts, read from where
 * each character was laid out. Characters without a box of their own (a zero-width space, a
 * collapsed space) are skipped.
 */
export function laidOutBlocks(selector: string): LaidOutBlock[] {
  return [...document.querySelectorAll<HTMLElement>(selector)].map((block, n) => {
    const lineStarts: number[] = [];
    let text = '';
    let lastTop = Number.NEGATIVE_INFINITY;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.textContent ?? '';
      for (let k = 0; k < data.length; k++) {
        const range = document.createRange();
        range.setStart(node, k);
        range.setEnd(node, k + 1);
        // The glyph's own box: WebKit adds an empty box at the end of the line before.
        const rect = [...range.getClientRects()].filter((box) => box.width > 0).pop();
        if (rect && rect.top > lastTop + rect.height / 2) {
          if (text.length > 0) lineStarts.push(text.length);
          lastTop = rect.top;
        }
        text += data[k];
      }
    }
    const style = getComputedStyle(block);
    const width = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { where: `${selector} #${n + 1}`, text, lineStarts, width, fontSize: parseFloat(style.fontSize) };
  });
}

let segment: ReturnType<typeof wordSegmenter> | undefined;

/**
 * What a reader would stumble on in laid-out text: a word (by the build's segmenter) or a listed
 * term split across two lines, a line starting with a closing mark or ending with an opening one
 * (the punctuation rules of src/render/phrases.ts, the one set every output uses). A term wider
 * than its whole line cannot stay whole and is not counted.
 */
export function readingProblems(block: LaidOutBlock): string[] {
  segment ??= wordSegmenter();
  const { text, lineStarts } = block;
  const boundaries = new Set<number>([0]);
  let at = 0;
  for (const word of segment(text)) boundaries.add((at += word.length));
  const perLine = Math.max(1, Math.floor(block.width / block.fontSize));
  const problems: string[] = [];
  for (const start of lineStarts) {
    const context = `${text.slice(Math.max(0, start - 8), start)}|${text.slice(start, start + 8)}`;
    if (!boundaries.has(start)) problems.push(`${block.where}: a word split across lines at “${context}”`);
    for (const term of unbreakableTerms) {
      if (term.length > perLine) continue;
      for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
        if (i < start && start < i + term.length) problems.push(`${block.where}: the term ${term} split across lines at “${context}”`);
      }
    }
    if (isClosingMark(text[start]!)) problems.push(`${block.where}: a line starts with ${text[start]} at “${context}”`);
    if (isOpeningMark(text[start - 1]!)) problems.push(`${block.where}: a line ends with ${text[start - 1]} at “${context}”`);
  }
  return [...new Set(problems)];
}

/** The blocks of slide text in the deck's page (every slide in the phone's scroll view). */
export const SLIDE_TEXT_BLOCKS = '.reveal .slides section[data-kind] > .frame :is(h1, h2, h3, p, li, blockquote)';
