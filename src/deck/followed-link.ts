import { type Controller, Teardown } from '../shared/controller.ts';

/**
 * Keeps a #/<id> link followed just after a move. reveal.js writes the address of the slide it
 * moved to up to a second late (its replaceState runs at most once a second), and a write that
 * lands between a link's new address and the hashchange that follows puts the old address back
 * before reveal.js reads it: the link would be lost. Started before reveal.js listens, this puts
 * the followed address (the event's newURL) back first, so reveal.js reads the link.
 */
export class FollowedLink implements Controller {
  private readonly teardown = new Teardown();

  start(): void {
    this.teardown.on<HashChangeEvent>(window, 'hashchange', (event) => {
      const followed = new URL(event.newURL);
      const here = window.location;
      if (followed.pathname !== here.pathname || followed.search !== here.search || followed.hash === here.hash) return;
      window.history.replaceState(window.history.state, '', followed.hash);
    });
  }

  destroy(): void {
    this.teardown.dispose();
  }
}
