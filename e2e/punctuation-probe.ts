/**
 * Runs inside the page (self-contained, like e2e/layout-probe.ts) on one slide: every pair of
 * adjacent full-width punctuation marks inside a line of its text, such as ”、 in “点单”、“接单”,
 * must be set at the closed-up width CSS Text 4 gives it under text-spacing-trim: 1.5em where one
 * blank half goes (an opening mark after an opening, closing or middle mark; a closing mark before
 * a closing or middle mark), 2em otherwise (“” and pairs with ！ or ？). Returns the pairs that
 * are not, as readable problems. Pairs at a line's start or end are left out: trimming differs there.
 */
export function probePunctuationPairs(slideId: string): string[] {
  const TOLERANCE_EM = 0.1;
  const fullWidth = (ch: string) => /[\p{P}\u3000]/u.test(ch) && /[‘’“”\u3000-\u303f\uff00-\uffef]/u.test(ch);
  const opening = (ch: string) => /[\p{Ps}\p{Pi}]/u.test(ch);
  const closing = (ch: string) => /[\p{Pe}\p{Pf}、。，．：；]/u.test(ch);
  const middleOrSpace = (ch: string) => /[·・‧\u3000]/u.test(ch);
  const closedUpWidth = (a: string, b: string) =>
    (opening(b) && (opening(a) || closing(a) || middleOrSpace(a))) || (closing(a) && (closing(b) || middleOrSpace(b))) ? 1.5 : 2;

  const problems: string[] = [];
  const slide = document.getElementById(slideId)!;
  // The slide is scaled to the screen: rects are in screen pixels, font sizes in CSS pixels.
  const scale = slide.getBoundingClientRect().width / slide.offsetWidth;
  // The boxes a piece of text was laid out in. WebKit adds an empty box at the end of the line
  // before for text that starts a wrapped line: only boxes with a width count.
  const rectOf = (node: Text, start: number, end: number) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter((box) => box.width > 0);
  };
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('aside.notes') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    const style = getComputedStyle(node.parentElement!);
    const em = parseFloat(style.fontSize) * scale;
    const spacing = (parseFloat(style.letterSpacing) || 0) * scale;
    for (let i = 1; i + 1 < text.length; i++) {
      const [a, b] = [text[i]!, text[i + 1]!];
      if (!fullWidth(a) || !fullWidth(b)) continue;
      const pair = rectOf(node, i, i + 2);
      const before = rectOf(node, i - 1, i)[0];
      const after = i + 2 < text.length ? rectOf(node, i + 2, i + 3)[0] : undefined;
      // Inside one line: one box, with a character on the same line before it and after it.
      if (pair.length !== 1 || !before || !after) continue;
      const top = pair[0]!.top;
      if (Math.abs(before.top - top) > em / 2 || Math.abs(after.top - top) > em / 2) continue;
      const width = (pair[0]!.width - 2 * spacing) / em;
      const expected = closedUpWidth(a, b);
      if (Math.abs(width - expected) > TOLERANCE_EM) {
        problems.push(`${a}${b} in “${text.slice(Math.max(0, i - 4), i + 6)}” is ${width.toFixed(2)}em wide, closed up ${expected}em`);
      }
    }
  }
  return problems;
}
