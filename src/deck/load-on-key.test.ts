// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { LoadOnKey, type PanelController } from './load-on-key.ts';

const press = (key: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('LoadOnKey', () => {
  it('loads its controller on the first press of its key only, starts it and opens its panel; the controller answers from then on', async () => {
    const calls: string[] = [];
    const real: PanelController = { start: () => calls.push('start'), toggle: () => calls.push('toggle'), destroy: () => calls.push('destroy') };
    const load = vi.fn(async () => real);
    const lazy = new LoadOnKey(document.body, (event) => event.key === '?', load);
    const added = vi.spyOn(document, 'addEventListener');
    const removed = vi.spyOn(document, 'removeEventListener');
    lazy.start();
    press('x');
    expect(load).not.toHaveBeenCalled();
    press('?');
    await vi.waitFor(() => expect(calls).toEqual(['start', 'toggle']));
    press('?'); // the stand-in no longer listens: the real controller does
    await Promise.resolve();
    expect(load).toHaveBeenCalledTimes(1);
    lazy.destroy();
    expect(calls).toEqual(['start', 'toggle', 'destroy']);
    expect(removed.mock.calls.length).toBe(added.mock.calls.length);
    added.mockRestore();
    removed.mockRestore();
  });

  it('destroyed before its key is pressed, leaves no listener and loads nothing', () => {
    const load = vi.fn(async (): Promise<PanelController> => ({ start() {}, toggle() {}, destroy() {} }));
    const lazy = new LoadOnKey(document.body, () => true, load);
    const removed = vi.spyOn(document, 'removeEventListener');
    lazy.start();
    lazy.destroy();
    press('?');
    expect(load).not.toHaveBeenCalled();
    expect(removed).toHaveBeenCalledTimes(1);
    removed.mockRestore();
  });

  it('has an on-screen button that does what its key does, before and after the code has loaded', async () => {
    const calls: string[] = [];
    const load = vi.fn(async (): Promise<PanelController> => ({ start: () => calls.push('start'), toggle: () => calls.push('toggle'), destroy: () => calls.push('destroy') }));
    const lazy = new LoadOnKey(document.body, () => false, load, { className: 'deck-help-button', label: '帮助', hint: '快捷键（?）' });
    lazy.start();
    const button = document.querySelector<HTMLButtonElement>('.deck-toolbar .deck-help-button')!;
    expect(button.textContent).toBe('帮助');
    button.click();
    await vi.waitFor(() => expect(calls).toEqual(['start', 'toggle']));
    button.click();
    expect(calls).toEqual(['start', 'toggle', 'toggle']);
    lazy.destroy();
    expect(document.querySelector('.deck-toolbar')).toBeNull();
  });
});

