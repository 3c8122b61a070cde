import { describe, expect, it } from 'vitest';
import { strings } from '../strings.ts';
import { keyCodeOf, keyHelpRows, keysFor, speakerKeyActions, strokeOf } from './keys.ts';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
  ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods }) as KeyboardEvent;

describe('the keys, declared once (strings.keys)', () => {
  it('give the help one row per entry, keys and label as shown', () => {
    expect(keyHelpRows).toEqual(strings.keys.map((row) => [row.shown, row.label]));
  });

  it('give the speaker view the keys it always had, and 0 for the automatic notes size', () => {
    expect(Object.fromEntries(speakerKeyActions(['next', 'prev', 'first', 'last', 'overview', 'pause']))).toEqual({
      ArrowRight: 'next', ArrowDown: 'next', ' ': 'next', PageDown: 'next',
      ArrowLeft: 'prev', ArrowUp: 'prev', PageUp: 'prev',
      Home: 'first', End: 'last',
      Escape: 'overview', o: 'overview',
      b: 'pause', '.': 'pause',
      '+': 'larger', '=': 'larger', '-': 'smaller', c: 'cueScript', '0': 'autoSize', j: 'scrollDown', k: 'scrollUp',
    });
  });

  it('give rehearsal its forward keys, reveal.js the S binding, search its chord', () => {
    expect(keysFor('next').sort()).toEqual([' ', 'ArrowDown', 'ArrowRight', 'PageDown']);
    expect(keysFor('speakerView').map(keyCodeOf)).toEqual([83]);
    expect(keysFor('search').map(String)).toEqual([strokeOf(press('F', { ctrlKey: true, shiftKey: true }))]);
    expect(strokeOf(press('F', { metaKey: true, shiftKey: true }))).toBe('Ctrl+Shift+F');
    expect(strokeOf(press('o', { altKey: true }))).toBe('Alt+O');
    expect(strokeOf(press('?', { shiftKey: true }))).toBe('?');
  });
});
