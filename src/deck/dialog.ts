import { strings } from '../strings.ts';

/**
 * The deck's own dialogs (help, rehearsal report): a titled panel with a table and a 关闭
 * button, in the theme's .deck-help style. Returns the panel's parts for filling.
 */
export function dialogPanel(className: string, title: string, onClose: () => void): { panel: HTMLElement; heading: HTMLElement; close: HTMLButtonElement } {
  const panel = document.createElement('div');
  panel.className = `deck-help ${className}`;
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  const heading = document.createElement('h2');
  heading.className = 'deck-help__title';
  heading.textContent = title;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'deck-help__close';
  close.textContent = strings.close;
  close.addEventListener('click', onClose);
  return { panel, heading, close };
}

/** A table with a header row and text cells. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'deck-help__keys';
  const head = table.createTHead().insertRow();
  for (const label of headers) head.append(Object.assign(document.createElement('th'), { textContent: label }));
  const body = table.createTBody();
  for (const cells of rows) {
    const row = body.insertRow();
    for (const cell of cells) row.insertCell().textContent = cell;
  }
  return table;
}
