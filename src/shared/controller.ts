import type { RevealApi } from 'reveal.js';

/**
 * One lifecycle for every browser controller, as reveal.js's own (js/controllers/*.js): the
 * constructor only stores what it is given (the deck API, and where needed the deck's content);
 * `start()` adds its listeners, observers, timers and elements; `destroy()` removes every one.
 */
export interface Controller {
  start(): void;
  destroy(): void;
}

/**
 * What a controller added, so `destroy()` can take it all away again: listeners on any target,
 * the deck's events and key bindings, observers, timers, elements. Undone last-added first.
 */
export class Teardown {
  private undo: (() => void)[] = [];

  /** addEventListener, removed again on dispose. */
  on<E extends Event = Event>(target: EventTarget, type: string, listener: (event: E) => void, options?: boolean | AddEventListenerOptions): void {
    const fn = listener as EventListener;
    target.addEventListener(type, fn, options);
    const capture = typeof options === 'boolean' ? options : (options?.capture ?? false);
    this.undo.push(() => target.removeEventListener(type, fn, capture));
  }

  /** deck.on, deck.off again on dispose. */
  onDeck(deck: RevealApi, type: string, listener: (event: Event) => void): void {
    deck.on(type, listener as EventListener);
    this.undo.push(() => deck.off(type, listener as EventListener));
  }

  /** A key bound through reveal.js's keyboard (help is off, so the description only documents it). */
  keyBinding(deck: RevealApi, keyCode: number, key: string, description: string, callback: (event: KeyboardEvent) => void): void {
    deck.addKeyBinding({ keyCode, key, description }, callback);
    this.undo.push(() => deck.removeKeyBinding(keyCode));
  }

  /** A MutationObserver, disconnected on dispose. */
  observer(callback: MutationCallback): MutationObserver {
    const observer = new MutationObserver(callback);
    this.undo.push(() => observer.disconnect());
    return observer;
  }

  /** Appends elements to a parent; removed on dispose. */
  append(parent: ParentNode, ...elements: Element[]): void {
    parent.append(...elements);
    this.undo.push(() => {
      for (const element of elements) element.remove();
    });
  }

  /** Anything else to undo on dispose. */
  later(undo: () => void): void {
    this.undo.push(undo);
  }

  dispose(): void {
    const undo = this.undo.reverse();
    this.undo = [];
    for (const step of undo) step();
  }
}
