import type { RevealConfig } from 'reveal.js';

/**
 * How reveal.js behaves for this deck: the one home for presentation settings.
 * The slide is designed at 1280×720 (16:9); reveal.js scales it to any screen.
 */
export const revealConfig: RevealConfig = {
  width: 1280,
  height: 720,
  margin: 0.04,
  // Deep links (#/pillar-2) and a readable position: h.v matches the vertical stacks.
  hash: true,
  slideNumber: 'h.v',
  showSlideNumber: 'all',
  progress: true,
  controls: true,
  controlsTutorial: false,
  overview: true,
  touch: true,
  keyboard: true,
  center: true,
  transition: 'slide',
  transitionSpeed: 'fast',
  backgroundTransition: 'fade',
  // Phones get the scroll view, which reads like a document.
  scrollActivationWidth: 435,
  // The deck is used offline and from USB sticks: never reach out for anything.
  preloadIframes: false,
};
