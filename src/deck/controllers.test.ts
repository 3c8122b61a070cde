// @vitest-environment happy-dom
import type { RevealApi } from 'reveal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { plainModel } from '../outline/hostile-fixture.ts';
import { renderSlides } from '../render/deck.ts';
import { pageModelScript } from '../render/page-model-script.ts';
import type { Controller } from '../shared/controller.ts';
import { DeckContent } from '../shared/deck-content.ts';
import { PacingPlan } from '../shared/pacing-plan.ts';
import { keepForTalk, remember } from '../shared/storage.ts';
import { ChineseChrome } from './chinese-chrome.ts';
import { FollowedLink } from './followed-link.ts';
import { FontWarmUp } from './font-warm-up.ts';
import { HelpOverlay } from './help-overlay.ts';
import { HiddenSlideFocus } from './hidden-slide-focus.ts';
import { LateFontLayout } from './late-fonts.ts';
import { PaperController } from './paper.ts';
import { PreflightCheck } from './preflight.ts';
import { Present } from './present.ts';
import { PresentingMode } from './presenting-mode.ts';
import { ReadingNotes } from './reading-notes.ts';
import { Rehearsal } from './rehearsal.ts';
import { ReloadPosition } from './reload-position.ts';
import { ResizeEcho } from './resize-echo.ts';
import { ScrollViewAddress } from './scroll-view-address.ts';
import { ScrollViewDeepLink } from './scroll-view-deep-link.ts';
import { SearchController } from './search.ts';
import { SlideSizeController } from './slide-size.ts';
import { SpeakerLauncher } from './speaker-launcher.ts';

/**
 * The page as the build renders it, with the parts of reveal.js's chrome the controllers touch,
 * in its scroll view (so the reading view's controllers act too); and a deck API over it that
 * records its event handlers and key bindings, and sends events when the test says.
 */
function fakeDeck() {
  document.body.innerHTML =
    '<div class="reveal-viewport reveal-scroll"><div class="reveal">' +
    `<div class="slides">${renderSlides(plainModel())}</div>` +
    '<aside class="controls"><button class="navigate-left"></button><button class="navigate-right"></button></aside>' +
    '<div class="slide-number"></div><div class="pause-overlay"><button class="resume-button">Resume</button></div>' +
    '<div class="aria-status">1. 标题</div>' +
    `</div></div>${pageModelScript(plainModel())}`;
  const slides = [...document.querySelectorAll<HTMLElement>('.slides section:not(.stack)')];
  const handlers = new Map<string, Set<EventListener>>();
  const bindings = new Map<number, unknown>();
  let ready = false;
  const deck = {
    on: (type: string, fn: EventListener) => handlers.set(type, (handlers.get(type) ?? new Set()).add(fn)),
    off: (type: string, fn: EventListener) => handlers.get(type)?.delete(fn),
    addKeyBinding: (binding: { keyCode: number }, fn: unknown) => bindings.set(binding.keyCode, fn),
    removeKeyBinding: (keyCode: number) => bindings.delete(keyCode),
    getConfig: () => ({ slideNumber: 'c/t', width: 1280, height: 720 }),
    getSlides: () => slides,
    getCurrentSlide: () => slides[0],
    getIndices: (slide: HTMLElement) => ({ h: slides.indexOf(slide), v: 0 }),
    getSlidePath: () => slides[0]!.id,
    getRevealElement: () => document.querySelector('.reveal'),
    getSlidesElement: () => document.querySelector('.reveal .slides'),
    getViewportElement: () => document.querySelector('.reveal-viewport'),
    isReady: () => ready,
    isLastSlide: () => true,
    isOverview: () => false,
    configure: () => {},
    layout: () => {},
    slide: () => {},
    next: () => {},
    prev: () => {},
    toggleOverview: () => {},
    togglePause: () => {},
  } as unknown as RevealApi;
  const emit = (type: string) => {
    if (type === 'ready') ready = true;
    const event = Object.assign(new Event(type, { cancelable: true }), { indexh: 0, indexv: 0 });
    for (const fn of [...(handlers.get(type) ?? [])]) fn(event);
  };
  const handlerCount = () => [...handlers].flatMap(([type, fns]) => [...fns].map(() => `deck.on('${type}')`));
  return { deck, emit, handlerCount, bindings };
}

