import { type Controller, Teardown } from '../shared/controller.ts';

/**
 * reveal.js announces a new scale with an event named `resize` that bubbles from its element up
 * to the window — where reveal.js's own listener for the window's `resize` takes it for the screen
 * changing and lays the whole deck out a second time, inside the first layout. On a phone that
 * echo was a quarter of the start's work (the scroll view built twice). Stopped at the document:
 * listeners on the deck (`deck.on('resize')`) still hear it; a real window resize never passes here.
 */
export class ResizeEcho implements Controller {
  private readonly teardown = new Teardown();

  start(): void {
    this.teardown.on(document, 'resize', (event) => event.stopPropagation());
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
