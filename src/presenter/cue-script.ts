import type { RevealApi } from 'reveal.js';
import type { DeckContent } from '../shared/deck-content.ts';
import { strings } from '../strings.ts';

/**
 * 翻页稿, the operator's cue script: the whole speech as one running text, as the official
 * reads it, with a numbered cue mark where each slide begins. The current slide's part is
 * highlighted and kept in view; a click on a cue moves the deck there.
 */
export class CueScript {
  readonly element: HTMLElement;
  private readonly parts = new Map<Element, HTMLElement>();

  constructor(doc: Document, deck: RevealApi, content: DeckContent) {
    this.element = doc.createElement('div');
    this.element.className = 'cue-script';
    this.element.setAttribute('aria-label', strings.cueScript);
    content.slides.forEach(({ section: slide, notes: paragraphs }, i) => {
      const part = doc.createElement('div');
      part.className = 'cue-script__part';
      const cue = doc.createElement('button');
      cue.type = 'button';
      cue.className = 'cue-script__cue';
      cue.textContent = `▶ ${i + 1}`;
      cue.title = strings.cueHint;
      cue.setAttribute('aria-label', `${strings.cue(i + 1)}，${strings.cueHint}`);
      cue.addEventListener('click', () => {
        const { h, v } = deck.getIndices(slide);
        deck.slide(h, v ?? 0);
      });
      part.append(cue);
      if (paragraphs.length === 0) {
        const none = doc.createElement('p');
        none.className = 'cue-script__silent';
        none.textContent = strings.noNotes;
        part.append(none);
      }
      for (const paragraph of paragraphs) part.append(doc.importNode(paragraph, true));
      this.parts.set(slide, part);
      this.element.append(part);
    });
  }

  /** Marks the current slide's part and scrolls it into view. */
  highlight(current: Element | undefined): void {
    for (const [slide, part] of this.parts) part.classList.toggle('is-current', slide === current);
    const part = current && this.parts.get(current);
    if (part && !this.element.hidden) part.scrollIntoView({ block: 'center', behavior: 'auto' });
  }
}
