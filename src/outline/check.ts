import { checkBlankCoverage, checkNotesFidelity, checkWording } from './fidelity.ts';
import { OutlineError, type OutlineIssue } from './issues.ts';
import type { Outline } from './types.ts';
import { validateOutline } from './validate.ts';

/** Every check on an outline, structural first; fidelity only once the structure is sound. */
export function checkOutline(outline: Outline, speech: string): OutlineIssue[] {
  const structural = validateOutline(outline);
  if (structural.length > 0) return structural;
  const notes = checkNotesFidelity(outline, speech);
  // Blank coverage compares positions: it can only speak once the notes match the speech.
  return [...checkWording(outline, speech), ...notes, ...(notes.length === 0 ? checkBlankCoverage(outline, speech) : [])];
}

/** Throws an OutlineError naming the file, slide and field of every problem. */
export function assertValidOutline(outline: Outline, speech: string, file: string): void {
  const issues = checkOutline(outline, speech);
  if (issues.length > 0) throw new OutlineError(issues, file);
}
