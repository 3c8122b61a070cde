import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
// Noto Serif SC, subset to the deck's characters at build time (src/build/fonts/plugin.ts).
import { family as fontFamily, weights as fontWeights } from 'virtual:deck-fonts';
import '../theme/deck.css';

import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import { PaperController } from './paper.ts';
import { revealConfig } from './reveal-config.ts';
import { ScrollViewDeepLink } from './scroll-view-deep-link.ts';
import { SearchController } from './search.ts';
import { PHONE_QUERY, SlideSizeController, slideSizeFor } from './slide-size.ts';
import { waitForFonts } from './wait-for-fonts.ts';

const phone = window.matchMedia(PHONE_QUERY);
const deck = new Reveal({ ...revealConfig, ...slideSizeFor(phone.matches), plugins: [Notes] });
new SlideSizeController(deck, phone);
new ScrollViewDeepLink(deck);
new PaperController(deck);
deck.on('ready', () => new SearchController(deck));

// The deck API is the page's public surface: the speaker view, tests and the console use it.
declare global {
  interface Window {
    deck: typeof deck;
  }
}
window.deck = deck;

// reveal.js shows the slides only once initialised: waiting for the fonts first (3 s at most)
// means slide 1 is never painted in a fallback font. Inside a function, not a top-level await,
// which older Chromium cores (meeting-room PCs) cannot run.
async function start(): Promise<void> {
  await waitForFonts(fontFamily, fontWeights);
  await deck.initialize();
}
void start();
