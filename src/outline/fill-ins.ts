/**
 * Fill-ins: the speech came anonymised, its names and numbers replaced by runs of asterisks
 * (`**`, `***`, `*.*`, `**.**`). Each run is an occurrence of a named, typed fill-in that the
 * outline declares; outline text writes it as `{id}`. The presenter may give values in
 * slides/fill-ins.ts; a fill-in without one renders as a deliberate gap, never as asterisks.
 */

import { INVISIBLE_CHAR } from './invisible.ts';

/** What a fill-in holds, which decides how its value is checked. */
export type FillInKind = 'name' | 'count' | 'amount' | 'month' | 'decimal' | 'text';

export interface FillInDeclaration {
  kind: FillInKind;
  /** What belongs there, in Chinese, for the presenter and for the gap's accessible label. */
  description: string;
  /** The source's asterisks exactly, e.g. `**` or `*.*`: what the notes map back to. */
  blank: string;
  /** Why several runs of the source are this one fill-in (required when it occurs more than once). */
  sameBecause?: string;
}

export type FillInDeclarations = Readonly<Record<string, FillInDeclaration>>;

/**
 * The presenter's values, keyed by fill-in id; every value optional. Typed against the
 * declarations so an editor flags an unknown id (the build does too).
 */
export type FillInValues<D extends FillInDeclarations = FillInDeclarations> = {
  readonly [K in keyof D]?: string | number | undefined;
};

/** A fill-in as every output sees it: its declaration, and its checked value when it has one. */
export interface ResolvedFillIn extends FillInDeclaration {
  id: string;
  /** The value as shown (numbers as the presenter wrote them); absent while the blank is open. */
  value?: string;
}

/** A piece of outline text: plain words, or a fill-in. */
export type TextPart = { text: string } | { fillIn: ResolvedFillIn };

/** Fill-in ids are ASCII names, as in `{city}`. */
export const FILL_IN_ID = /^[a-z][a-zA-Z0-9]*$/;
/** The anonymisation's shapes: *, **, ***, *.*, **.** and the like. */
export const BLANK_SHAPE = /^\*+(?:\.\*+)?$/;
/** Any run of asterisks in the speech, with a decimal point when the source has one. */
export const BLANK_RUN = /\*+(?:\.\*+)?/g;
/** A fill-in reference in outline text. */
export const FILL_IN_TOKEN = /\{([^{}]*)\}/g;

export const FILL_IN_KINDS: readonly FillInKind[] = ['name', 'count', 'amount', 'month', 'decimal', 'text'];

/** One `{id}` in outline text, where it stands. */
export interface TokenMatch {
  id: string;
  index: number;
  length: number;
}

export function tokensIn(text: string): TokenMatch[] {
  return [...text.matchAll(FILL_IN_TOKEN)].map((m) => ({ id: m[1]!, index: m.index, length: m[0].length }));
}

/**
 * Splits outline text into words and fill-ins. `fillIns` must hold every id the text names
 * (the validator guarantees it); an unknown one is a programming error.
 */
export function splitText(text: string, fillIns: ReadonlyMap<string, ResolvedFillIn>): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const token of tokensIn(text)) {
    if (token.index > at) parts.push({ text: text.slice(at, token.index) });
    const fillIn = fillIns.get(token.id);
    if (!fillIn) throw new Error(`unknown fill-in {${token.id}}`);
    parts.push({ fillIn });
    at = token.index + token.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** Outline text with each `{id}` replaced: by the source's asterisks, a value, or a gap. */
export function replaceTokens(text: string, replace: (id: string) => string): string {
  // A function replacement: `$&` and the like in a value stay literal.
  return text.replace(FILL_IN_TOKEN, (_whole, id: string) => replace(id));
}

/**
 * The gap an open blank shows: ideographic spaces (underlined by the renderer), roughly as
 * wide as the source's asterisks, never narrower than two characters so it reads as deliberate.
 * U+3000 is not collapsed by HTML, so the gap keeps its width in any window that shows the markup.
 */
export function gapText(blank: string): string {
  return '\u3000'.repeat(blank.length <= 2 ? 2 : Math.ceil(blank.length / 2) + 1);
}

/** How a fill-in reads in plain text: its value, or the gap. */
export function shownText(fillIn: ResolvedFillIn): string {
  return fillIn.value ?? gapText(fillIn.blank);
}

/** Plain text of parts, each fill-in as `fillInText` says (by default as shown). */
export function partsText(parts: readonly TextPart[], fillInText: (f: ResolvedFillIn) => string = shownText): string {
  return parts.map((part) => ('text' in part ? part.text : fillInText(part.fillIn))).join('');
}

// ---- Values ------------------------------------------------------------------------------

/** Characters that would be markup or line breaks (newline, tab) or show nothing: a value is shown text, nothing else. */
const UNSAFE_CHARS = new RegExp(`[<>{}*\\t\\n]|${INVISIBLE_CHAR.source}`);
const MAX_LENGTH: Record<'name' | 'text', number> = { name: 20, text: 40 };

/** The number of decimal places the source's blank shows (`**.**` → 2, `***` → 0). */
const decimalPlaces = (blank: string) => (blank.includes('.') ? blank.length - blank.indexOf('.') - 1 : 0);

function numberShape(blank: string): { pattern: RegExp; expected: string } {
  const places = decimalPlaces(blank);
  if (places === 0) return { pattern: /^(?:0|[1-9]\d*)$/, expected: `a whole number written in digits, like the source's ${blank} (e.g. 12)` };
  const example = `${'3'.repeat(Math.max(1, blank.indexOf('.')))}.${'5'.repeat(places)}`;
  return {
    pattern: new RegExp(`^(?:0|[1-9]\\d*)\\.\\d{${places}}$`),
    expected: `a number with exactly ${places} decimal place${places > 1 ? 's' : ''}, like the source's ${blank} (e.g. ${example}; write it as a string to keep trailing zeros)`,
  };
}

/**
 * Checks one value against its fill-in's kind. Returns the text to show, or what was expected.
 * Numbers may be given as numbers or strings; the text shown is exactly the digits written.
 */
export function checkValue(declaration: FillInDeclaration, raw: unknown): { value: string } | { expected: string } {
  const { kind, blank } = declaration;
  const text = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : typeof raw === 'string' ? raw : undefined;
  switch (kind) {
    case 'name':
    case 'text': {
      const expected = `non-empty text of at most ${MAX_LENGTH[kind]} characters, on one line, without markup, braces, asterisks or invisible characters`;
      if (typeof raw !== 'string' || raw.trim() === '' || raw !== raw.trim()) return { expected };
      if (UNSAFE_CHARS.test(raw) || [...raw].length > MAX_LENGTH[kind]) return { expected };
      return { value: raw };
    }
    case 'month': {
      const expected = 'a month from 1 to 12, written in digits';
      if (text === undefined || !/^\d{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 12) return { expected };
      return { value: String(Number(text)) };
    }
    case 'count':
    case 'amount':
    case 'decimal': {
      const shape = kind === 'count' ? numberShape(blank.replace('.', '')) : numberShape(blank);
      if (text === undefined || !shape.pattern.test(text)) return { expected: shape.expected };
      return { value: text };
    }
  }
}
