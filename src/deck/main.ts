import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
// Noto Serif SC, subset to the deck's characters at build time (src/build/fonts/plugin.ts).
import 'virtual:deck-fonts';
import '../theme/deck.css';

import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import { revealConfig } from './reveal-config.ts';
import { ScrollViewDeepLink } from './scroll-view-deep-link.ts';
import { PHONE_QUERY, SlideSizeController, slideSizeFor } from './slide-size.ts';

const phone = window.matchMedia(PHONE_QUERY);
const deck = new Reveal({ ...revealConfig, ...slideSizeFor(phone.matches), plugins: [Notes, Search] });
new SlideSizeController(deck, phone);
new ScrollViewDeepLink(deck);

// The deck API is the page's public surface: the speaker view, tests and the console use it.
declare global {
  interface Window {
    deck: typeof deck;
  }
}
window.deck = deck;

void deck.initialize();
