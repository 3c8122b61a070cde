import type { RevealApi } from 'reveal.js';
import type { DeckContent } from '../shared/deck-content.ts';
import type { PacingPlan } from '../shared/pacing-plan.ts';
import { speakerKeyActions, strokeOf } from '../shared/keys.ts';
import { remember, remembered } from '../shared/storage.ts';
import { strings } from '../strings.ts';
import { formatClock, formatDuration, paceOnSlide } from '../shared/clock.ts';
import { CueScript } from './cue-script.ts';
import { SlidePreview } from '../shared/slide-preview.ts';
import type { TalkClock } from './talk-clock.ts';
import speakerCss from './speaker-view.css?inline';
import { withAbsoluteUrls } from '../shared/absolute-urls.ts';

// Loaded with the speaker view: the talk's clock starts when the view is first opened.
export { TalkClock } from './talk-clock.ts';

/**
 * The notes' size. Automatic by default: the largest, between `fitMin` and `fitMax`, at which the
 * current slide's notes fill the panel without scrolling (the speaker reads from a distance);
 * A−/A+ set a size of their own, remembered, until 0 or the 自动 button makes it automatic again.
 * The cue script, a long text that scrolls anyway, takes `cue` when automatic.
 */
const FONT_SIZES = { min: 18, max: 72, step: 4, fitMin: 28, fitMax: 72, cue: 32 } as const;
/** What the deck does that the speaker view shows. */
const DECK_EVENTS = ['slidechanged', 'overviewshown', 'overviewhidden', 'paused', 'resumed'];
/** The keys the speaker view answers (strings.keys, the deck's, for these actions; and its own, strings.speakerKeys). */
const KEYS = speakerKeyActions(['next', 'prev', 'first', 'last', 'overview', 'pause']);

/** Builds an element in the speaker window's document. */
/**
 * A copy of one of the deck's stylesheets for the speaker view's window, its URLs made absolute.
 * The window is about:blank: current engines resolve its relative URLs against the deck's
 * address, Chromium 86 (many meeting-room browsers) against about:blank, where they name nothing
 * and the view is left unstyled. A <base> would do it, but the deck's CSP (base-uri 'none') forbids it.
 */
function copyWithAbsoluteUrls(sheet: Element): Node {
  const copy = sheet.cloneNode(true) as Element;
  if (copy instanceof HTMLLinkElement) copy.href = (sheet as HTMLLinkElement).href;
  else copy.textContent = withAbsoluteUrls(sheet.textContent ?? '', document.baseURI);
  return copy;
}

/** The most characters between two break opportunities (<wbr>) in the paragraphs of `root`. */
function longestUnbreakable(root: Element): number {
  let longest = 0;
  for (const paragraph of root.querySelectorAll('p')) {
    let run = 0;
    const walker = paragraph.ownerDocument.createTreeWalker(paragraph, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeName === 'WBR') run = 0;
      else if (node.nodeType === 3) longest = Math.max(longest, (run += [...(node.textContent ?? '')].length));
    }
  }
  return longest;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * 讲稿视图: a second window for the presenter's laptop screen, written by the deck's own code
 * (no messages between windows: it calls the deck's API directly, and the deck accepts no
 * messages from any window). Current and next slide, the notes large in Noto Serif SC, the
 * position, clock, elapsed and remaining time, the pace on this slide, and the cue script.
 */
export class SpeakerView {
  private readonly doc: Document;
  private readonly current: SlidePreview;
  private readonly upcoming: SlidePreview;
  private readonly notes: HTMLElement;
  private readonly cueScript: CueScript;
  private readonly position = { count: {} as HTMLElement, part: {} as HTMLElement };
  private readonly times: Record<'clock' | 'elapsed' | 'remaining' | 'pace' | 'planned', HTMLElement>;
  private readonly cueToggle: HTMLButtonElement;
  /** Set by A−/A+; undefined: automatic. */
  private fontSize: number | undefined;
  private readonly text: HTMLElement;
  private readonly ticker: number;
  private readonly onDeckChange = () => this.update();

