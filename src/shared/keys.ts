import { strings } from '../strings.ts';

type DeckRow = (typeof strings.keys)[number];
type SpeakerRow = (typeof strings.speakerKeys)[number];
type ActionsOf<Row> = Row extends { keys: infer K } ? K[keyof K] : never;

/** What a key does on the deck (strings.keys, the one table of keys). */
export type DeckAction = ActionsOf<DeckRow>;
/** What a key does in the speaker view alone (strings.speakerKeys). */
export type SpeakerAction = ActionsOf<SpeakerRow>;

/** The key table's rows for the help: keys as shown, and what they do. */
export const keyHelpRows: readonly (readonly [string, string])[] = strings.keys.map((row) => [row.shown, row.label]);

/** A key press as the table writes it: `event.key`, or `Ctrl+Shift+F` for a chord with Ctrl or ⌘ (and Alt, Shift). */
export function strokeOf(event: KeyboardEvent): string {
  const chord = event.ctrlKey || event.metaKey;
  if (!chord && !event.altKey) return event.key;
  return `${chord ? 'Ctrl+' : ''}${event.altKey ? 'Alt+' : ''}${event.shiftKey ? 'Shift+' : ''}${event.key.length === 1 ? event.key.toUpperCase() : event.key}`;
}

function entries<A extends string>(rows: readonly { keys: Readonly<Record<string, A>> }[]): [string, A][] {
  return rows.flatMap((row) => Object.entries(row.keys) as [string, A][]);
}

/** Every key (as strokeOf writes it) that does this action on the deck. */
export function keysFor(action: DeckAction): string[] {
  return entries<DeckAction>(strings.keys).filter(([, a]) => a === action).map(([key]) => key);
}

/** The keys the speaker view handles: the deck's for these actions, and its own. */
export function speakerKeyActions<A extends DeckAction>(deckActions: readonly A[]): Map<string, A | SpeakerAction> {
  const deck = entries<DeckAction>(strings.keys).filter((entry): entry is [string, A] => (deckActions as readonly string[]).includes(entry[1]));
  return new Map<string, A | SpeakerAction>([...deck, ...entries<SpeakerAction>(strings.speakerKeys)]);
}

/** The keyCode reveal.js's addKeyBinding wants for a letter key of the table. */
export function keyCodeOf(key: string): number {
  if (!/^[a-z]$/i.test(key)) throw new Error(`no key code for "${key}": reveal.js binds letters here`);
  return key.toUpperCase().charCodeAt(0);
}

/** Ctrl+Shift+F (⌘ on a Mac): the search box. */
export function isSearchKey(event: KeyboardEvent): boolean {
  return keysFor('search').includes(strokeOf(event));
}

/** ?: the keys' help. By the key alone, whatever is held with it (the browser sends ? with Shift), and not while typing. */
export function isHelpKey(event: KeyboardEvent): boolean {
  return keysFor('help').includes(event.key) && !isTyping(event.target);
}

/** Whether a key press goes into a text field (then it is text, not a command). */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
