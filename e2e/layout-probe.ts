import { markPatterns } from '../src/render/phrases.ts';

/** What the probe needs: the slide, and the punctuation rules every output uses. */
export interface LayoutProbe {
  slideId: string;
  marks: { punctuation: string; opening: string };
}

/** The probe's argument for one slide. */
export const layoutProbe = (slideId: string): LayoutProbe => ({ slideId, marks: markPatterns });

/**
 * Checks run inside the page on the current slide (passed to page.evaluate, so self-contained).
 * Returns human-readable problems: text outside its slide, blocks that overlap, lines that start
 * with closing or end with opening punctuation, headings ending in a lone character, a line break
 * inside a phrase (a word or a term that never breaks).
 */
export function probeSlideLayout({ slideId, marks }: LayoutProbe): string[] {
  // The punctuation rules of src/render/phrases.ts, handed in as patterns (a page cannot import).
  const isOpening = (ch: string) => new RegExp(marks.opening, 'u').test(ch);
  const isClosing = (ch: string) => new RegExp(marks.punctuation, 'u').test(ch) && !isOpening(ch);
  const TOLERANCE = 1;
  const problems: string[] = [];
  const slide = document.getElementById(slideId)!;
  const frame = slide.querySelector<HTMLElement>(':scope > .frame')!;
  const bounds = slide.getBoundingClientRect();
  const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').slice(0, 16)}”`;

  // 1. Nothing leaves the slide.
  for (const el of frame.querySelectorAll<HTMLElement>('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < bounds.left - TOLERANCE || r.right > bounds.right + TOLERANCE || r.top < bounds.top - TOLERANCE || r.bottom > bounds.bottom + TOLERANCE) {
      problems.push(`${describe(el)} overflows the slide`);
    }
    if (el.scrollWidth > el.clientWidth + TOLERANCE && getComputedStyle(el).overflowX !== 'visible') {
      problems.push(`${describe(el)} clips its content horizontally`);
    }
  }

  // 2. Blocks do not overlap: the frame's children, and the items of each list.
  const groups: Element[][] = [[...frame.children], ...[...frame.querySelectorAll('ul, ol')].map((l) => [...l.children])];
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!.getBoundingClientRect();
        const b = group[j]!.getBoundingClientRect();
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (overlapX > TOLERANCE && overlapY > TOLERANCE) problems.push(`${describe(group[i]!)} overlaps ${describe(group[j]!)}`);
      }
    }
  }

  // 3. Line breaking, read from where each character was actually laid out.
  const blocks = frame.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, blockquote, figcaption, .overview__heading, .overview__pledge');
  for (const block of blocks) {
    const lines: string[] = [];
    let lastTop = Number.NEGATIVE_INFINITY;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let k = 0; k < text.length; k++) {
        const range = document.createRange();
        range.setStart(node, k);
        range.setEnd(node, k + 1);
        // The glyph's own box: WebKit adds an empty box at the end of the line before for a
        // character that starts a wrapped line, which would put it on that line.
        const rect = [...range.getClientRects()].filter((box) => box.width > 0).pop();
        if (!rect) continue;
        if (rect.top > lastTop + rect.height / 2) {
          lines.push('');
          lastTop = rect.top;
        }
        lines[lines.length - 1] += text[k]!;
      }
    }
    lines.forEach((line, n) => {
      const first = line.trimStart()[0] ?? '';
      const last = line.trimEnd().slice(-1);
      if (n > 0 && first !== '' && isClosing(first)) problems.push(`line ${n + 1} of ${describe(block)} starts with ${first}: “${line}”`);
      if (n < lines.length - 1 && last !== '' && isOpening(last)) problems.push(`line ${n + 1} of ${describe(block)} ends with ${last}: “${line}”`);
    });
    if (/^H[1-3]$/.test(block.tagName) && lines.length > 1 && lines[lines.length - 1]!.trim().length === 1) {
      problems.push(`heading ${describe(block)} ends with a lone character on its last line`);
    }
  }

  // 4. No line break inside a word: slide text comes cut into phrases (src/render/phrases.ts), and
  // each phrase lies on one line, unless it alone is wider than its line (the one fallback).
  // Text outside any phrase could break anywhere: that is a problem too.
  const unphrased = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  for (let node = unphrased.nextNode(); node; node = unphrased.nextNode()) {
    if ((node.textContent ?? '').trim() !== '' && !node.parentElement?.closest('.phrase')) {
      problems.push(`text “${(node.textContent ?? '').slice(0, 16)}” in ${describe(node.parentElement!)} is not cut into phrases`);
    }
  }
  // Rects are in screen pixels (reveal.js scales the slide), widths from styles in CSS pixels.
  const scale = bounds.width / slide.offsetWidth;
  for (const phrase of frame.querySelectorAll<HTMLElement>('.phrase')) {
    // WebKit adds an empty box at the end of the line before: only boxes with a width count.
    const boxes = [...phrase.getClientRects()].filter((box) => box.width > 0);
    const tops = boxes.map((box) => box.top).filter((top, i, all) => all.findIndex((t) => Math.abs(t - top) < boxes[i]!.height / 2) === i);
    if (tops.length < 2) continue;
    let line: HTMLElement = phrase.parentElement!;
    while (getComputedStyle(line).display.startsWith('inline') && line.parentElement) line = line.parentElement;
    const style = getComputedStyle(line);
    const lineWidth = (line.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) * scale;
    const width = boxes.reduce((sum, box) => sum + box.width, 0);
    if (width <= lineWidth + TOLERANCE) {
      problems.push(`phrase “${phrase.textContent}” in ${describe(line)} is split across ${tops.length} lines`);
    }
  }
  return problems;
}
