import { checkFillIns } from './fill-in-checks.ts';
import { invisibleCharIn } from './invisible.ts';
import type { OutlineIssue } from './issues.ts';
import type { Outline, Slide } from './types.ts';
import { deckOrder, notesOf, visibleTexts } from './walk.ts';

const SLIDE_KINDS = new Set(['cover', 'opening', 'overview', 'pillar', 'measure', 'closing']);
/** Ids become `#/<id>` deep links: keep them readable and URL-safe. */
const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** A language tag for <html lang> and the PowerPoint file, such as zh-CN. */
const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * Checks what the type system cannot: empty text, malformed or duplicate ids, stacks
 * without slides, slides without notes, fill-ins undeclared, unused or shown as asterisks.
 * Returns every issue found (empty when valid).
 */
export function validateOutline(outline: Outline): OutlineIssue[] {
  const issues: OutlineIssue[] = [];
  if (typeof outline.lang !== 'string' || !LANG_PATTERN.test(outline.lang)) {
    issues.push({ field: 'lang', message: `${JSON.stringify(outline.lang)} is not a language tag such as zh-CN` });
  }
  if (!Array.isArray(outline.slides) || outline.slides.length === 0) {
    return [...issues, { field: 'slides', message: 'the outline has no slides' }];
  }
  // Every other check reads slides as objects: an entry that is none stops here, named by its place.
  const notSlides = entriesThatAreNoSlides(outline);
  if (notSlides.length > 0) return [...issues, ...notSlides];
  outline.slides.forEach((slide, i) => {
    if (slide.kind === 'pillar' && (!Array.isArray(slide.measures) || slide.measures.length === 0)) {
      issues.push({ slide: nameOf(slide, `slides[${i}]`), field: 'measures', message: 'the stack has no slides below its head' });
    }
  });
  const seen = new Map<string, number>();
  deckOrder(outline).forEach((slide, position) => {
    const name = nameOf(slide, `deck position ${position + 1}`);
    if (!SLIDE_KINDS.has(slide.kind)) {
      issues.push({ slide: name, field: 'kind', message: `unknown slide kind "${String(slide.kind)}"` });
      return;
    }
    issues.push(...checkId(slide, name, seen));
    issues.push(...checkTexts(slide, name));
    issues.push(...checkNotes(slide, name));
  });
  // Fill-ins are counted across slides: only a sound deck gives a meaningful count.
  return issues.length > 0 ? issues : checkFillIns(outline);
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

function entriesThatAreNoSlides(outline: Outline): OutlineIssue[] {
  const notASlide = (field: string, value: unknown): OutlineIssue[] =>
    isObject(value) ? [] : [{ field, message: `${JSON.stringify(value) ?? String(value)} is not a slide: write { kind, id, … }` }];
  return outline.slides.flatMap((slide, i) => [
    ...notASlide(`slides[${i}]`, slide),
    ...(isObject(slide) && slide.kind === 'pillar' && Array.isArray(slide.measures)
      ? slide.measures.flatMap((measure, j) => notASlide(`slides[${i}].measures[${j}]`, measure))
      : []),
  ]);
}

function nameOf(slide: { id?: unknown }, place: string): string {
  return typeof slide.id === 'string' && slide.id.trim() !== '' ? slide.id : place;
}

function checkId(slide: Slide, name: string, seen: Map<string, number>): OutlineIssue[] {
  if (typeof slide.id !== 'string' || slide.id.trim() === '') {
    return [{ slide: name, field: 'id', message: 'the slide has no id' }];
  }
  const issues: OutlineIssue[] = [];
  if (!ID_PATTERN.test(slide.id)) {
    issues.push({ slide: name, field: 'id', message: `id "${slide.id}" must be lowercase letters, digits and single dashes` });
  }
  const count = (seen.get(slide.id) ?? 0) + 1;
  seen.set(slide.id, count);
  if (count === 2) {
    issues.push({ slide: name, field: 'id', message: `id "${slide.id}" is used by more than one slide` });
  }
  return issues;
}

function checkTexts(slide: Slide, name: string): OutlineIssue[] {
  const issues: OutlineIssue[] = [];
  if (slide.kind === 'measure' && (!Array.isArray(slide.points) || slide.points.length === 0)) {
    issues.push({ slide: name, field: 'points', message: 'the measure lists no key phrases' });
  }
  const noQuotation = slide.kind === 'pillar' && !isObject(slide.quotation);
  if (noQuotation) issues.push({ slide: name, field: 'quotation', message: 'the pillar has no quotation' });
  if (slide.kind === 'opening' && !Array.isArray(slide.statements)) {
    issues.push({ slide: name, field: 'statements', message: 'statements must be a list' });
  }
  for (const { field, text } of visibleTexts(slide)) {
    if (noQuotation && field.startsWith('quotation.')) continue; // one fault, one message
    if (typeof text !== 'string' || text.trim() === '') {
      issues.push({ slide: name, field, message: 'text is empty' });
    } else {
      const invisible = invisibleCharIn(text);
      if (invisible) issues.push({ slide: name, field, message: `text ${invisible}` });
    }
  }
  return issues;
}

function checkNotes(slide: Slide, name: string): OutlineIssue[] {
  if (slide.kind === 'overview') return [];
  const notes = notesOf(slide);
  if (typeof notes !== 'string' || notes.trim() === '') {
    return [{ slide: name, field: 'notes', message: 'notes are missing: every speech slide carries its sentences of the speech' }];
  }
  const invisible = invisibleCharIn(notes);
  return invisible ? [{ slide: name, field: 'notes', message: `notes ${invisible}` }] : [];
}
