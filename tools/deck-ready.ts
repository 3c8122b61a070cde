/**
 * Runs inside the deck's page (Playwright's waitForFunction, the engine drivers): reveal.js has
 * initialised (once the first slide's fonts have loaded) and the deck's controllers have started
 * (src/deck/main.ts marks <html data-deck="started">), so a key pressed now is heard.
 * Self-contained: its source text is sent to the browser.
 */
export function deckIsReady(): boolean {
  return !!window.deck?.isReady() && document.documentElement.dataset.deck === 'started';
}
