import { BLANK_RUN, replaceTokens, tokensIn } from './fill-ins.ts';
import type { OutlineIssue } from './issues.ts';
import type { Outline } from './types.ts';
import { deckOrder, notesOf, visibleTexts } from './walk.ts';

/** Text with the whitespace around line breaks removed, remembering where each character came from. */
interface Normalised {
  text: string;
  /** origin[i] is the index in the original string of text[i]. */
  origin: number[];
}

/** Paragraph breaks (and whitespace around them) do not count when notes are compared to the speech. */
export function normaliseParagraphs(raw: string): Normalised {
  const drop = new Array<boolean>(raw.length).fill(false);
  for (const match of raw.matchAll(/\s*\n\s*|^\s+|\s+$/g)) {
    for (let i = match.index; i < match.index + match[0].length; i++) drop[i] = true;
  }
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (drop[i]) continue;
    text += raw[i];
    origin.push(i);
  }
  return { text, origin };
}

/** Outline text as the source writes it: each `{id}` back to its asterisks. */
export function withSourceBlanks(outline: Outline, text: string): string {
  return replaceTokens(text, (id) => outline.fillIns[id]?.blank ?? `{${id}}`);
}

function lineAndColumn(raw: string, index: number): string {
  const before = raw.slice(0, index).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

const excerpt = (text: string, at: number) => JSON.stringify(text.slice(at, at + 12) || '(end)');

/**
 * The notes, concatenated in deck order, must reproduce the speech exactly (paragraph breaks
 * aside). Returns one issue naming the first differing position and the slide, or none.
 */
export function checkNotesFidelity(outline: Outline, speech: string): OutlineIssue[] {
  const expected = normaliseParagraphs(speech);
  let actual = '';
  const owners: { slide: string; start: number }[] = [];
  for (const slide of deckOrder(outline)) {
    const notes = notesOf(slide);
    if (typeof notes !== 'string') continue;
    owners.push({ slide: slide.id, start: actual.length });
    actual += normaliseParagraphs(withSourceBlanks(outline, notes)).text;
  }
  let at = 0;
  while (at < expected.text.length && at < actual.length && expected.text[at] === actual[at]) at++;
  if (at === expected.text.length && at === actual.length) return [];

  const owner = [...owners].reverse().find((o) => o.start <= at) ?? { slide: '(none)', start: 0 };
  const where =
    at < expected.text.length
      ? `speech ${lineAndColumn(speech, expected.origin[at]!)}`
      : 'after the end of the speech';
  return [
    {
      slide: owner.slide,
      field: 'notes',
      message:
        `the notes differ from the speech at character ${at + 1} (${where}, character ${at - owner.start + 1} of this slide's notes): ` +
        `the speech has ${excerpt(expected.text, at)}, the notes have ${excerpt(actual, at)}`,
    },
  ];
}

/** Characters of the source's anonymised blanks (*, **, ***, *.*, **.**). */
const BLANK_CHAR = /^[*.]$/;

/**
 * Whether the speech contains `text` at a place where it does not cut an anonymised blank in
 * half: "美丽新*" is in "美丽新**" but shows a different blank, so it is no quotation.
 */
export function quotesVerbatim(text: string, speech: string): boolean {
  for (let at = speech.indexOf(text); at !== -1; at = speech.indexOf(text, at + 1)) {
    const cutsStart = BLANK_CHAR.test(text[0] ?? '') && BLANK_CHAR.test(speech[at - 1] ?? '');
    const cutsEnd = BLANK_CHAR.test(text[text.length - 1] ?? '') && BLANK_CHAR.test(speech[at + text.length] ?? '');
    if (!cutsStart && !cutsEnd) return true;
  }
  return false;
}

/** The longest start of `text` that the speech contains, to show where a misquote begins. */
function quotedPrefix(text: string, speech: string): string {
  let length = 0;
  while (length < text.length && speech.includes(text.slice(0, length + 1))) length++;
  return text.slice(0, length);
}

/**
 * Every visible text must be a verbatim substring of the speech (提法 are exact), except the
 * outline's short list of structural labels. Returns one issue per offending text.
 */
export function checkWording(outline: Outline, speech: string): OutlineIssue[] {
  const labels = new Set(outline.structuralLabels);
  const issues: OutlineIssue[] = [];
  for (const slide of deckOrder(outline)) {
    for (const { field, text } of visibleTexts(slide)) {
      if (typeof text !== 'string' || text.trim() === '') continue; // reported by the validator
      // A fill-in stands for the blank it replaces: the quotation is checked with the source's asterisks.
      const quoted = withSourceBlanks(outline, text);
      if (labels.has(quoted) || quotesVerbatim(quoted, speech)) continue;
      const prefix = quotedPrefix(quoted, speech);
      const why = speech.includes(quoted)
        ? ' (it cuts an anonymised blank such as ** in half: quote the whole blank)'
        : prefix
          ? ` (it departs from the speech after ${JSON.stringify(prefix)})`
          : '';
      issues.push({ slide: slide.id, field, message: `${JSON.stringify(text)} is not quoted verbatim from the speech${why}` });
    }
  }
  return issues;
}

/**
 * Every run of asterisks in the speech is exactly one fill-in occurrence of the notes, in order,
 * and every occurrence stands on such a run. Meaningful once the notes reproduce the speech.
 * Names the speech's line and column of each uncovered run and each stray occurrence.
 */
export function checkBlankCoverage(outline: Outline, speech: string): OutlineIssue[] {
  const expected = normaliseParagraphs(speech);
  const occurrences: { id: string; slide: string; start: number; end: number }[] = [];
  const slideStarts: { slide: string; start: number }[] = [];
  let offset = 0;
  for (const slide of deckOrder(outline)) {
    const notes = notesOf(slide);
    if (typeof notes !== 'string') continue;
    slideStarts.push({ slide: slide.id, start: offset });
    // Tokens are found in the notes with paragraph breaks removed, as the speech is compared.
    const flat = normaliseParagraphs(notes).text;
    let shift = 0;
    for (const token of tokensIn(flat)) {
      const blank = outline.fillIns[token.id]?.blank ?? '';
      const start = offset + token.index + shift;
      occurrences.push({ id: token.id, slide: slide.id, start, end: start + blank.length });
      shift += blank.length - token.length;
    }
    offset += flat.length + shift;
  }
  const runs = [...expected.text.matchAll(BLANK_RUN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const where = (at: number) => (at < expected.text.length ? lineAndColumn(speech, expected.origin[at]!) : 'after the end of the speech');
  const slideAt = (at: number) => [...slideStarts].reverse().find((s) => s.start <= at)?.slide ?? '(none)';
  const issues: OutlineIssue[] = [];
  for (const run of runs) {
    if (occurrences.some((o) => o.start === run.start && o.end === run.end)) continue;
    issues.push({ slide: slideAt(run.start), field: 'notes', message: `the speech's blank "${run.text}" at ${where(run.start)} is not written as one fill-in` });
  }
  for (const o of occurrences) {
    if (runs.some((run) => run.start === o.start && run.end === o.end)) continue;
    issues.push({ slide: o.slide, field: 'notes', message: `{${o.id}} matches no blank of the speech (it stands at ${where(o.start)})` });
  }
  return issues;
}