/** Counts what is added to the page's window, document and timers while it runs, and what is taken away. */
function instrument() {
  const undo: (() => void)[] = [];
  const replace = <T extends object, K extends keyof T>(owner: T, key: K, make: (original: T[K]) => T[K]) => {
    const original = owner[key];
    owner[key] = make(original);
    undo.push(() => (owner[key] = original));
  };
  // Listeners: wrapped where each kind of target has its methods (happy-dom's EventTarget is not
  // Node's global one, and its MediaQueryList has methods of its own).
  const listeners = new Map<string, { target: EventTarget; type: string }>();
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++lastId), lastId);
  const keyOf = (target: EventTarget, type: string, fn: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
    return `${idOf(target)} ${type} ${idOf(fn as object)} ${capture}`;
  };
  // happy-dom has no document.fonts: a stand-in to listen to.
  const fonts = Object.assign(new EventTarget(), { load: async () => [], forEach: () => {}, ready: Promise.resolve() });
  Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
  undo.push(() => delete (document as { fonts?: unknown }).fonts);
  // The object that holds a target's addEventListener (for the test's window, itself).
  const owner = (target: object): object => {
    let proto = target;
    while (!Object.prototype.hasOwnProperty.call(proto, 'addEventListener')) proto = Object.getPrototypeOf(proto) as object;
    return proto;
  };
  const samples = [window, document, document.body, fonts, window.matchMedia('(min-width: 1px)')];
  for (const proto of new Set(samples.map(owner)) as Set<EventTarget>) {
    replace(proto, 'addEventListener', (add) =>
      function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
        if (fn) listeners.set(keyOf(this, type, fn, options), { target: this, type });
        added++;
        return (add as (...args: unknown[]) => void).call(this, type, fn, options);
      } as typeof add);
    replace(proto, 'removeEventListener', (remove) =>
      function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
        listeners.delete(keyOf(this, type, fn, options));
        return (remove as (...args: unknown[]) => void).call(this, type, fn, options);
      } as typeof remove);
  }
  // MutationObservers observing.
  const observing = new Set<MutationObserver>();
  replace(globalThis, 'MutationObserver', (Original) =>
    class extends Original {
      override observe(target: Node, options?: MutationObserverInit): void {
        observing.add(this);
        added++;
        super.observe(target, options);
      }
      override disconnect(): void {
        observing.delete(this);
        super.disconnect();
      }
    });
  // Timers pending.
  const pending = new Set<unknown>();
  for (const [set, clear, repeats] of [['setTimeout', 'clearTimeout', false], ['setInterval', 'clearInterval', true]] as const) {
    replace(globalThis, set, (original) =>
      ((fn: () => void, ms?: number) => {
        const id: unknown = (original as (fn: () => void, ms?: number) => unknown)(() => {
          if (!repeats) pending.delete(id);
          fn();
        }, ms);
        pending.add(id);
        added++;
        return id;
      }) as typeof original);
    replace(globalThis, clear, (original) =>
      ((id: unknown) => {
        pending.delete(id);
        (original as (id: unknown) => void)(id);
      }) as typeof original);
  }
  // Elements on the page, and the classes of <html> and <body>.
  const elements = new Set(document.querySelectorAll('*'));
  const classes = () => `${document.documentElement.className}|${document.body.className}`;
  const classesBefore = classes();
  const name = (target: EventTarget) => (target === window ? 'window' : target === document ? 'document' : target === fonts ? 'document.fonts' : target.constructor.name);
  let added = 0;
  return {
    fonts,
    /** How many listeners, observers and timers were added: the check must have seen something. */
    added: () => added,
    /** Everything added since and still there: listeners on what stays in the page, observers, timers, elements. */
    leftBehind(): string[] {
      const stays = (target: EventTarget) => !(target instanceof Node) || target === document || target.isConnected;
      return [
        ...[...listeners.values()].filter(({ target }) => stays(target)).map(({ target, type }) => `listener '${type}' on ${name(target)}`),
        ...[...observing].map(() => 'a MutationObserver observing'),
        ...[...pending].map(() => 'a timer pending'),
        ...[...document.querySelectorAll('*')].filter((el) => !elements.has(el)).map((el) => `element <${el.tagName.toLowerCase()} class="${el.className}">`),
        ...(classes() === classesBefore ? [] : [`classes of <html>|<body>: ${classes()}`]),
      ];
    },
    restore: () => undo.reverse().forEach((step) => step()),
  };
}

