import { strings } from '../strings.ts';
import { dialogPanel, textTable } from './dialog.ts';

/** ? shows every key a presenter uses, in Chinese (reveal.js's own help is English); ? or Esc closes it. */
export class HelpOverlay {
  private readonly element: HTMLElement;

  constructor(parent: HTMLElement) {
    const { panel, heading, close } = dialogPanel('deck-help--keys', strings.helpTitle, () => this.hide());
    this.element = panel;
    panel.append(heading, textTable([strings.helpKey, strings.helpAction], strings.keys), close);
    parent.append(this.element);
    document.addEventListener('keydown', (event) => {
      if (event.key === '?' && !isTyping(event.target)) {
        // Ours alone: reveal.js would read a ? sent without Shift as its pause key (/).
        event.preventDefault();
        event.stopPropagation();
        this.toggle();
      } else if (event.key === 'Escape' && !this.element.hidden) {
        event.preventDefault();
        event.stopImmediatePropagation();
        this.hide();
      }
    }, true);
  }

  toggle(): void {
    this.element.hidden = !this.element.hidden;
  }

  hide(): void {
    this.element.hidden = true;
  }
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
