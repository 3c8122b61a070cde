import assert from 'node:assert/strict';
import { fontWeights } from '../../src/theme/font-weights.ts';
import { strings } from '../../src/strings.ts';
import { notesText, slideIdsInOrder } from '../content.ts';
import {
  currentSlideId,
  deckIsReady,
  fontsSettled,
  inScrollView,
  loadedFontWeights,
  markPage,
  noticeText,
  pageAddress,
  pageStillMarked,
  preflightShown,
  pixelsOf,
  recordedPageErrors,
  scrollOnePage,
  scrollViewPlace,
  scrollToSlideById,
  showSlideById,
} from '../in-page.ts';
import { layoutProbe, probeSlideLayout } from '../layout-probe.ts';
import { laidOutBlocks, readingProblems, SLIDE_TEXT_BLOCKS } from '../read-aloud-lines.ts';
import { isBandRed, measureSlideId, topEdgePoints } from '../measure-band.ts';
import { deckPunctuationPairs, measurePairWidths, roundWidths, trimmedWidth } from '../punctuation-pairs.ts';
import { probePunctuationPairs } from '../punctuation-probe.ts';
import { until, type EngineDriver, type Viewport } from './driver.ts';

/**
 * The layout and navigation checks every engine must pass, written once over EngineDriver.
 * Each opens the page it needs; none depends on another having run.
 */

export const screens: { name: string; viewport: Viewport }[] = [
  { name: '1920×1080 (full HD 16:9)', viewport: { width: 1920, height: 1080 } },
  { name: '1024×768 (4:3 projector)', viewport: { width: 1024, height: 768 } },
  { name: '390×844 (phone, scroll view)', viewport: { width: 390, height: 844 } },
];
const desktop = screens[0]!.viewport;
const phone = screens[2]!.viewport;

async function openDeck(driver: EngineDriver, url: string, viewport: Viewport): Promise<void> {
  await driver.open(url, viewport);
  await until(`the deck at ${url} to be ready`, () => driver.evaluate(deckIsReady), Boolean, 15_000);
}

function waitForSlide(driver: EngineDriver, id: string, after: string): Promise<string> {
  return until(`slide ${id} ${after}`, () => driver.evaluate(currentSlideId), (current) => current === id);
}

/** → from the cover visits every slide once, in outline order; the page reports no error; a loaded face per font weight. */
export async function walkEverySlide(driver: EngineDriver, url: string): Promise<void> {
  await openDeck(driver, url, desktop);
  const visited = [await driver.evaluate(currentSlideId)];
  for (let i = 1; i < slideIdsInOrder.length; i++) {
    await driver.press('ArrowRight');
    visited.push(await until(`a new slide after → number ${i}`, () => driver.evaluate(currentSlideId), (id) => id !== visited[i - 1]));
  }
  assert.deepEqual(visited, slideIdsInOrder);
  await driver.evaluate(fontsSettled);
  assert.deepEqual(new Set(await driver.evaluate(loadedFontWeights)), new Set(fontWeights.map(String)), 'a loaded Noto Serif SC face per weight');
  assert.deepEqual(await driver.evaluate(recordedPageErrors), [], 'errors in the page');
}

/** Runs in-page probes on every slide of the open deck, each shown in turn: by the deck in the slide view, scrolled to in the scroll view (a page far from the screen is not laid out). */
async function probeEverySlide(driver: EngineDriver, viewport: Viewport, probes: ((id: string) => Promise<string[]>)[]): Promise<string[]> {
  await driver.evaluate(fontsSettled);
  const scrollView = await driver.evaluate(inScrollView);
  assert.equal(scrollView, viewport.width <= 435, `scroll view at ${viewport.width} px`);
  const problems: string[] = [];
  for (const id of slideIdsInOrder) {
    if (scrollView) await driver.evaluate(scrollToSlideById, id);
    else await until(`slide ${id} shown`, () => driver.evaluate(showSlideById, id), Boolean);
    for (const probe of probes) problems.push(...(await probe(id)).map((problem) => `${id}: ${problem}`));
  }
  return problems;
}

/**
 * A measure slide's red band starts at the top edge of the screen (no paper above it); then every
 * slide fits, nothing overlaps, no line starts with closing punctuation, no line break falls inside
 * a phrase (e2e/layout-probe.ts), and, with `punctuation`, adjacent full-width punctuation is set
 * at the closed-up width (e2e/punctuation-probe.ts).
 */
