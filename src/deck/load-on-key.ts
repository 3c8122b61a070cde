import { type Controller, Teardown } from '../shared/controller.ts';
import { addToolbarButton, toolbarButton } from './toolbar.ts';

/** The on-screen button that does what the key does: its label and hint (which names the key). */
export interface PanelButton {
  className: string;
  label: string;
  hint: string;
}

/** A controller with a panel that its key opens and closes. */
export interface PanelController extends Controller {
  toggle(): void;
}

/**
 * Stands in for a controller whose code the first slide does not need (search, help): it listens
 * for that controller's key, and on the first press loads its code, starts it and opens its panel.
 * From then on the controller answers its key itself. Its on-screen button, if it has one, stays
 * and opens or closes the panel. The audience's first load and start carry none of its code;
 * offline.html holds it inlined, but runs it only then.
 */
export class LoadOnKey implements Controller {
  private readonly teardown = new Teardown();
  /** The key's listener: it goes once the controller answers its key itself. */
  private readonly keyListener = new Teardown();
  private loaded: PanelController | undefined;
  private loading = false;
  private destroyed = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly isKey: (event: KeyboardEvent) => boolean,
    private readonly load: () => Promise<PanelController>,
    private readonly button?: PanelButton,
    /** Listen before reveal.js's own keys (help: reveal.js would read ? as its pause key). */
    private readonly capture = false,
  ) {}

  start(): void {
    this.keyListener.on<KeyboardEvent>(
      document,
      'keydown',
      (event) => {
        if (!this.isKey(event)) return;
        event.preventDefault();
        if (this.capture) event.stopPropagation();
        this.toggle();
      },
      this.capture,
    );
    if (this.button) {
      const { className, label, hint } = this.button;
      addToolbarButton(this.root, this.teardown, toolbarButton(className, label, hint, () => this.toggle(), this.teardown));
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.keyListener.dispose();
    this.teardown.dispose();
    this.loaded?.destroy();
    this.loaded = undefined;
  }

  /** Opens or closes the panel, loading its code the first time. */
  toggle(): void {
    if (this.loaded) return this.loaded.toggle();
    if (this.loading) return;
    this.loading = true;
    this.keyListener.dispose();
    void this.load().then((controller) => {
      if (this.destroyed) return;
      controller.start();
      controller.toggle();
      this.loaded = controller;
    });
  }
}
