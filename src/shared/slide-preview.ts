import { LANDSCAPE, type SlideSize } from '../theme/canvas.ts';

const PINNED = { top: '0', right: '0', bottom: '0', left: '0' };

/**
 * A copy of a slide, drawn at the deck's designed canvas size and scaled to fit its box: the
 * speaker view's previews (always the 16:9 look, whatever the window's size: reveal.js's own
 * speaker view loads the deck in an iframe, which a narrow frame turns into the phone layout)
 * and the reading view's slides.
 */
export class SlidePreview {
  private readonly canvas: HTMLElement;
  private readonly slidesEl: HTMLElement;

  constructor(
    private readonly box: HTMLElement,
    private readonly size: SlideSize = LANDSCAPE,
  ) {
    const doc = box.ownerDocument;
    this.canvas = doc.createElement('div');
    this.canvas.className = 'reveal-viewport slide-preview__canvas';
    const reveal = doc.createElement('div');
    reveal.className = 'reveal slide';
    this.slidesEl = doc.createElement('div');
    this.slidesEl.className = 'slides';
    // Important, inline: the scroll view's rules (.reveal-scroll .slides) would otherwise resize the copy.
    // The four offsets, not `inset`: Chromium 86 (meeting-room browsers) does not know that shorthand.
    for (const [property, value] of Object.entries({ width: `${size.width}px`, height: `${size.height}px`, ...PINNED, position: 'absolute' })) {
      this.slidesEl.style.setProperty(property, value, 'important');
    }
    reveal.append(this.slidesEl);
    this.canvas.append(reveal);
    Object.assign(this.canvas.style, { width: `${size.width}px`, height: `${size.height}px` });
    box.append(this.canvas);
  }

  show(slide: HTMLElement | undefined): void {
    this.slidesEl.replaceChildren();
    this.canvas.classList.remove('ground-accent', 'ground-paper');
    this.canvas.style.background = '';
    if (!slide) return;
    const copy = slide.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id'); // ids stay unique to the deck
    copy.querySelector(':scope > aside.notes')?.remove();
    copy.classList.remove('past', 'future');
    copy.classList.add('present');
    copy.removeAttribute('hidden');
    copy.removeAttribute('aria-hidden');
    copy.style.cssText = 'display:block;position:absolute;top:0;right:0;bottom:0;left:0;width:100%;height:100%;transform:none;opacity:1';
    this.slidesEl.append(copy);
    // The ground reveal.js paints behind the slide (a background layer the copy does not have).
    const state = slide.getAttribute('data-state');
    if (state) this.canvas.classList.add(state);
    this.canvas.style.background = slide.getAttribute('data-background-gradient') ?? slide.getAttribute('data-background-color') ?? 'var(--deck-paper)';
    this.fit();
  }

  /** Scales the canvas to its box, keeping 16:9. */
  fit(): void {
    const { width, height } = this.box.getBoundingClientRect();
    const { width: w, height: h } = this.size;
    const scale = Math.max(0.05, Math.min(width / w, height / h));
    this.canvas.style.transform = `scale(${scale})`;
    this.canvas.style.left = `${(width - w * scale) / 2}px`;
    this.canvas.style.top = `${(height - h * scale) / 2}px`;
  }
}
