/**
 * Functions that run inside the deck's page, in any engine: Playwright's page.evaluate and the
 * engine drivers (e2e/engines/) send their source text to the browser, so each one is
 * self-contained — no imports, no names from outside its own body.
 */

export { deckIsReady } from '../tools/deck-ready.ts';

/** The current slide's id, read from the deck (the URL hash lags by up to a second). */
export function currentSlideId(): string {
  return window.deck.getCurrentSlide().id;
}

/** Whether reveal.js shows its scroll view (phones) rather than one slide at a time. */
export function inScrollView(): boolean {
  return document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll') ?? false;
}

/** The weights of Noto Serif SC whose files have all loaded (each weight: the first slide's file and the rest). */
export function loadedFontWeights(): string[] {
  const faces: FontFace[] = [];
  document.fonts.forEach((face) => {
    if (face.family.replace(/["']/g, '') === 'Noto Serif SC') faces.push(face);
  });
  const weights = [...new Set(faces.map((face) => face.weight))];
  return weights.filter((weight) => faces.every((face) => face.weight !== weight || face.status === 'loaded'));
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

/**
 * The share of a PNG's pixels that are not black (any channel above 12), and that are light (the
 * warm paper of a measure slide), decoded and counted by the browser itself.
 */
export async function pixelShares(png: string): Promise<{ nonBlack: number; light: number }> {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let nonBlack = 0;
  let light = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (r > 12 || g > 12 || b > 12) nonBlack++;
    if (r > 200 && g > 190 && b > 170) light++;
  }
  const total = canvas.width * canvas.height;
  return { nonBlack: nonBlack / total, light: light / total };
}

/** Errors the page reported: recorded by the script e2e/engines/site.ts puts first in the page. */
export function recordedPageErrors(): string[] {
  return (window as unknown as { pageErrors?: string[] }).pageErrors ?? ['the page has no error recorder'];
}

/** Shows the slide with this id in the slide view; true once it is the current slide. */
export function showSlideById(id: string): boolean {
  const { h, v } = window.deck.getIndices(document.getElementById(id)!);
  window.deck.slide(h, v);
  return window.deck.getCurrentSlide().id === id;
}

/** Scrolls the scroll view to this slide's page, as a reader does, and resolves once it is drawn. */
export async function scrollToSlideById(id: string): Promise<boolean> {
  document.getElementById(id)!.closest('.scroll-page')!.scrollIntoView();
  await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
  return true;
}

/** The page's address, hash included. */
export function pageAddress(): string {
  return window.location.href;
}

/** Resolves once every font the page uses has loaded or failed. */
export async function fontsSettled(): Promise<boolean> {
  await document.fonts.ready;
  return true;
}

/** The top-left width×height pixels of a PNG image, as a PNG (base64), cut by the browser itself. */
export async function cropPng({ png, width, height }: { png: string; width: number; height: number }): Promise<string> {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(image, 0, 0);
  return canvas.toDataURL('image/png').split(',')[1]!;
}

/**
 * Text set bold (weight 600 or more) in Noto Serif SC whose characters the bold font file does not
 * carry (its unicode-range): the bold file holds headings and UI only. Looks at every text of the
 * document, shown or not, with the styles it has now. Returns "character in “text”" findings.
 */
export function boldOutsideBoldFont(): string[] {
  // The bold files (the first slide's and the rest): what they carry together.
  const bold = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Noto Serif SC' && Number(face.weight) >= 600);
  if (bold.length === 0) return ['no bold Noto Serif SC face'];
  const ranges = bold.flatMap((face) => face.unicodeRange.split(',')).map((range) => {
    const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
  });
  const covered = (ch: string) => ranges.some(([from, to]) => ch.codePointAt(0)! >= from && ch.codePointAt(0)! <= to);
  const found = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style')) continue;
    const style = getComputedStyle(parent);
    if (Number(style.fontWeight) < 600 || !/^"?Noto Serif SC/.test(style.fontFamily)) continue;
    for (const ch of node.textContent ?? '') {
      if (ch.trim() !== '' && !/\p{Default_Ignorable_Code_Point}/u.test(ch) && !covered(ch)) found.add(`${ch} in “${(node.textContent ?? '').trim().slice(0, 20)}”`);
    }
  }
  return [...found];
}

/** Text the element matching `selector` lies over: every visible character box that meets its box. */
export function textUnder(selector: string): string[] {
  const cover = document.querySelector(selector)!.getBoundingClientRect();
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(selector) || (node.textContent ?? '').trim() === '') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) {
      const meets = box.width > 0 && box.left < cover.right && box.right > cover.left && box.top < cover.bottom && box.bottom > cover.top;
      const shown = box.bottom > 0 && box.top < window.innerHeight;
      if (meets && shown) found.push((node.textContent ?? '').trim().slice(0, 20));
    }
  }
  return found;
}

/** Marks the page, so that a later look tells whether it was reloaded meanwhile. */
export function markPage(): boolean {
  (window as Window & { deckMarked?: boolean }).deckMarked = true;
  return true;
}

/** Whether the page still carries markPage's mark: it was not reloaded. */
export function pageStillMarked(): boolean {
  return (window as Window & { deckMarked?: boolean }).deckMarked === true;
}

/** Whether the pre-flight check (开场前检查) is on screen. */
export function preflightShown(): boolean {
  const panel = document.querySelector<HTMLElement>('.deck-preflight');
  return !!panel && !panel.hidden;
}

/** The text of the deck's notice to the presenter, or '' when none is shown. */
export function noticeText(): string {
  const notice = [...document.querySelectorAll<HTMLElement>('.deck-notice')].find((n) => !n.hidden);
  return notice?.querySelector('.deck-notice__text')?.textContent ?? '';
}
