/**
 * A document's elements as tag and attribute names — what text would add if it became markup —
 * leaving out the spans the renderer itself sets around text for line breaking (phrases,
 * punctuation runs, a blank's glue; src/render/text.ts) and the notes' <wbr>s between words:
 * those follow the words, not markup in them.
 * For tests that compare a deck of hostile text with the plain deck.
 */
const LINE_BREAKING_SPANS = new Set(['phrase', 'phrase__fallback', 'punctuation-run', 'fill-in-glue']);

interface ElementLike {
  tagName: string;
  getAttributeNames(): string[];
  getAttribute(name: string): string | null;
}

const isLineBreakingSpan = (el: ElementLike) =>
  (el.tagName === 'WBR' && el.getAttributeNames().length === 0) ||
  (el.tagName === 'SPAN' && el.getAttributeNames().join() === 'class' && LINE_BREAKING_SPANS.has(el.getAttribute('class') ?? ''));

export function markupStructure(root: { querySelectorAll(selector: string): Iterable<ElementLike> }): string[] {
  return [...root.querySelectorAll('*')]
    .filter((el) => !isLineBreakingSpan(el))
    .map((el) => `${el.tagName}[${el.getAttributeNames().sort().join(' ')}]`);
}

/**
 * The HTML with the phrase spans unwrapped (their content kept), and the phone's fallback spans
 * and the notes' <wbr>s removed: for tests that check the markup of text, whichever way it is cut into phrases.
 */
export async function withoutPhraseSpans(html: string): Promise<string> {
  const { Window } = await import('happy-dom');
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('span.phrase__fallback, wbr').forEach((element) => element.remove());
  doc.querySelectorAll('span.phrase').forEach((span) => span.replaceWith(...span.childNodes));
  const out = doc.documentElement.outerHTML;
  await window.happyDOM.close();
  return out;
}
