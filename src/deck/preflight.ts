import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import type { DeckContent } from '../shared/deck-content.ts';
import { keyCodeOf, keysFor } from '../shared/keys.ts';
import type { PacingPlan } from '../shared/pacing-plan.ts';
import { strings } from '../strings.ts';
import { browserVersion, floorText } from './browser-version.ts';
import { dialogPanel } from './dialog.ts';
import type { BlankGuard } from './present.ts';
import { markOf, preflightRows, type PreflightFacts } from './preflight-rows.ts';
import { detectScreens } from './screens.ts';
import { addToolbarButton, toolbarButton } from './toolbar.ts';

/** The window the popup test opens and closes at once: not the speaker view's. */
const POPUP_TEST_NAME = 'deck-popup-test';

/**
 * 开场前检查 (C, or its button): one panel of ✓/✗ items for the operator before the meeting —
 * open blanks by name and page, the web font, popups, the screens and which is which,
 * fullscreen, file or server, the plan, the browser. It opens by itself when presenting starts
 * with a blank still open (`stopsForBlanks`), so nobody meets one at the podium by surprise.
 */
export class PreflightCheck implements Controller, BlankGuard {
  private readonly teardown = new Teardown();
  private panel: HTMLElement | undefined;
  private body: HTMLElement | undefined;
  private goOn: HTMLButtonElement | undefined;
  private blanksSeen = false;

  constructor(
    private readonly deck: RevealApi,
    private readonly content: DeckContent,
    private readonly plan: PacingPlan,
    private readonly family: string,
  ) {}

  start(): void {
    const root = this.deck.getRevealElement()!;
    const { panel, heading, close } = dialogPanel('deck-preflight', strings.preflight, () => this.hide());
    const body = document.createElement('div');
    body.className = 'deck-preflight__body';
    const goOn = document.createElement('button');
    goOn.type = 'button';
    goOn.className = 'deck-help__close deck-preflight__go-on';
    goOn.textContent = strings.preflightGoOn;
    goOn.hidden = true;
    panel.append(heading, body, goOn, close);
    [this.panel, this.body, this.goOn] = [panel, body, goOn];
    this.teardown.append(root, panel);
    for (const key of keysFor('preflight')) {
      this.teardown.keyBinding(this.deck, keyCodeOf(key), key.toUpperCase(), strings.preflightHint, () => void this.show(true));
    }
    addToolbarButton(root, this.teardown, toolbarButton('deck-preflight-button', strings.preflight, strings.preflightHint, () => void this.show(true), this.teardown));
    this.teardown.on<KeyboardEvent>(
      document,
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || panel.hidden) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        this.hide();
      },
      true,
    );
  }

  destroy(): void {
    this.teardown.dispose();
    this.panel = this.body = this.goOn = undefined;
  }

  stopsForBlanks(onGoOn: () => void): boolean {
    if (this.blanksSeen || this.openBlanks().length === 0) {
      this.hide(); // presenting goes on: the check leaves the screen
      return false;
    }
    this.blanksSeen = true;
    void this.show(false, onGoOn);
    return true;
  }

  /**
   * Shows the panel with fresh findings. `testPopup`: open and close a small window to see whether
   * popups are allowed — only from a key press or click, and not when presenting is about to
   * start (the window would use up the key press that fullscreen needs).
   */
  async show(testPopup: boolean, onGoOn?: () => void): Promise<void> {
    const { panel, body, goOn } = this;
    if (!panel || !body || !goOn) return;
    const popup = testPopup ? this.testPopup() : 'unknown';
    goOn.hidden = !onGoOn;
    goOn.onclick = onGoOn
      ? () => {
          this.hide();
          onGoOn();
        }
      : null;
    panel.hidden = false;
    const facts = await this.facts(popup);
    if (!this.body) return; // destroyed meanwhile
    // Stopped on the way to presenting: why, above the items.
    const stopped = onGoOn ? [Object.assign(document.createElement('p'), { className: 'deck-preflight__stopped', textContent: strings.preflightStopped })] : [];
    body.replaceChildren(...stopped, this.table(facts));
    // Focus on what the operator does next: go on, or close (the items scroll in their own box).
    (onGoOn ? goOn : panel.querySelector<HTMLElement>('.deck-help__close:last-child'))?.focus({ preventScroll: true });
  }

  hide(): void {
    if (this.panel) this.panel.hidden = true;
  }

  private openBlanks(): PreflightFacts['openBlanks'] {
    return Object.entries(this.content.fillIns)
      .filter(([, fillIn]) => fillIn.open)
      .map(([id, fillIn]) => ({
        description: fillIn.description,
        pages: this.content.slides.filter((slide) => slide.fillIns.includes(id)).map((slide) => slide.index + 1),
      }));
  }

  private testPopup(): PreflightFacts['popup'] {
    const win = window.open('about:blank', POPUP_TEST_NAME, 'popup,width=160,height=90,left=0,top=0');
    if (!win) return 'blocked';
    win.close();
    return 'allowed';
  }

  private async facts(popup: PreflightFacts['popup']): Promise<PreflightFacts> {
    // The fonts' state once their loads settle (at most 3 s: a missing font never settles well).
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([document.fonts.ready, new Promise((done) => (timer = setTimeout(done, 3000)))]);
    clearTimeout(timer);
    const faces: FontFace[] = [];
    document.fonts.forEach((face) => {
      if (face.family.replace(/["']/g, '') === this.family) faces.push(face);
    });
    return {
      openBlanks: this.openBlanks(),
      fonts: faces.length > 0 && faces.every((face) => face.status === 'loaded') ? 'loaded' : 'missing',
      popup,
      screens: await detectScreens(),
      fullscreenEnabled: document.fullscreenEnabled,
      location: { protocol: location.protocol, host: location.host, pathname: location.pathname },
      plan: { totalSeconds: this.plan.totalSeconds, rate: this.plan.rate },
      browser: browserVersion(navigator.userAgent),
      floor: floorText(),
    };
  }

  private table(facts: PreflightFacts): HTMLTableElement {
    const table = document.createElement('table');
    table.className = 'deck-help__keys deck-preflight__items';
    const head = table.createTHead().insertRow();
    for (const label of [strings.preflightItem, strings.preflightResult, strings.preflightDetail]) head.append(Object.assign(document.createElement('th'), { textContent: label }));
    const rows = table.createTBody();
    for (const { item, state, detail } of preflightRows(facts)) {
      const row = rows.insertRow();
      row.className = `deck-preflight__row deck-preflight__row--${state}`;
      row.insertCell().textContent = item;
      const cell = row.insertCell();
      cell.className = 'deck-preflight__mark';
      cell.textContent = markOf(state);
      row.insertCell().textContent = detail;
    }
    return table;
  }
}
