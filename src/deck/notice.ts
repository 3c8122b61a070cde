import { strings } from '../strings.ts';

/**
 * A message to the presenter on the deck itself (e.g. a blocked popup): Chinese, dismissible,
 * announced to screen readers, and gone by itself after a while so it never stays on the projector.
 */
export class Notice {
  private readonly element: HTMLElement;
  private readonly text: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(parent: HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'deck-notice';
    this.element.setAttribute('role', 'alert');
    this.element.hidden = true;
    this.text = document.createElement('p');
    this.text.className = 'deck-notice__text';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'deck-notice__close';
    close.textContent = strings.close;
    close.addEventListener('click', () => this.hide());
    this.element.append(this.text, close);
    parent.append(this.element);
  }

  show(message: string, forMs = 15_000): void {
    this.text.textContent = message;
    this.element.hidden = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hide(), forMs);
  }

  hide(): void {
    this.element.hidden = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Takes the notice off the page, its timer with it. */
  destroy(): void {
    this.hide();
    this.element.remove();
  }
}

/** One notice per deck, whoever needs to speak: two would stand on each other at the top. */
const shared = new WeakMap<HTMLElement, { notice: Notice; users: number }>();

/** The deck's notice, made on first use; `release` takes it off the page when its last user goes. */
export function sharedNotice(root: HTMLElement): { notice: Notice; release: () => void } {
  const entry = shared.get(root) ?? { notice: new Notice(root), users: 0 };
  entry.users++;
  shared.set(root, entry);
  let released = false;
  return {
    notice: entry.notice,
    release: () => {
      if (released) return;
      released = true;
      if (--entry.users > 0) return;
      entry.notice.destroy();
      shared.delete(root);
    },
  };
}
