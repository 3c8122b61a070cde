/** The deck's designed canvas: previews draw a slide at this size and scale it down. */
const CANVAS = { width: 1280, height: 720 };

/**
 * A slide drawn in the speaker window in the deck's own 16:9 look, whatever the window's size:
 * a copy of the slide's markup inside the deck's classes, scaled to fit its box. (reveal.js's
 * speaker view loads the deck again in an iframe, which a narrow frame turns into the phone layout.)
 */
export class SlidePreview {
  private readonly canvas: HTMLElement;
  private readonly slidesEl: HTMLElement;

  constructor(private readonly box: HTMLElement) {
    const doc = box.ownerDocument;
    this.canvas = doc.createElement('div');
    this.canvas.className = 'reveal-viewport speaker-preview__canvas';
    const reveal = doc.createElement('div');
    reveal.className = 'reveal slide';
    this.slidesEl = doc.createElement('div');
    this.slidesEl.className = 'slides';
    Object.assign(this.slidesEl.style, { width: `${CANVAS.width}px`, height: `${CANVAS.height}px`, inset: '0', position: 'absolute' });
    reveal.append(this.slidesEl);
    this.canvas.append(reveal);
    Object.assign(this.canvas.style, { width: `${CANVAS.width}px`, height: `${CANVAS.height}px` });
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
    copy.style.cssText = 'display:block;position:absolute;inset:0;width:100%;height:100%;transform:none;opacity:1';
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
    const scale = Math.max(0.05, Math.min(width / CANVAS.width, height / CANVAS.height));
    this.canvas.style.transform = `scale(${scale})`;
    this.canvas.style.left = `${(width - CANVAS.width * scale) / 2}px`;
    this.canvas.style.top = `${(height - CANVAS.height * scale) / 2}px`;
  }
}