export async function layoutHolds(driver: EngineDriver, url: string, viewport: Viewport, { punctuation }: { punctuation: boolean }): Promise<void> {
  // Slides measured at rest, not halfway through a transition.
  await openDeck(driver, `${url}?transition=none#/${measureSlideId}`, viewport);
  await waitForSlide(driver, measureSlideId, 'from its link');
  await driver.evaluate(fontsSettled);
  // Read until the band shows its own red: once in CI WebKit's first screenshot caught the slide
  // still fading in (the band at three quarters, 124/0/14). Paper there never turns red.
  const topEdge = async () => {
    const png = (await driver.screenshot()).toString('base64');
    return driver.evaluate(pixelsOf, { png, points: topEdgePoints(viewport.width) });
  };
  const colours = await until('the band’s red at the top edge', topEdge, (read) => read.every(isBandRed)).catch(() => topEdge());
  assert.deepEqual(colours.filter((colour) => !isBandRed(colour)), [], 'paper above the band of a measure slide');
  const probes = [(id: string) => driver.evaluate(probeSlideLayout, layoutProbe(id))];
  if (punctuation) probes.push((id: string) => driver.evaluate(probePunctuationPairs, id));
  assert.deepEqual(await probeEverySlide(driver, viewport, probes), []);
}

/**
 * Every pair of adjacent full-width marks the speech holds, and every pair of the marks the fonts
 * ship, set between two ideographs in the theme's font and body size, in each weight, at the
 * width CSS Text 4 gives it (e2e/punctuation-pairs.ts): 1.5em where one blank half goes, as
 * Chromium's text-spacing-trim sets it (e2e/fonts.spec.ts); here by the font's chws.
 */
export async function everyPunctuationPairClosesUp(driver: EngineDriver, url: string): Promise<void> {
  await openDeck(driver, url, desktop);
  await driver.evaluate(fontsSettled);
  const { pairs } = deckPunctuationPairs();
  const { fontSize, widths } = await driver.evaluate(measurePairWidths, { pairs, weights: [...fontWeights] });
  assert.equal(fontSize, 30, 'the slides’ body size, unscaled');
  const expected = Object.fromEntries(pairs.map((pair) => [pair, trimmedWidth(pair)]));
  for (const weight of fontWeights) assert.deepEqual(roundWidths(widths[String(weight)]!), expected, `weight ${weight}`);
}

/** #/<id> opens the slide view at that slide, for each of these ids. */
export async function deepLinksInSlideView(driver: EngineDriver, url: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await openDeck(driver, `${url}#/${id}`, desktop);
    await waitForSlide(driver, id, `from #/${id}`);
  }
}

/** On a phone, #/<id> opens the scroll view with that slide's page at the top, and the address keeps naming it, for each of these ids. */
export async function deepLinksInScrollView(driver: EngineDriver, url: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await openDeck(driver, `${url}#/${id}`, phone);
    assert.equal(await driver.evaluate(inScrollView), true, 'scroll view on a phone');
    await until(
      `#/${id} to show ${id} at the top of the scroll view`,
      () => driver.evaluate(scrollViewPlace, id),
      (place) => place.current === id && place.hash === `#/${id}` && Math.abs(place.pageTop) < 2,
    );
  }
}

/** On a phone, the address follows the slide being read, and opening that address returns to it. */
export async function addressFollowsScrolling(driver: EngineDriver, url: string): Promise<void> {
  // From the cover: opened without a link, reveal.js would return to where this tab last scrolled.
  await openDeck(driver, `${url}#/${slideIdsInOrder[0]}`, phone);
  await waitForSlide(driver, slideIdsInOrder[0]!, 'from its link');
  const target = 9;
  for (let i = 1; i <= target; i++) {
    await driver.evaluate(scrollOnePage);
    await waitForSlide(driver, slideIdsInOrder[i]!, 'after scrolling one page on');
  }
  const id = slideIdsInOrder[target]!;
  // reveal.js's own rule: the address lags by at most a second.
  await until(`the address to name ${id}`, () => driver.evaluate(scrollViewPlace, id), (place) => place.hash === `#/${id}`, 3000);
  const address = await driver.evaluate(pageAddress);
  await openDeck(driver, address, phone);
  await until(`${address} to open at ${id}`, () => driver.evaluate(scrollViewPlace, id), (place) => place.current === id && Math.abs(place.pageTop) < 2);
}

