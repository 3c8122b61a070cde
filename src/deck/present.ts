import type { RevealApi } from 'reveal.js';
import { type Controller, Teardown } from '../shared/controller.ts';
import { keysFor, strokeOf } from '../shared/keys.ts';
import { strings } from '../strings.ts';
import { dialogPanel } from './dialog.ts';
import { type Notice, sharedNotice } from './notice.ts';
import { allowScreens, areaOf, detectScreens, type KnownScreens, type ScreenDetailed } from './screens.ts';
import type { SpeakerLauncher } from './speaker-launcher.ts';
import { addToolbarButton, toolbarButton } from './toolbar.ts';

/** What the pre-flight check offers presenting (src/deck/preflight.ts): it stops a show that would meet an open blank. */
export interface BlankGuard {
  /** Opens the check and returns true when a blank is still open and the presenter has not yet seen it; else closes it. */
  stopsForBlanks(onGoOn: () => void): boolean;
}

/** requestFullscreen with the screen to fill (Window Management API; not yet in TypeScript's DOM types). */
type FullscreenOnScreen = (options?: FullscreenOptions & { screen?: ScreenDetailed }) => Promise<void>;

/**
 * Starts the show as PowerPoint and WPS do, with F5 (or Shift+F5, which a clicker's start key may
 * send) or the 开始放映 button: with two screens, the slides fill the projector and the speaker
 * view opens on the laptop's screen; with one screen, or where the browser cannot tell, the
 * slides fill the screen they are on and a notice says in Chinese what to do next. F5 never
 * reloads the deck; pressed while presenting, it does nothing. Esc leaves fullscreen and keeps
 * the slide (reveal.js would open its overview).
 */
export class Present implements Controller {
  private readonly teardown = new Teardown();
  private notice: Notice | undefined;
  private dialog: HTMLElement | undefined;

  constructor(
    private readonly deck: RevealApi,
    private readonly speaker: SpeakerLauncher,
    private readonly blanks?: BlankGuard,
  ) {}

  start(): void {
    const root = this.deck.getRevealElement()!;
    const { notice, release } = sharedNotice(root);
    this.notice = notice;
    this.teardown.later(release);
    // On window, capturing: before reveal.js's keys and whatever else listens on the document.
    this.teardown.on<KeyboardEvent>(window, 'keydown', (event) => this.onKey(event), true);
    addToolbarButton(root, this.teardown, toolbarButton('deck-present-button', strings.present, strings.presentHint, () => void this.present(), this.teardown));
  }

  destroy(): void {
    this.teardown.dispose();
    this.notice = undefined;
  }

  private onKey(event: KeyboardEvent): void {
    if (keysFor('present').includes(strokeOf(event))) {
      // Never the browser's reload; while presenting, nothing at all.
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!document.fullscreenElement) void this.present();
    } else if (event.key === 'Escape' && document.fullscreenElement) {
      event.preventDefault();
      event.stopImmediatePropagation();
      void document.exitFullscreen();
    }
  }

  /** Starts presenting: on two screens where the room and the browser allow it, else here. */
  async present(): Promise<void> {
    if (document.fullscreenElement) return;
    if (this.blanks?.stopsForBlanks(() => void this.present())) return;
    this.closeDialog();
    const screens = await detectScreens();
    if (screens.kind === 'ask') return this.askForScreens();
    await this.presentOn(screens);
  }

  private async presentOn(screens: KnownScreens): Promise<void> {
    if (screens.kind === 'two') {
      // Fullscreen first, then the speaker view: with the permission, one key press may do both.
      const filled = await this.fullscreen(screens.projector);
      if (!filled) return this.notice?.show(strings.presentAgain);
      await this.speaker.open(areaOf(screens.laptop));
      return;
    }
    if (!(await this.fullscreen())) return;
    const explain = { one: strings.presentOneScreen, refused: strings.presentRefused, 'no-api': strings.presentNoApi } as const;
    this.notice?.show(explain[screens.kind], 20_000);
  }

  /** The slides fill `screen` (or the one they are on); false when the browser refused. */
  private async fullscreen(screen?: ScreenDetailed): Promise<boolean> {
    if (!document.fullscreenEnabled) {
      this.notice?.show(strings.presentNoFullscreen);
      return false;
    }
    const request = document.documentElement.requestFullscreen.bind(document.documentElement) as FullscreenOnScreen;
    try {
      await request(screen ? { screen, navigationUI: 'hide' } : { navigationUI: 'hide' });
      return true;
    } catch {
      // On two screens the caller explains (a second press will do); here, say how to go fullscreen.
      if (!screen) this.notice?.show(strings.presentNoFullscreen);
      return false;
    }
  }

  /** Once: why the deck wants both screens, before the browser asks. */
  private askForScreens(): void {
    const { panel, heading, close } = dialogPanel('deck-present-ask', strings.screensPermissionTitle, () => this.closeDialog());
    const body = document.createElement('p');
    body.className = 'deck-present-ask__body';
    body.textContent = strings.screensPermissionBody;
    const allow = document.createElement('button');
    allow.type = 'button';
    allow.className = 'deck-help__close deck-present-ask__allow';
    allow.textContent = strings.screensPermissionAllow;
    allow.addEventListener('click', () => {
      this.closeDialog();
      void allowScreens().then((screens) => this.presentOn(screens));
    });
    const here = document.createElement('button');
    here.type = 'button';
    here.className = 'deck-help__close';
    here.textContent = strings.screensPermissionOneScreen;
    here.addEventListener('click', () => {
      this.closeDialog();
      void this.presentOn({ kind: 'one' });
    });
    close.remove();
    panel.append(heading, body, allow, here);
    panel.hidden = false;
    this.dialog = panel;
    this.teardown.append(this.deck.getRevealElement()!, panel);
    allow.focus();
  }

  private closeDialog(): void {
    this.dialog?.remove();
    this.dialog = undefined;
  }
}
