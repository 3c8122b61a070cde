import { strings } from '../strings.ts';

/** ? shows every key a presenter uses, in Chinese (reveal.js's own help is English); ? or Esc closes it. */
export class HelpOverlay {
  private readonly element: HTMLElement;

  constructor(parent: HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'deck-help';
    this.element.hidden = true;
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-label', strings.helpTitle);
    const title = document.createElement('h2');
    title.className = 'deck-help__title';
    title.textContent = strings.helpTitle;
    const table = document.createElement('table');
    table.className = 'deck-help__keys';
    const head = table.createTHead().insertRow();
    for (const label of [strings.helpKey, strings.helpAction]) {
      const th = document.createElement('th');
      th.textContent = label;
      head.append(th);
    }
    const body = table.createTBody();
    for (const [key, action] of strings.keys) {
      const row = body.insertRow();
      row.insertCell().textContent = key;
      row.insertCell().textContent = action;
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'deck-help__close';
    close.textContent = strings.close;
    close.addEventListener('click', () => this.hide());
    this.element.append(title, table, close);
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