/** The reading view with its notes (讲稿) on: on if it is off; the choice is remembered between visits. */
function showReadingNotes(): boolean {
  if (!document.querySelector('.reading-document')) document.querySelector<HTMLElement>('.reading-notes-toggle')?.click();
  return document.querySelectorAll('.reading-document__notes p').length > 0;
}

/**
 * The read-aloud text (the notes, set by the same stylesheet and markup in the reading view, the
 * speaker view and the cue script) keeps every word and listed term whole, with no line starting
 * with a closing mark or ending with an opening one: the reading view at this size.
 */
export async function readAloudTextHolds(driver: EngineDriver, url: string, viewport: Viewport): Promise<void> {
  await openDeck(driver, `${url}?view=scroll`, viewport);
  await until('the reading view’s notes', () => driver.evaluate(showReadingNotes), Boolean, 15_000);
  await driver.evaluate(fontsSettled);
  const blocks = await driver.evaluate(laidOutBlocks, '.reading-document__notes p');
  assert.ok(blocks.length > 0, 'notes paragraphs in the reading view');
  assert.deepEqual(blocks.flatMap(readingProblems), []);
}

/** On a phone (the scroll view lays every slide out at once), no slide's text splits a word or a listed term. */
export async function slideWordsWholeOnPhone(driver: EngineDriver, url: string): Promise<void> {
  await openDeck(driver, url, phone);
  await driver.evaluate(fontsSettled);
  const blocks = await driver.evaluate(laidOutBlocks, SLIDE_TEXT_BLOCKS);
  assert.ok(blocks.length > slideIdsInOrder.length, 'slide text blocks in the scroll view');
  assert.deepEqual(blocks.flatMap(readingProblems), []);
}

/**
 * F5 starts the show without reloading the page. Without two screens and the Window Management
 * API (Firefox, Safari, older Chromium cores, one screen) the slides go fullscreen where they are
 * and a notice says in Chinese what to do next — or, where fullscreen is refused, how to get it.
 */
export async function presentingFallsBack(driver: EngineDriver, url: string): Promise<void> {
  await openDeck(driver, url, desktop);
  await driver.evaluate(markPage);
  await driver.press('F5');
  // The deck's open blanks stop the first F5 with the pre-flight check; a second F5 goes on.
  if (await until('the show to start or the pre-flight check to open', async () => (await driver.evaluate(preflightShown)) || (await driver.evaluate(noticeText)) !== '', Boolean)) {
    if (await driver.evaluate(preflightShown)) await driver.press('F5');
  }
  const fallbacks: string[] = [strings.presentOneScreen, strings.presentNoApi, strings.presentNoFullscreen];
  const notice = await until('a Chinese notice on presenting', () => driver.evaluate(noticeText), (text) => fallbacks.includes(text), 10_000);
  assert.ok(fallbacks.includes(notice));
  assert.equal(await driver.evaluate(preflightShown), false, 'the pre-flight check left the screen');
  assert.equal(await driver.evaluate(pageStillMarked), true, 'F5 reloaded the page');
  assert.equal(await driver.evaluate(currentSlideId), 'cover');
}

/** The speaker view's window name (src/deck/speaker-launcher.ts). */
const SPEAKER_WINDOW = 'deck-speaker-view';

/**
 * In the speaker view's window: what it shows, once the deck has drawn it (body.speaker), else
 * null; and whether the mark left by markSpeakerView is still there (a deck that draws the view
 * anew, as one that drives it does, removes it).
 */
function speakerViewShows(): { notes: string; position: string; elapsed: string; marked: boolean } | null {
  if (!document.body?.classList.contains('speaker')) return null;
  const text = (selector: string) => (document.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    notes: text('.speaker__notes'),
    position: text('.speaker__count'),
    elapsed: text('.speaker__time--elapsed .speaker__time-value'),
    marked: document.getElementById('engines-check-mark') !== null,
  };
}

/** In the speaker view's window: leaves a mark in the drawing, which only drawing it anew removes. */
function markSpeakerView(): boolean {
  const mark = document.createElement('i');
  mark.id = 'engines-check-mark';
  mark.hidden = true;
  document.body.append(mark);
  return true;
}

