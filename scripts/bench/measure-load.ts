import type { Browser } from '@playwright/test';

/** What one cold load of a deck costs, and what walking through all of it adds. */
export interface LoadFigures {
  firstBytes: number;
  firstRequests: number;
  firstFontBytes: number;
  firstFontRequests: number;
  deckBytes: number;
  deckRequests: number;
  deckFontBytes: number;
  deckFontRequests: number;
  /** From navigation start to reveal.js's `ready`. */
  readyMs: number;
  /** From navigation start until the fonts of the first slide have loaded (document.fonts.ready after `ready`). */
  fontsReadyMs: number;
}

interface Transfer {
  font: boolean;
  bytes: number;
}

declare global {
  interface Window {
    bench?: { readyAt: number; fontsReadyAt?: number };
  }
}

/** Loads `url` in a fresh browser context (empty cache), counting bytes on the wire with CDP. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener(
      'ready',
      () => {
        const bench = { readyAt: performance.now() } as NonNullable<Window['bench']>;
        window.bench = bench;
        void document.fonts.ready.then(() => (bench.fontsReadyAt = performance.now()));
      },
      { capture: true, once: true },
    );
  });
  const cdp = await context.newCDPSession(page);
  const transfers = new Map<string, Transfer>();
  cdp.on('Network.requestWillBeSent', (e) => transfers.set(e.requestId, { font: e.type === 'Font', bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const transfer = transfers.get(e.requestId);
    if (transfer) transfer.bytes = e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  const totals = () => {
    const all = [...transfers.values()];
    const fonts = all.filter((t) => t.font);
    const sum = (ts: Transfer[]) => ts.reduce((n, t) => n + t.bytes, 0);
    return { bytes: sum(all), requests: all.length, fontBytes: sum(fonts), fontRequests: fonts.length };
  };

  await page.goto(url);
  await page.waitForFunction(() => window.bench?.fontsReadyAt !== undefined);
  await page.waitForLoadState('networkidle');
  const first = totals();
  const { readyAt, fontsReadyAt } = (await page.evaluate(() => window.bench))!;

  // Every slide in turn, as a presenter goes; then let lazily loaded fonts arrive.
  const total = await page.evaluate(() => window.deck.getTotalSlides());
  for (let i = 1; i < total; i++) {
    await page.evaluate(() => window.deck.next());
    // Two frames: the new slide is laid out, which is when its fonts are requested.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  const deck = totals();
  await context.close();
  return {
    firstBytes: first.bytes,
    firstRequests: first.requests,
    firstFontBytes: first.fontBytes,
    firstFontRequests: first.fontRequests,
    deckBytes: deck.bytes,
    deckRequests: deck.requests,
    deckFontBytes: deck.fontBytes,
    deckFontRequests: deck.fontRequests,
    readyMs: readyAt,
    fontsReadyMs: fontsReadyAt!,
  };
}
