import { type Controller, Teardown } from '../shared/controller.ts';

/** A controller with a panel that its key opens and closes. */
export interface PanelController extends Controller {
  toggle(): void;
}

/**
 * Stands in for a controller whose code the first slide does not need (search, help): it listens
 * for that controller's key, and on the first press loads its code, starts it and opens its panel.
 * From then on the controller answers its key itself. The audience's first load and start carry
 * none of its code; offline.html holds it inlined, but runs it only then.
 */
export class LoadOnKey implements Controller {
  private readonly teardown = new Teardown();
  private loaded: Controller | undefined;
  private destroyed = false;

  constructor(
    private readonly isKey: (event: KeyboardEvent) => boolean,
    private readonly load: () => Promise<PanelController>,
    /** Listen before reveal.js's own keys (help: reveal.js would read ? as its pause key). */
    private readonly capture = false,
  ) {}

  start(): void {
    this.teardown.on<KeyboardEvent>(
      document,
      'keydown',
      (event) => {
        if (!this.isKey(event)) return;
        event.preventDefault();
        if (this.capture) event.stopPropagation();
        this.teardown.dispose();
        void this.load().then((controller) => {
          if (this.destroyed) return;
          controller.start();
          controller.toggle();
          this.loaded = controller;
        });
      },
      this.capture,
    );
  }

  destroy(): void {
    this.destroyed = true;
    this.teardown.dispose();
    this.loaded?.destroy();
    this.loaded = undefined;
  }
}
