import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
// Noto Serif SC, subset to the deck's characters at build time (src/vite/fonts/plugin.ts).
import { family as fontFamily, weights as fontWeights } from 'virtual:deck-fonts';
// The design tokens as CSS variables, generated from src/theme/tokens.ts (src/vite/tokens-plugin.ts).
import 'virtual:deck-tokens.css';
import '../theme/deck.css';

import Reveal from 'reveal.js';
import type { Controller } from '../shared/controller.ts';
import { ChineseChrome } from './chinese-chrome.ts';
import { DeckContent } from '../shared/deck-content.ts';
import { FollowedLink } from './followed-link.ts';
import { FontWarmUp } from './font-warm-up.ts';
import { shownText, slideShownFirst } from './first-slide.ts';
import { HiddenSlideFocus } from './hidden-slide-focus.ts';
import { LateFontLayout } from './late-fonts.ts';
import { LoadOnKey } from './load-on-key.ts';
import { isHelpKey, isSearchKey } from '../shared/keys.ts';
import { PacingPlan } from '../shared/pacing-plan.ts';
import { ReloadPosition } from './reload-position.ts';
import { ResizeEcho } from './resize-echo.ts';
import { motionPreference, revealConfig, startingView } from './reveal-config.ts';
import { ScrollViewAddress } from './scroll-view-address.ts';
import { PaperController } from './paper.ts';
import { PresentingMode } from './presenting-mode.ts';
import { Present } from './present.ts';
import { PreflightCheck } from './preflight.ts';
import { strings } from '../strings.ts';
import { inScrollView, ScrollViewDeepLink } from './scroll-view-deep-link.ts';
import { SpeakerLauncher } from './speaker-launcher.ts';
import { PHONE_QUERY } from '../theme/canvas.ts';
import { SlideSizeController, slideSizeFor } from './slide-size.ts';
import { waitForFonts } from './wait-for-fonts.ts';
import { afterFirstPaint, inTurns } from './when-idle.ts';

const phone = window.matchMedia(PHONE_QUERY);
const deck = new Reveal({ ...revealConfig, ...motionPreference() });

/** Every controller of the page, in the order started (src/shared/controller.ts: start, then destroy). */
const controllers: Controller[] = [];
function run(...started: Controller[]): void {
  for (const controller of started) {
    controller.start();
    controllers.push(controller);
  }
}

run(new FollowedLink(), new ResizeEcho(), new SlideSizeController(deck), new ScrollViewDeepLink(deck), new ScrollViewAddress(deck), new PaperController(deck), new LateFontLayout(deck), new PresentingMode());
deck.on('ready', () => {
  // First: the speaker view, reattached after a reload, then shows the slide the talk was on.
  run(new ReloadPosition(deck));
  // The rest waits until the first slide is painted: on a phone, that paint comes first. Then the
  // reading view's other pages may be laid out (src/theme/base.css), in a frame of their own.
  afterFirstPaint(() => {
    document.documentElement.dataset.deck = 'painted';
    startTheRest();
  });
});

/**
 * What the first slide does not need: started once it is painted and the browser is idle, a controller or two at a
 * time (each turn its own short task: one long task would hold a phone's first taps), then marked on <html>.
 */
function startTheRest(): void {
  // The slides' content, read once from the page model: every controller below takes it from here.
  let content: DeckContent;
  let plan: PacingPlan;
  let speaker: SpeakerLauncher;
  inTurns([
    // The fonts beyond the first slide's go out first: the next slide wants them soonest.
    () => run(new FontWarmUp(fontFamily)),
    () => (content = new DeckContent(deck)),
    () => {
      plan = new PacingPlan(content);
      run(plan);
    },
    () => run(new ChineseChrome(deck)),
    () => run(new HiddenSlideFocus(deck)),
    () => {
      speaker = new SpeakerLauncher(deck, content, plan);
      const preflight = new PreflightCheck(deck, content, plan, fontFamily);
      // Present first: its 开始放映 button leads the toolbar.
      run(new Present(deck, speaker, preflight), speaker, preflight);
    },
    () => {
      // Code the first slide does not need loads when it is first wanted: search and help on their
      // keys or buttons, rehearsal only with ?rehearse, the reading view's notes only in the scroll view.
      const root = deck.getRevealElement()!;
      run(
        new LoadOnKey(root, isSearchKey, async () => new (await import('./search.ts')).SearchController(deck, content), { className: 'deck-search-button', label: strings.searchButton, hint: strings.searchHint }),
        new LoadOnKey(root, isHelpKey, async () => new (await import('./help-overlay.ts')).HelpOverlay(deck), { className: 'deck-help-button', label: strings.helpButton, hint: strings.helpHint }, true),
      );
      const onDemand: Promise<void>[] = [];
      if (new URLSearchParams(window.location.search).has('rehearse')) onDemand.push(import('./rehearsal.ts').then(({ Rehearsal }) => run(new Rehearsal(deck, content, plan))));
      if (inScrollView(deck)) onDemand.push(import('./reading-notes.ts').then(({ ReadingNotes }) => run(new ReadingNotes(deck, content))));
      // Tests and tools wait for this before they press a key (e2e/in-page.ts, deckIsReady): once
      // the rehearsal and the reading view's notes, when the page has them, are listening too.
      void Promise.allSettled(onDemand).then(() => (document.documentElement.dataset.deck = 'started'));
    },
  ]);
}

// The deck API is the page's public surface: the speaker view, tests and the console use it.
declare global {
  interface Window {
    deck: typeof deck;
  }
}
window.deck = deck;

// reveal.js shows the slides only once initialised: waiting for the first slide's fonts first
// (3 s at most) means it is never painted in a fallback font. Inside a function, not a top-level await,
// which older Chromium cores (meeting-room PCs) cannot run.
async function start(): Promise<void> {
  await waitForFonts(fontFamily, fontWeights, shownText(slideShownFirst(document.querySelector('.reveal .slides') ?? document, window.location.hash)));
  // The canvas and the view for the screen as it is now, not as it was before the wait: a phone
  // may have been turned meanwhile (what SlideSizeController configured then, these options replace).
  await deck.initialize({ ...slideSizeFor(phone.matches), ...startingView(phone.matches) });
}
void start();