  constructor(
    readonly win: Window,
    private readonly deck: RevealApi,
    private readonly content: DeckContent,
    private readonly plan: PacingPlan,
    private readonly clock: TalkClock,
  ) {
    this.doc = win.document;
    this.fontSize = Number(remembered('speakerFontSize')) || undefined;
    this.writeHead();
    const body = this.doc.body;
    body.className = 'speaker';
    body.replaceChildren();

    const bar = el(this.doc, 'header', 'speaker__bar');
    const where = el(this.doc, 'div', 'speaker__position');
    this.position.count = el(this.doc, 'strong', 'speaker__count');
    this.position.part = el(this.doc, 'span', 'speaker__part');
    where.append(this.position.count, this.position.part);
    const timeList = el(this.doc, 'dl', 'speaker__times');
    const time = (label: string, className: string) => {
      const item = el(this.doc, 'div', `speaker__time ${className}`);
      const value = el(this.doc, 'dd', 'speaker__time-value');
      item.append(el(this.doc, 'dt', 'speaker__time-label', label), value);
      timeList.append(item);
      return value;
    };
    this.times = {
      clock: time(strings.clock, 'speaker__time--clock'),
      elapsed: time(strings.elapsed, 'speaker__time--elapsed'),
      remaining: time(strings.remaining, 'speaker__time--remaining'),
      pace: time(strings.pace, 'speaker__time--pace'),
      planned: el(this.doc, 'p', 'speaker__planned'),
    };
    const tools = el(this.doc, 'div', 'speaker__tools');
    const button = (label: string, className: string, action: () => void, title?: string) => {
      const b = el(this.doc, 'button', `speaker__button ${className}`, label);
      b.type = 'button';
      if (title) b.title = title;
      b.addEventListener('click', action);
      tools.append(b);
      return b;
    };
    button(`‹ ${strings.previous}`, 'speaker__prev', () => deck.prev());
    button(`${strings.next} ›`, 'speaker__next', () => deck.next());
    this.cueToggle = button(strings.cueScript, 'speaker__cue-toggle', () => this.toggleCueScript());
    this.cueToggle.setAttribute('aria-pressed', 'false');
    button('A−', 'speaker__smaller', () => this.changeFontSize(-FONT_SIZES.step), strings.smaller).setAttribute('aria-label', strings.smaller);
    button('A+', 'speaker__larger', () => this.changeFontSize(FONT_SIZES.step), strings.larger).setAttribute('aria-label', strings.larger);
    button(strings.autoSize, 'speaker__auto-size', () => this.automaticFontSize(), strings.autoSizeHint);
    button(strings.resetTimer, 'speaker__reset', () => {
      clock.reset();
      this.tick();
    });
    bar.append(where, timeList, tools);

    const main = el(this.doc, 'main', 'speaker__main');
    const slides = el(this.doc, 'section', 'speaker__slides');
    const preview = (label: string, className: string) => {
      const figure = el(this.doc, 'figure', `speaker__preview ${className}`);
      const box = el(this.doc, 'div', 'speaker__preview-box');
      figure.append(el(this.doc, 'figcaption', 'speaker__preview-label', label), box);
      slides.append(figure);
      return new SlidePreview(box);
    };
    this.current = preview(strings.current, 'speaker__preview--current');
    this.upcoming = preview(strings.next, 'speaker__preview--next');
    slides.append(this.times.planned);
    const text = el(this.doc, 'section', 'speaker__text');
    this.text = text;
    text.setAttribute('aria-label', strings.notes);
    // A scrolling region takes focus (Tab), so a keyboard reaches it. The scroll keys still turn slides (onKey).
    text.tabIndex = 0;
    this.notes = el(this.doc, 'div', 'speaker__notes');
    this.cueScript = new CueScript(this.doc, deck, content);
    text.append(this.notes, this.cueScript.element);
    main.append(slides, text);
    body.append(bar, main);

    this.applyFontSize();
    this.cueScript.element.hidden = remembered('speakerMode') !== 'cue';
    this.notes.hidden = !this.cueScript.element.hidden;
    this.cueToggle.setAttribute('aria-pressed', String(!this.cueScript.element.hidden));

    this.doc.addEventListener('keydown', (event) => this.onKey(event));
    win.addEventListener('resize', () => {
      this.current.fit();
      this.upcoming.fit();
      this.applyFontSize();
    });
    for (const type of DECK_EVENTS) deck.on(type, this.onDeckChange);
    win.addEventListener('pagehide', () => this.detach());
    this.ticker = win.setInterval(() => this.tick(), 1000);
    this.update();
  }

  /** Stops listening to the deck once the window is gone. */
  detach(): void {
    for (const type of DECK_EVENTS) this.deck.off(type, this.onDeckChange);
    this.win.clearInterval(this.ticker);
  }

  private writeHead(): void {
    const { doc } = this;
    doc.documentElement.lang = 'zh-CN';
    const charset = doc.createElement('meta');
    charset.setAttribute('charset', 'utf-8');
    doc.head.replaceChildren(charset);
    doc.title = strings.speakerViewTitle(document.title);
    // The deck's own stylesheets (theme and fonts) draw the previews and set the notes' type.
    for (const sheet of document.querySelectorAll('link[rel="stylesheet"], style')) doc.head.append(copyWithAbsoluteUrls(sheet));
    const own = doc.createElement('style');
    own.textContent = speakerCss;
    doc.head.append(own);
  }

  private onKey(event: KeyboardEvent): void {
    // A chord (Ctrl, ⌘ or Alt held) is written `Ctrl+…` (strokeOf), which no key of the speaker view is.
    const action = KEYS.get(strokeOf(event));
    if (!action || (event.target as Element | null)?.closest?.('button') && event.key === ' ') return;
    event.preventDefault();
    this.actions[action]();
  }

