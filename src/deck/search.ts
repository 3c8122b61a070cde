import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { isSearchKey } from '../shared/keys.ts';
import { strings } from '../strings.ts';
import type { DeckContent, DeckSlide } from '../shared/deck-content.ts';
import { matchingIndices, searchKey } from './search-text.ts';

/**
 * Ctrl+Shift+F: a search box over every slide's text and notes. It matches literally (reveal.js's
 * own search plugin builds a regular expression from the input and throws on `**` or `(`),
 * finds an open blank by its description, says in Chinese when nothing matches, and steps
 * through the matching slides with Enter (Shift+Enter back).
 */
export class SearchController implements Controller {
  private readonly teardown = new Teardown();
  private readonly box: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLOutputElement;
  private matches: HTMLElement[] = [];
  private current = -1;
  private searched = '';

  constructor(
    private readonly deck: RevealApi,
    private readonly content: DeckContent,
  ) {
    // Made here, added to the page by start(): they hold no listener until then.
    this.box = document.createElement('div');
    this.box.className = 'deck-search';
    this.box.hidden = true;
    this.box.setAttribute('role', 'search');
    this.input = document.createElement('input');
    this.input.type = 'search';
    this.input.className = 'deck-search__input';
    this.input.placeholder = strings.searchPlaceholder;
    this.input.setAttribute('aria-label', strings.searchLabel);
    this.status = document.createElement('output');
    this.status.className = 'deck-search__status';
    this.status.setAttribute('aria-live', 'polite');
    this.box.append(this.input, this.status);
  }

  start(): void {
    const root = this.deck.getRevealElement();
    if (root) this.teardown.append(root, this.box);
    this.teardown.on<KeyboardEvent>(this.input, 'keydown', (event) => this.onInputKey(event));
    // A chord: reveal.js's key bindings ignore any key pressed with Ctrl, so the page listens itself.
    this.teardown.on<KeyboardEvent>(document, 'keydown', (event) => {
      if (isSearchKey(event)) {
        event.preventDefault();
        this.toggle();
      }
    });
  }

  destroy(): void {
    this.teardown.dispose();
    this.clearHighlights();
    this.box.hidden = true;
    this.searched = '';
    this.matches = [];
  }

  open(): void {
    this.box.hidden = false;
    this.input.focus();
    this.input.select();
  }

  close(): void {
    this.box.hidden = true;
    this.clearHighlights();
    this.searched = '';
    this.status.value = '';
    (document.activeElement as HTMLElement | null)?.blur();
  }

  toggle(): void {
    if (this.box.hidden) this.open();
    else this.close();
  }

  private onInputKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.step(event.shiftKey ? -1 : 1);
    }
  }

  /** Runs the search when the query changed, then moves to the next (or previous) match. */
  private step(direction: 1 | -1): void {
    const query = this.input.value;
    if (searchKey(query) !== this.searched) {
      this.searched = searchKey(query);
      const { slides } = this.content;
      this.matches = matchingIndices(query, slides.map(searchableText)).map((i) => slides[i]!.section);
      this.current = direction === 1 ? -1 : 0;
      this.clearHighlights();
      for (const slide of this.matches) highlight(slide, this.searched);
    }
    if (this.matches.length === 0) {
      this.status.value = this.searched === '' ? '' : strings.searchNoMatch(query.trim());
      return;
    }
    this.current = (this.current + direction + this.matches.length) % this.matches.length;
    const { h, v } = this.deck.getIndices(this.matches[this.current]!);
    this.deck.slide(h, v ?? 0);
    this.status.value = strings.searchMatch(this.current + 1, this.matches.length);
  }

  private clearHighlights(): void {
    for (const mark of this.deck.getSlidesElement()?.querySelectorAll('mark.deck-search__hit') ?? []) {
      mark.replaceWith(...mark.childNodes);
    }
    this.deck.getSlidesElement()?.normalize();
  }
}

/** A slide's words as a reader finds them: its text, its notes, and what each open blank stands for. */
function searchableText(slide: DeckSlide): string {
  return [slide.shown, slide.notesText, ...slide.openBlanks].join(' ');
}

/**
 * Marks the query wherever it stands in the slide's visible frame, also across the phrase spans
 * that slide text is cut into (src/render/text.ts): one mark per text node a match covers.
 */
function highlight(slide: HTMLElement, key: string): void {
  const frame = slide.querySelector(':scope > .frame');
  if (!frame || key === '') return;
  const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    nodes.push({ node, start: text.length });
    text += node.data.toLocaleLowerCase('zh-CN');
  }
  // The parts of each node to mark, by node; marked from the end, so earlier offsets hold.
  const parts = new Map<Text, [number, number][]>();
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) {
    for (const { node, start } of nodes) {
      const from = Math.max(at, start) - start;
      const to = Math.min(at + key.length, start + node.length) - start;
      if (from < to) parts.set(node, [...(parts.get(node) ?? []), [from, to]]);
    }
  }
  for (const [node, ranges] of parts) {
    for (const [from, to] of ranges.reverse()) {
      const hit = node.splitText(from);
      hit.splitText(to - from);
      const mark = document.createElement('mark');
      mark.className = 'deck-search__hit';
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
}
