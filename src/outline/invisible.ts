/**
 * Characters that show nothing yet change what a reader gets: control characters (XML, and so
 * the PowerPoint file, forbids most of them), bidirectional controls that reorder the text
 * around them, zero-width characters, line separators that HTML shows as nothing. The speech
 * has none; outline text and fill-in values that hold one are refused, naming it and where it is.
 * Tab and newline are not among them: notes use newline between paragraphs.
 */
const KINDS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'a control character', pattern: /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/ },
  { kind: 'a bidirectional control, which reorders the text around it', pattern: /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/ },
  { kind: 'a zero-width character', pattern: /[\u200b-\u200d\u2060\ufeff]/ },
  { kind: 'a line or paragraph separator', pattern: /[\u2028\u2029]/ },
  { kind: 'a noncharacter or half of a surrogate pair', pattern: /[\ufff9-\ufffb\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/ },
];

/** Any of them, for a quick test. */
export const INVISIBLE_CHAR = new RegExp(KINDS.map(({ pattern }) => pattern.source).join('|'));

/** The first invisible character of `text`, described for an author, or undefined. */
export function invisibleCharIn(text: string): string | undefined {
  const match = INVISIBLE_CHAR.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const { kind } = KINDS.find(({ pattern }) => pattern.test(char))!;
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  // Notes run over lines: count from the start of the character's own line.
  const lines = text.slice(0, match.index).split('\n');
  const line = lines.length > 1 ? `line ${lines.length}, ` : '';
  return `has an invisible character, ${code} (${kind}), at ${line}character ${[...lines[lines.length - 1]!].length + 1}: delete it`;
}

/** Text quoted for a message, each invisible character written as its \u escape, so the message reads as it is. */
export function quoted(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.replace(new RegExp(INVISIBLE_CHAR.source, 'g'), (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