  private readonly actions: Record<NonNullable<ReturnType<typeof KEYS.get>>, () => void> = {
    next: () => this.deck.next(),
    prev: () => this.deck.prev(),
    first: () => this.deck.slide(0, 0),
    last: () => this.deck.slide(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    overview: () => this.deck.toggleOverview(),
    pause: () => this.deck.togglePause(),
    larger: () => this.changeFontSize(FONT_SIZES.step),
    smaller: () => this.changeFontSize(-FONT_SIZES.step),
    autoSize: () => this.automaticFontSize(),
    cueScript: () => this.toggleCueScript(),
  };

  private changeFontSize(delta: number): void {
    const from = this.fontSize ?? this.shownFontSize();
    this.fontSize = Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, from + delta));
    remember('speakerFontSize', String(this.fontSize));
    this.applyFontSize();
  }

  private automaticFontSize(): void {
    this.fontSize = undefined;
    remember('speakerFontSize', '');
    this.applyFontSize();
  }

  private shownFontSize(): number {
    return parseFloat(this.doc.documentElement.style.getPropertyValue('--speaker-text-size')) || FONT_SIZES.cue;
  }

  private setFontSize(px: number): void {
    this.doc.documentElement.style.setProperty('--speaker-text-size', `${px}px`);
  }

  /**
   * The chosen size, or the automatic one: for the notes, the largest that fits the panel. Never
   * so large that the longest stretch between two break opportunities (a <wbr> of the notes: a
   * word, or a term such as 习近平新时代中国特色社会主义思想) is wider than a line, first-line
   * indent included: then a word would have to break.
   */
  private applyFontSize(): void {
    const shown = this.notes.hidden ? this.cueScript.element : this.notes;
    const style = this.win.getComputedStyle(this.text);
    const lineWidth = this.text.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const widest = Math.floor(lineWidth / (longestUnbreakable(shown) + 2)) || FONT_SIZES.max;
    const largest = Math.max(FONT_SIZES.min, Math.min(FONT_SIZES.max, widest));
    if (this.fontSize !== undefined) return this.setFontSize(Math.min(this.fontSize, largest));
    if (this.notes.hidden) return this.setFontSize(Math.min(FONT_SIZES.cue, largest));
    const fits = (px: number) => {
      this.setFontSize(px);
      return this.text.scrollHeight <= this.text.clientHeight + 1;
    };
    let low: number = Math.min(FONT_SIZES.fitMin, largest);
    let high: number = Math.min(FONT_SIZES.fitMax, largest);
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(middle)) low = middle;
      else high = middle - 1;
    }
    this.setFontSize(low);
  }

  private toggleCueScript(): void {
    const showCue = this.cueScript.element.hidden;
    this.cueScript.element.hidden = !showCue;
    this.notes.hidden = showCue;
    this.cueToggle.setAttribute('aria-pressed', String(showCue));
    remember('speakerMode', showCue ? 'cue' : 'notes');
    this.update();
  }

  /** Redraws what depends on the deck's current slide. */
  update(): void {
    const { slides } = this.content;
    const currentSlide = this.deck.getCurrentSlide();
    const slide = this.content.of(currentSlide);
    const index = slide?.index ?? -1;
    this.current.show(currentSlide);
    this.upcoming.show(slides[index + 1]?.section);
    this.position.count.textContent = strings.position(index + 1, slides.length);
    this.position.part.textContent = this.deck.isOverview() ? strings.overview : (slide?.pillar ?? '');
    const notes = slide?.notes ?? [];
    this.notes.replaceChildren(...notes.map((paragraph) => this.doc.importNode(paragraph, true)));
    if (!slide || slide.notesText.trim() === '') this.notes.append(el(this.doc, 'p', 'speaker__no-notes', strings.noNotes));
    this.applyFontSize();
    this.cueScript.highlight(currentSlide);
    this.tick();
  }

  /** The times, once a second. */
  private tick(): void {
    const elapsed = this.clock.elapsed();
    this.times.clock.textContent = formatClock(new Date());
    this.times.elapsed.textContent = formatDuration(elapsed);
    const remaining = this.plan.totalSeconds - elapsed;
    this.times.remaining.textContent = `${remaining < 0 ? '−' : ''}${formatDuration(remaining)}`;
    this.times.remaining.parentElement!.classList.toggle('is-over', remaining < 0);
    const slide = this.deck.getCurrentSlide();
    const planned = this.plan.of(slide);
    if (!planned) return;
    const pace = paceOnSlide(elapsed, this.clock.arrivedAt(slide), planned.startsAt, planned.startsAt + planned.seconds);
    this.times.pace.textContent =
      pace.state === 'on-plan' ? strings.onPlan : pace.state === 'ahead' ? strings.ahead(formatDuration(pace.seconds)) : strings.behind(formatDuration(pace.seconds));
    this.times.pace.parentElement!.dataset.pace = pace.state;
    this.times.planned.textContent = strings.planned(formatDuration(planned.seconds), this.plan.rate);
  }
}