/**
 * Starts the controllers as main.ts does (those needing the content on 'ready'), uses each once
 * (keys, slide changes, a reloaded talk with its speaker view gone), destroys them all, and says
 * what is left behind.
 */
function leftBehindBy(extra: (deck: RevealApi) => Controller[] = () => []): string[] {
  const { deck, emit, handlerCount, bindings } = fakeDeck();
  sessionStorage.clear();
  localStorage.clear();
  // A talk under way whose speaker view is gone: the launcher shows a notice (with its timer).
  keepForTalk('speakerViewOpen', '1');
  remember('readingNotes', 'on');
  const open = window.open;
  window.open = () => null;
  const page = instrument();
  try {
    const controllers: Controller[] = [new FollowedLink(), new ResizeEcho(), new SlideSizeController(deck), new ScrollViewDeepLink(deck, '#/cover'), new ScrollViewAddress(deck), new PaperController(deck), new LateFontLayout(deck), new PresentingMode(''), ...extra(deck)];
    for (const controller of controllers) controller.start();
    emit('ready');
    const content = new DeckContent(deck);
    const plan = new PacingPlan(content, '?rate=250');
    const later: Controller[] = [new ReloadPosition(deck), new FontWarmUp('Noto Serif SC'), new SearchController(deck, content), new ChineseChrome(deck), new HiddenSlideFocus(deck), new HelpOverlay(deck), plan];
    const speaker = new SpeakerLauncher(deck, content, plan);
    const preflight = new PreflightCheck(deck, content, plan, 'Noto Serif SC');
    later.push(new Present(deck, speaker, preflight), speaker, preflight, new Rehearsal(deck, content, plan), new ReadingNotes(deck, content));
    for (const controller of later) controller.start();
    controllers.push(...later);

    // Used once: slide changes (the address waits a second before writing again), keys, a search.
    emit('slidechanged');
    emit('slidechanged');
    page.fonts.dispatchEvent(new Event('loadingdone'));
    const key = (init: KeyboardEventInit) => document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    key({ key: '?' });
    key({ key: 'F', ctrlKey: true, shiftKey: true });
    const input = document.querySelector<HTMLInputElement>('.deck-search__input')!;
    input.value = content.slides[1]!.shown.slice(0, 2);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    key({ key: 'ArrowRight' });
    key({ key: 'F5' }); // every blank filled: presenting starts (no fullscreen here: a notice says so)
    key({ key: 'c' });
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.querySelectorAll('mark.deck-search__hit').length, 'the search marked its match').toBeGreaterThan(0);
    expect(document.querySelector('.reading-document'), 'the reading view shows its notes').not.toBeNull();
    expect(document.querySelector<HTMLElement>('.deck-rehearsal-report')?.hidden, 'the rehearsal reported').toBe(false);
    expect(bindings.size, 'S and C are bound through reveal.js').toBe(2);

    // window (print), document (keys), document.fonts, the media query, observers, the notice's and the address's timers…
    expect(page.added(), 'listeners, observers and timers were added').toBeGreaterThan(10);
    for (const controller of controllers.reverse()) controller.destroy();
    return [...page.leftBehind(), ...handlerCount(), ...[...bindings.keys()].map((code) => `key binding ${code}`)];
  } finally {
    page.restore();
    window.open = open;
  }
}

describe('every controller’s lifecycle', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('leaves nothing behind once destroyed: no listener, observer, timer, element, deck handler or key binding', () => {
    expect(leftBehindBy()).toEqual([]);
  });

  it('finds what a controller forgets to remove', () => {
    const forgetful = (deck: RevealApi): Controller => ({
      start() {
        document.addEventListener('keydown', () => {});
        window.addEventListener('afterprint', () => {});
        new MutationObserver(() => {}).observe(document.body, { childList: true });
        setTimeout(() => {}, 60_000);
        document.body.append(document.createElement('aside'));
        deck.on('slidechanged', () => {});
      },
      destroy() {},
    });
    expect(leftBehindBy((deck) => [forgetful(deck)])).toEqual([
      "listener 'keydown' on document",
      "listener 'afterprint' on window",
      'a MutationObserver observing',
      'a timer pending',
      'element <aside class="">',
      "deck.on('slidechanged')",
    ]);
  });
});
