import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { strings } from '../strings.ts';
import type { DeckContent } from '../shared/deck-content.ts';
import { SlidePreview } from '../shared/slide-preview.ts';
import { remember, remembered } from '../shared/storage.ts';

/**
 * The reading view (reveal.js's scroll view: phones, or ?view=scroll) with a 讲稿 toggle: on, the
 * page reads as a document, each slide followed by its notes, so a colleague can read the whole
 * speech on a phone. reveal.js's scroll view sizes every page alike and so cannot hold text of
 * its own length beneath a slide: the document is a layer of its own, built from copies of the
 * slides. The choice is remembered.
 */
export class ReadingNotes implements Controller {
  private readonly teardown = new Teardown();
  private readonly button: HTMLButtonElement;
  private document: HTMLElement | undefined;

  constructor(
    private readonly deck: RevealApi,
    private readonly content: DeckContent,
  ) {
    // Made here, added to the page by start().
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'reading-notes-toggle';
  }

  start(): void {
    this.teardown.on(this.button, 'click', () => this.set(!this.document));
    this.teardown.append(document.body, this.button);
    // Closed without forgetting the reader's choice.
    this.teardown.later(() => this.close());
    this.set(remembered('readingNotes') === 'on');
  }

  destroy(): void {
    this.teardown.dispose();
  }

  private set(on: boolean): void {
    remember('readingNotes', on ? 'on' : 'off');
    this.button.textContent = on ? strings.hideNotes : strings.showNotes;
    this.button.setAttribute('aria-pressed', String(on));
    if (on && !this.document) this.open();
    if (!on && this.document) this.close();
  }

  private open(): void {
    const reading = document.createElement('main');
    reading.className = 'reading-document';
    reading.setAttribute('aria-label', strings.readingView);
    const size = { width: Number(this.deck.getConfig().width), height: Number(this.deck.getConfig().height) };
    const previews: SlidePreview[] = [];
    for (const { section: slide, notes } of this.content.slides) {
      const item = document.createElement('article');
      item.className = 'reading-document__slide';
      item.dataset.slide = slide.id;
      const box = document.createElement('div');
      box.className = 'reading-document__preview';
      // The canvas's proportions by padding, not aspect-ratio, which Chromium 86 lacks.
      box.style.paddingTop = `${(size.height / size.width) * 100}%`;
      item.append(box);
      if (notes.length > 0) {
        const text = document.createElement('div');
        text.className = 'reading-document__notes';
        text.append(...notes.map((paragraph) => paragraph.cloneNode(true)));
        item.append(text);
      }
      reading.append(item);
      const preview = new SlidePreview(box, size);
      previews.push(preview);
      preview.show(slide);
    }
    document.body.append(reading);
    document.body.classList.add('reading-notes-on');
    for (const preview of previews) preview.fit();
    reading.querySelector(`[data-slide="${CSS.escape(this.deck.getCurrentSlide()?.id ?? '')}"]`)?.scrollIntoView();
    this.document = reading;
  }

  private close(): void {
    this.document?.remove();
    this.document = undefined;
    document.body.classList.remove('reading-notes-on');
  }
}
