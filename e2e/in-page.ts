/**
 * Functions that run inside the deck's page, in any engine: Playwright's page.evaluate and the
 * engine drivers (e2e/engines/) send their source text to the browser, so each one is
 * self-contained — no imports, no names from outside its own body.
 */

/** reveal.js has initialised (it starts once the web fonts have loaded). */
export function deckIsReady(): boolean {
  return !!window.deck?.isReady();
}

/** The current slide's id, read from the deck (the URL hash lags by up to a second). */
export function currentSlideId(): string {
  return window.deck.getCurrentSlide().id;
}

/** Whether reveal.js shows its scroll view (phones) rather than one slide at a time. */
export function inScrollView(): boolean {
  return document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll') ?? false;
}

/** The weights of the Noto Serif SC faces that have loaded (the web font, not a system CJK font). */
export function loadedFontWeights(): string[] {
  return [...document.fonts]
    .filter((face) => face.family.replace(/["']/g, '') === 'Noto Serif SC' && face.status === 'loaded')
    .map((face) => face.weight);
}

/** Where the reader is in the scroll view: the current slide, the address, and how far below the top of the screen the page of slide `id` starts. */
export function scrollViewPlace(id: string): { current: string; hash: string; pageTop: number } {
  const page = document.getElementById(id)?.closest('.scroll-page');
  const viewport = document.querySelector('.reveal-viewport')!;
  return {
    current: window.deck.getCurrentSlide().id,
    hash: window.location.hash,
    pageTop: page ? page.getBoundingClientRect().top - viewport.getBoundingClientRect().top : Number.NaN,
  };
}

/** Scrolls the scroll view on by one screen, as a reader's swipe does. */
export function scrollOnePage(): void {
  const viewport = document.querySelector('.reveal-viewport')!;
  viewport.scrollBy(0, viewport.clientHeight);
}

/** The colours [r, g, b] at the given points of a PNG image (a screenshot), decoded by the browser itself. */
export async function pixelsOf({ png, points }: { png: string; points: [number, number][] }): Promise<number[][]> {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return points.map(([x, y]) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)]);
}