/** In the speaker view's window: closes it, as the presenter does. */
function closeWindow(): boolean {
  window.close();
  return true;
}

/** "01:05" → 65. */
const seconds = (clock: string) => clock.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);

/**
 * The speaker view opened with S shows the deck's slide; the deck reloaded (the browser's reload:
 * the deck keeps F5 for starting the show) finds it again by its window name and drives it, or,
 * where the browser does not let a page without a key press reach another window, shows
 * strings.speakerViewLost, and S brings the view back. Either way the deck comes back at its
 * slide, the view follows the next slide, the talk's time runs on, and the page reports no error.
 * Returns which of the two the engine did.
 *
 * Which of the two is the engine's choice: a browser's popup blocker, if on, stops a page that has
 * had no key press from opening a new window, and may or may not let it reach one open already by
 * name. WebKit's is on here; Firefox's and Playwright's Chromium's are off under automation (see
 * firefox.ts), so they reach the window either way. (By hand, Firefox 153 with its blocker on, with
 * remote.prefs.recommended: false, blocked a new window yet drove the open speaker view again.)
 */
export async function speakerViewSurvivesReload(driver: EngineDriver, url: string): Promise<'driven again' | 'asked for S'> {
  const at = 'pillar-2-1';
  const next = slideIdsInOrder[slideIdsInOrder.indexOf(at) + 1]!;
  const shows = (id: string) => ({
    notes: notesText(id).replace(/\s+/g, ' ').trim(),
    position: strings.position(slideIdsInOrder.indexOf(id) + 1, slideIdsInOrder.length),
  });
  const speakerView = () => driver.evaluateInWindow(SPEAKER_WINDOW, speakerViewShows);
  const showing = (id: string) => (view: Awaited<ReturnType<typeof speakerView>>) =>
    view?.notes === shows(id).notes && view.position === shows(id).position;

  await openDeck(driver, `${url}#/${at}`, desktop);
  await waitForSlide(driver, at, 'from its link');
  try {
    await driver.press('s');
    await until(`the speaker view, drawn, at ${at}`, speakerView, showing(at), 15_000);
    // A second or two on the talk's clock, to see it kept.
    const before = await until('the talk’s clock to run', speakerView, (view) => seconds(view?.elapsed ?? '0') >= 2, 10_000);
    assert.equal(await driver.evaluateInWindow(SPEAKER_WINDOW, markSpeakerView), true, 'the speaker view marked');
    assert.deepEqual(await driver.evaluate(recordedPageErrors), [], 'errors in the page before the reload');

    await driver.reload();
    await until('the reloaded deck to be ready', () => driver.evaluate(deckIsReady), Boolean, 15_000);
    await waitForSlide(driver, at, 'after the reload');
    const outcome = await until(
      'the speaker view drawn anew, or the notice asking for S',
      async () => ({ notice: await driver.evaluate(noticeText), view: await speakerView() }),
      ({ notice, view }) => notice !== '' || view?.marked === false,
      15_000,
    );
    let how: 'driven again' | 'asked for S' = 'driven again';
    if (outcome.view?.marked !== false) {
      how = 'asked for S';
      assert.equal(outcome.notice, strings.speakerViewLost, 'the notice after the reload');
      assert.equal(outcome.view?.marked, true, 'the speaker view left as it was, not driven, while the notice asks for S');
      await driver.press('s');
      await until('the speaker view drawn anew after S', speakerView, (view) => view?.marked === false, 15_000);
    }
    await until(`the speaker view at ${at} after the reload`, speakerView, showing(at));

    await driver.press('ArrowRight');
    await waitForSlide(driver, next, 'after → in the reloaded deck');
    const after = await until(`the speaker view to follow to ${next}`, speakerView, showing(next));
    assert.ok(seconds(after!.elapsed) >= seconds(before!.elapsed), `the talk’s time kept: ${before!.elapsed} before the reload, ${after!.elapsed} after`);
    assert.deepEqual(await driver.evaluate(recordedPageErrors), [], 'errors in the page after the reload');
    return how;
  } finally {
    // The next check's deck must not look for this window: closed, and forgotten by this tab.
    await driver.evaluateInWindow(SPEAKER_WINDOW, closeWindow).catch(() => undefined);
    await driver.evaluate(() => sessionStorage.removeItem('deck.speakerViewOpen')).catch(() => undefined);
  }
}
