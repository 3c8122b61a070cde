import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { guideFile } from '../shared/guide.ts';
import { isHelpKey, keyHelpRows } from '../shared/keys.ts';
import { strings } from '../strings.ts';
import { dialogPanel, textTable } from './dialog.ts';

/** ? shows every key a presenter uses (strings.keys), in Chinese (reveal.js's own help is English); ? or Esc closes it. */
export class HelpOverlay implements Controller {
  private readonly teardown = new Teardown();
  private element: HTMLElement | undefined;

  constructor(private readonly deck: RevealApi) {}

  start(): void {
    const { panel, heading, close } = dialogPanel('deck-help--keys', strings.helpTitle, () => this.hide());
    this.element = panel;
    panel.append(heading, textTable([strings.helpKey, strings.helpAction], keyHelpRows), guideLink(), close);
    this.teardown.append(this.deck.getRevealElement()!, panel);
    // Not a reveal.js key binding: this must run before reveal.js's own keys (capture).
    this.teardown.on<KeyboardEvent>(document, 'keydown', (event) => {
      if (isHelpKey(event)) {
        // Ours alone: reveal.js would read a ? sent without Shift as its pause key (/).
        event.preventDefault();
        event.stopPropagation();
        this.toggle();
      } else if (event.key === 'Escape' && !panel.hidden) {
        event.preventDefault();
        event.stopImmediatePropagation();
        this.hide();
      }
    }, true);
  }

  destroy(): void {
    this.teardown.dispose();
    this.element = undefined;
  }

  toggle(): void {
    if (this.element) this.element.hidden = !this.element.hidden;
  }

  hide(): void {
    if (this.element) this.element.hidden = true;
  }
}

/** The presenter's guide, beside the deck (dist/, or the hand-over folder), opened in a tab of its own. */
function guideLink(): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'deck-help__guide';
  const link = document.createElement('a');
  link.href = guideFile;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = strings.helpGuide;
  paragraph.append(link);
  return paragraph;
}
