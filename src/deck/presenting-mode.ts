import { type Controller, Teardown } from '../shared/controller.ts';

/** The class the page carries while the deck fills the screen: the projector shows the slide alone. */
export const PRESENTING_CLASS = 'deck-presenting';

/**
 * In fullscreen (F, or the browser's own) the audience sees the slide and nothing else, as in
 * PowerPoint's and WPS's slide show: the arrows, the progress bar and the 讲稿视图 button go
 * (src/theme/chrome.css), and so does the page number unless `?numbers=shown` keeps it — the
 * speaker view shows the position to the speaker, the room needs no "10 / 20". In a window
 * everything stays. reveal.js hides an idle pointer itself (hideCursorTime, reveal-config.ts).
 */
export class PresentingMode implements Controller {
  private readonly teardown = new Teardown();

  constructor(private readonly search: string = window.location.search) {}

  start(): void {
    const root = document.documentElement;
    const update = () => root.classList.toggle(PRESENTING_CLASS, document.fullscreenElement !== null);
    this.teardown.on(document, 'fullscreenchange', update);
    const keepNumbers = new URLSearchParams(this.search).get('numbers') === 'shown';
    root.classList.toggle('deck-presenting--numbers', keepNumbers);
    this.teardown.later(() => root.classList.remove(PRESENTING_CLASS, 'deck-presenting--numbers'));
    update();
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
