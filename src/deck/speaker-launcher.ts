import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { keyCodeOf, keysFor } from '../shared/keys.ts';
import { strings } from '../strings.ts';
import type { DeckContent } from '../shared/deck-content.ts';
import { type Notice, sharedNotice } from './notice.ts';
import type { PacingPlan } from '../shared/pacing-plan.ts';
import { keepForTalk, keptForTalk } from '../shared/storage.ts';
import { addToolbarButton, toolbarButton } from './toolbar.ts';

/** Where a window goes on the screen, for window.open (src/deck/screens.ts areaOf). */
export interface WindowArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

type SpeakerModule = typeof import('../presenter/speaker-view.ts');

/** The speaker view's window name: window.open with it finds the window again, even from a reloaded deck. */
const WINDOW_NAME = 'deck-speaker-view';
const WINDOW_FEATURES = 'popup,width=1100,height=700';
/** Kept for the talk while a speaker view is open, so a reloaded deck looks for it. */
const OPEN_KEY = 'speakerViewOpen';

/**
 * Opens the speaker view (讲稿视图) with S or the on-screen button. Its code loads only then,
 * so the audience's first load does not carry it. The talk's clock lives in the deck's window
 * and, for this tab, in sessionStorage, so closing and reopening the speaker view, or reloading
 * the deck, keeps the time. A deck reloaded (F5) while the speaker view is open finds that window
 * by its name and drives it again; where the browser refuses (no key press yet), it asks for S.
 */
export class SpeakerLauncher implements Controller {
  private readonly teardown = new Teardown();
  private module: SpeakerModule | undefined;
  private clock: InstanceType<SpeakerModule['TalkClock']> | undefined;
  private view: InstanceType<SpeakerModule['SpeakerView']> | undefined;
  private notice: Notice | undefined;

  constructor(
    private readonly deck: RevealApi,
    private readonly content: DeckContent,
    private readonly plan: PacingPlan,
  ) {}

  start(): void {
    const root = this.deck.getRevealElement()!;
    const { notice, release } = sharedNotice(root);
    this.notice = notice;
    this.teardown.later(release);
    for (const key of keysFor('speakerView')) {
      this.teardown.keyBinding(this.deck, keyCodeOf(key), key.toUpperCase(), strings.openSpeakerViewHint, () => void this.open());
    }
    addToolbarButton(root, this.teardown, toolbarButton('deck-speaker-button', strings.openSpeakerView, strings.openSpeakerViewHint, () => void this.open(), this.teardown));
    // The speaker view's window stays open; it only stops being driven from here.
    this.teardown.later(() => {
      this.view?.detach();
      this.view = undefined;
      this.notice = undefined;
    });
    if (keptForTalk(OPEN_KEY)) this.reattach();
  }

  destroy(): void {
    this.teardown.dispose();
  }

  /**
   * Opens the speaker view, or brings it forward; in `area` when given (the laptop's screen, when
   * presenting on two: src/deck/present.ts). Returns whether a window is there.
   */
  async open(area?: WindowArea): Promise<boolean> {
    // Opened at once, inside the key press or click: a popup opened after an await is blocked.
    const features = area ? `popup,left=${area.left},top=${area.top},width=${area.width},height=${area.height}` : WINDOW_FEATURES;
    const win = window.open('', WINDOW_NAME, features);
    if (!win) {
      this.notice?.show(strings.popupBlocked);
      return false;
    }
    if (area) {
      // A window already open keeps its place when found by name: move it there.
      win.moveTo(area.left, area.top);
      win.resizeTo(area.width, area.height);
    }
    win.focus();
    if (this.view?.win === win && win.document.body.classList.contains('speaker')) return true;
    await this.attach(win);
    return true;
  }

  /**
   * After a reload: the speaker view left open is still there, its page drawn but driven by the
   * deck's old, dead page. Found by name it is drawn anew and driven from here; a window that
   * was not there (closed meanwhile) is closed again at once, so a reload never leaves a new one.
   */
  private reattach(): void {
    let win: Window | null = null;
    try {
      win = window.open('', WINDOW_NAME, WINDOW_FEATURES);
    } catch {
      win = null;
    }
    if (!win) {
      this.notice?.show(strings.speakerViewLost);
      return;
    }
    if (!win.document.body?.classList.contains('speaker')) {
      win.close();
      keepForTalk(OPEN_KEY, null);
      return;
    }
    void this.attach(win);
  }

  private async attach(win: Window): Promise<void> {
    this.module ??= await import('../presenter/speaker-view.ts');
    this.clock ??= new this.module.TalkClock(this.deck);
    if (!this.notice) return; // destroyed while the speaker view's code loaded
    this.view?.detach();
    const view = new this.module.SpeakerView(win, this.deck, this.content, this.plan, this.clock);
    this.view = view;
    keepForTalk(OPEN_KEY, '1');
    // Closed by the presenter: a later reload has nothing to look for.
    this.teardown.on(win, 'pagehide', () => {
      if (this.view === view) keepForTalk(OPEN_KEY, null);
    });
  }
}
