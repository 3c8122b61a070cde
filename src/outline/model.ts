import { fillInPlaces, type FillInPlace } from './fill-in-checks.ts';
import { checkValue, partsText, splitText, type FillInValues, type ResolvedFillIn, type TextPart } from './fill-ins.ts';
import { quoted } from './invisible.ts';
import { OutlineError, type OutlineIssue } from './issues.ts';
import type { Outline, Slide } from './types.ts';
import { notesOf } from './walk.ts';

/**
 * The deck model: the validated outline, the speech, and each fill-in with its checked value.
 * Every output (page, fonts, speaker view, PDFs, PowerPoint) reads this one model.
 */
export interface DeckModel {
  outline: Outline;
  speech: string;
  fillIns: ReadonlyMap<string, ResolvedFillIn>;
  /** Terms a line break must never split (slides/unbreakable-terms.ts, checked against the speech). */
  unbreakableTerms: readonly string[];
}

/** Checks the presenter's values against the declarations: every bad value and unknown id, each once. */
export function checkValues(outline: Outline, values: FillInValues): OutlineIssue[] {
  const issues: OutlineIssue[] = [];
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return [{ field: 'values', message: 'must map fill-in ids to values, e.g. { city: "…" }' }];
  }
  for (const [id, raw] of Object.entries(values)) {
    const declaration = Object.hasOwn(outline.fillIns, id) ? outline.fillIns[id] : undefined;
    if (!declaration) {
      issues.push({ field: id, message: `no fill-in "${id}" is declared (known: ${Object.keys(outline.fillIns).join(', ')})` });
      continue;
    }
    if (raw === undefined) continue;
    const checked = checkValue(declaration, raw);
    if ('expected' in checked) {
      issues.push({ field: id, message: `${declaration.description}: expected ${checked.expected}; got ${quoted(raw)}` });
    }
  }
  return issues;
}

/** Builds the model from a validated outline, values and terms; throws an OutlineError naming `valuesFile`. */
export function deckModel(
  outline: Outline,
  speech: string,
  values: FillInValues,
  valuesFile: string,
  unbreakableTerms: readonly string[] = [],
): DeckModel {
  const issues = checkValues(outline, values);
  if (issues.length > 0) throw new OutlineError(issues, valuesFile);
  const fillIns = new Map<string, ResolvedFillIn>();
  for (const [id, declaration] of Object.entries(outline.fillIns)) {
    const checked = values[id] === undefined ? undefined : checkValue(declaration, values[id]);
    fillIns.set(id, { ...declaration, id, ...(checked && 'value' in checked ? { value: checked.value } : {}) });
  }
  return { outline, speech, fillIns, unbreakableTerms };
}

/** Outline text as words and fill-ins, for a renderer. */
export function textParts(model: DeckModel, text: string): TextPart[] {
  return splitText(text, model.fillIns);
}

/** A slide's notes as plain text, fill-ins as shown (values or gaps); empty for a slide without notes. */
export function slideNotesShown(model: DeckModel, slide: Slide): string {
  return partsText(textParts(model, notesOf(slide) ?? ''));
}

/** The fill-ins still without a value, each with the places that show it. */
export function openFillIns(model: DeckModel): { fillIn: ResolvedFillIn; places: FillInPlace[] }[] {
  const places = fillInPlaces(model.outline);
  return [...model.fillIns.values()]
    .filter((fillIn) => fillIn.value === undefined)
    .map((fillIn) => ({ fillIn, places: places.filter((p) => p.id === fillIn.id) }));
}
