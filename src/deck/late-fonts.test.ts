import { describe, expect, it, vi } from 'vitest';
import type { RevealApi } from 'reveal.js';
import { LateFontLayout } from './late-fonts.ts';

/** A font face set holding `faces`, whose `loadingdone` names the faces that finished. */
function fontSet(faces: FontFace[]) {
  const set = Object.assign(new EventTarget(), { forEach: (each: (face: FontFace) => void) => faces.forEach(each) }) as unknown as FontFaceSet;
  const loaded = (...done: FontFace[]) => set.dispatchEvent(Object.assign(new Event('loadingdone'), { fontfaces: done }));
  return { set, loaded };
}

const face = (status: FontFaceLoadStatus) => ({ status }) as FontFace;

function deck(ready: boolean) {
  const layout = vi.fn();
  return { api: { isReady: () => ready, layout } as unknown as RevealApi, layout };
}

describe('LateFontLayout', () => {
  it('lays the deck out again when a face it started without arrives', () => {
    const first = face('loading');
    const { set, loaded } = fontSet([face('loaded'), first]);
    const { api, layout } = deck(true);
    new LateFontLayout(api, set).start();
    loaded(first);
    expect(layout).toHaveBeenCalledTimes(1);
  });

  it('leaves the layout alone for the later slides’ faces, declared once the deck is up', () => {
    const { set, loaded } = fontSet([face('loaded')]);
    const { api, layout } = deck(true);
    new LateFontLayout(api, set).start();
    loaded(face('loaded'));
    expect(layout).not.toHaveBeenCalled();
  });

  it('waits for reveal.js: a face that arrives before the deck is ready changes nothing yet', () => {
    const first = face('unloaded');
    const { set, loaded } = fontSet([first]);
    const { api, layout } = deck(false);
    new LateFontLayout(api, set).start();
    loaded(first);
    expect(layout).not.toHaveBeenCalled();
  });

  it('stops listening when destroyed', () => {
    const first = face('loading');
    const { set, loaded } = fontSet([first]);
    const { api, layout } = deck(true);
    const controller = new LateFontLayout(api, set);
    controller.start();
    controller.destroy();
    loaded(first);
    expect(layout).not.toHaveBeenCalled();
  });
});
