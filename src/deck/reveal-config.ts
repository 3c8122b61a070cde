import type { RevealConfig } from 'reveal.js';
import { LANDSCAPE, PHONE_MAX_WIDTH } from '../theme/canvas.ts';

/**
 * How reveal.js behaves for this deck: the one home for presentation settings.
 * The slide is designed at 1280×720 (16:9); reveal.js scales it to any screen.
 */
export const revealConfig: RevealConfig = {
  ...LANDSCAPE,
  // No margin: the slide's own padding keeps text off the edges, and bands run edge to edge.
  margin: 0,
  // Deep links (#/pillar-2), and the audience's position in the talk as page / pages.
  hash: true,
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  // Our own Chinese help (?) and speaker view (S) replace reveal.js's English ones.
  help: false,
  // No window may drive the deck by message: the speaker view calls the deck's API directly.
  postMessage: false,
  postMessageEvents: false,
  progress: true,
  controls: true,
  controlsTutorial: false,
  overview: true,
  touch: true,
  keyboard: true,
  // → and ← step through every slide, measures included: a presenter with a laptop keyboard or an
  // arrow-key clicker must not skip a pillar's stack. ↓ and ↑ still move within a stack.
  navigationMode: 'linear',
  // Each slide's frame fills the canvas and lays itself out (src/theme), so reveal.js need not centre it.
  center: false,
  transition: 'slide',
  transitionSpeed: 'fast',
  backgroundTransition: 'fade',
  // Phones get the scroll view, which reads like a document.
  scrollActivationWidth: PHONE_MAX_WIDTH,
  // An idle pointer leaves the projector after 3 s, and comes back when the mouse moves.
  hideInactiveCursor: true,
  hideCursorTime: 3000,
  // The deck is used offline and from USB sticks: never reach out for anything.
  preloadIframes: false,
};

/** `?view=scroll` opens the reading view (reveal.js's scroll view) on any screen; phones get it anyway. */
export function viewFromUrl(search: string = window.location.search): Pick<RevealConfig, 'view'> {
  return new URLSearchParams(search).get('view') === 'scroll' ? { view: 'scroll' } : {};
}

/**
 * The view the deck starts in. A phone starts in the scroll view: left to its width rule
 * (scrollActivationWidth), reveal.js turns the scroll view on in the middle of its first layout
 * and then lays the scroll view out a second time, all in the one task that holds a phone's
 * first paint. When the phone is turned, the width rule decides again (SlideSizeController).
 */
export function startingView(isPhone: boolean, search: string = window.location.search): Pick<RevealConfig, 'view'> {
  return isPhone ? { view: 'scroll' } : viewFromUrl(search);
}

/** Slides change without motion for those who ask their system for less of it. */
export function motionPreference(reduce: boolean = window.matchMedia('(prefers-reduced-motion: reduce)').matches): Pick<RevealConfig, 'transition' | 'backgroundTransition'> {
  return reduce ? { transition: 'none', backgroundTransition: 'none' } : {};
}
