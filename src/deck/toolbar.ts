import type { Teardown } from '../shared/controller.ts';

/**
 * The deck's row of buttons at the foot of the screen (开始放映, 讲稿视图, 开场前检查, 搜索, 帮助):
 * each controller adds its own, and the row goes when its last button does. Hidden while
 * presenting (src/theme/chrome.css): the projector shows the slide alone.
 */
export function addToolbarButton(root: HTMLElement, teardown: Teardown, button: HTMLButtonElement): void {
  let bar = root.querySelector<HTMLElement>(':scope > .deck-toolbar');
  if (!bar) {
    bar = document.createElement('div');
    bar.className = 'deck-toolbar';
    root.append(bar);
  }
  const row = bar;
  row.append(button);
  teardown.later(() => {
    button.remove();
    if (!row.hasChildNodes()) row.remove();
  });
}

/** A toolbar button: its label, and the hint that names its key. */
export function toolbarButton(className: string, label: string, hint: string, onClick: () => void, teardown: Teardown): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `deck-tool ${className}`;
  button.textContent = label;
  button.title = hint;
  teardown.on(button, 'click', onClick);
  return button;
}
