// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FollowedLink } from './followed-link.ts';

/** What a listener added after the controller (reveal.js's own) reads from the address on hashchange. */
function readAfter(): () => string[] {
  const read: string[] = [];
  const listener = () => read.push(window.location.hash);
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    return read;
  };
}

describe('FollowedLink', () => {
  const controller = new FollowedLink();
  afterEach(() => controller.destroy());

  it('puts back a followed link that a late address write overwrote before its hashchange', () => {
    window.history.replaceState(null, '', '/#/pillar-1');
    controller.start();
    const stop = readAfter();
    // The link's address, then reveal.js's late write of the slide it was on, then the event.
    window.history.replaceState(null, '', '/#/closing');
    window.history.replaceState(null, '', '/#/pillar-1');
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: `${window.location.origin}/#/pillar-1`, newURL: `${window.location.origin}/#/closing` }));
    expect(stop()).toEqual(['#/closing']);
  });

  it('leaves an address alone when nothing overwrote it, and once destroyed', () => {
    window.history.replaceState(null, '', '/#/pillar-2');
    controller.start();
    const stop = readAfter();
    window.dispatchEvent(new HashChangeEvent('hashchange', { newURL: `${window.location.origin}/#/pillar-2` }));
    controller.destroy();
    window.history.replaceState(null, '', '/#/pillar-3');
    window.dispatchEvent(new HashChangeEvent('hashchange', { newURL: `${window.location.origin}/#/closing` }));
    expect(stop()).toEqual(['#/pillar-2', '#/pillar-3']);
  });
});
