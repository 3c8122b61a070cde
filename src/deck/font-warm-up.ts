import { type Controller, Teardown } from '../shared/controller.ts';
import { laterFonts } from '../shared/later-fonts.ts';

/**
 * Once the first slide is painted, declares the deck's remaining font files (all but the first
 * slide's: src/vite/fonts/deck-fonts.ts) and fetches them, so the next slide, the overview and the
 * speaker view (which copies this stylesheet) find them loaded. Declared this late so that no text
 * laid out before the first paint sends for them while the first slide's fonts and code are still
 * on their way.
 */
export class FontWarmUp implements Controller {
  private readonly teardown = new Teardown();

  constructor(private readonly family: string) {}

  start(): void {
    const { css, samples } = laterFonts(document);
    if (css === '') return;
    const style = document.createElement('style');
    style.id = 'deck-later-fonts';
    style.textContent = css;
    this.teardown.append(document.head, style);
    for (const { weight, text } of samples) {
      // A file that cannot load is the late-font path's concern (late-fonts.ts), not an error here.
      document.fonts.load(`${weight} 1em "${this.family}"`, text).catch(() => undefined);
    }
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
