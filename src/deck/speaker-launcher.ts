import type { RevealApi } from 'reveal.js';
import { strings } from '../strings.ts';
import { Notice } from './notice.ts';
import type { PacingPlan } from './pacing-plan.ts';

type SpeakerModule = typeof import('../presenter/speaker-view.ts');

/**
 * Opens the speaker view (讲稿视图) with S or the on-screen button. Its code loads only then,
 * so the audience's first load does not carry it. The talk's clock lives here, in the deck's
 * window, so closing and reopening the speaker view keeps the time.
 */
export class SpeakerLauncher {
  private module: SpeakerModule | undefined;
  private clock: InstanceType<SpeakerModule['TalkClock']> | undefined;
  private view: InstanceType<SpeakerModule['SpeakerView']> | undefined;
  private readonly notice: Notice;

  constructor(
    private readonly deck: RevealApi,
    private readonly plan: PacingPlan,
  ) {
    const root = deck.getRevealElement()!;
    this.notice = new Notice(root);
    deck.addKeyBinding({ keyCode: 83, key: 'S', description: strings.openSpeakerViewHint }, () => void this.open());
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'deck-speaker-button';
    button.textContent = strings.openSpeakerView;
    button.title = strings.openSpeakerViewHint;
    button.addEventListener('click', () => void this.open());
    root.append(button);
  }

  async open(): Promise<void> {
    // Opened at once, inside the key press or click: a popup opened after an await is blocked.
    const win = window.open('', 'deck-speaker-view', 'popup,width=1100,height=700');
    if (!win) {
      this.notice.show(strings.popupBlocked);
      return;
    }
    win.focus();
    if (this.view?.win === win && win.document.body.classList.contains('speaker')) return;
    this.module ??= await import('../presenter/speaker-view.ts');
    this.clock ??= new this.module.TalkClock(this.deck);
    this.view?.detach();
    this.view = new this.module.SpeakerView(win, this.deck, this.plan, this.clock);
  }
}
