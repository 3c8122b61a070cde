import {
  BLANK_SHAPE,
  FILL_IN_ID,
  FILL_IN_KINDS,
  FILL_IN_TOKEN,
  tokensIn,
  type FillInDeclaration,
} from './fill-ins.ts';
import { invisibleCharIn } from './invisible.ts';
import type { OutlineIssue } from './issues.ts';
import type { Outline } from './types.ts';
import { deckOrder, notesOf, visibleTexts } from './walk.ts';

/** Where a fill-in is used: the slide and field, for messages and the build's list of open blanks. */
export interface FillInPlace {
  id: string;
  slide: string;
  field: string;
}

/** Every text of the outline that may hold fill-ins: visible fields, then notes, in deck order. */
export function outlineTexts(outline: Outline): { slide: string; field: string; text: string }[] {
  return deckOrder(outline).flatMap((slide) => {
    const notes = notesOf(slide);
    const fields = [...visibleTexts(slide), ...(notes === undefined ? [] : [{ field: 'notes', text: notes }])];
    return fields.filter((f) => typeof f.text === 'string').map((f) => ({ slide: slide.id, ...f }));
  });
}

/** Every `{id}` of the outline, in deck order. */
export function fillInPlaces(outline: Outline): FillInPlace[] {
  return outlineTexts(outline).flatMap(({ slide, field, text }) => tokensIn(text).map(({ id }) => ({ id, slide, field })));
}

function checkDeclaration(id: string, declaration: FillInDeclaration, uses: number): OutlineIssue[] {
  const issue = (field: string, message: string): OutlineIssue => ({ field: `fillIns.${id}${field}`, message });
  const issues: OutlineIssue[] = [];
  if (!FILL_IN_ID.test(id)) issues.push(issue('', `fill-in id "${id}" must be ASCII letters and digits, starting with a lowercase letter`));
  if (typeof declaration !== 'object' || declaration === null) return [...issues, issue('', 'must be { kind, description, blank }')];
  if (!FILL_IN_KINDS.includes(declaration.kind)) {
    issues.push(issue('.kind', `unknown kind "${String(declaration.kind)}" (one of ${FILL_IN_KINDS.join(', ')})`));
  }
  if (typeof declaration.description !== 'string' || declaration.description.trim() === '') {
    issues.push(issue('.description', 'say in Chinese what belongs in the blank'));
  } else if (/[*<>{}]/.test(declaration.description)) {
    // The description is read on hover and by screen readers: no asterisks, markup or braces.
    issues.push(issue('.description', 'must not show asterisks, markup or braces: it is read where the blank stands'));
  } else {
    const invisible = invisibleCharIn(declaration.description);
    if (invisible) issues.push(issue('.description', `${invisible}: it is read where the blank stands`));
  }
  if (typeof declaration.blank !== 'string' || !BLANK_SHAPE.test(declaration.blank)) {
    issues.push(issue('.blank', `"${String(declaration.blank)}" is not the source's asterisks (*, **, *.*, …)`));
  }
  if (uses === 0) issues.push(issue('', 'is declared but no notes use it: each fill-in stands for a blank of the speech'));
  if (uses > 1 && (typeof declaration.sameBecause !== 'string' || declaration.sameBecause.trim() === '')) {
    issues.push(issue('.sameBecause', `occurs ${uses} times: say why these blanks are one fill-in`));
  }
  return issues;
}

/**
 * Fill-ins as data: each declaration well-formed and used, every `{id}` declared, and no text
 * showing raw asterisks or stray braces (a blank is always a fill-in).
 */
export function checkFillIns(outline: Outline): OutlineIssue[] {
  const declarations = outline.fillIns;
  if (typeof declarations !== 'object' || declarations === null || Array.isArray(declarations)) {
    return [{ field: 'fillIns', message: 'fillIns must map each fill-in id to { kind, description, blank }' }];
  }
  const places = fillInPlaces(outline);
  const issues = Object.entries(declarations).flatMap(([id, declaration]) =>
    // The notes are the speech: there each use is one blank of the source.
    checkDeclaration(id, declaration, places.filter((p) => p.id === id && p.field === 'notes').length),
  );
  for (const { slide, field, text } of outlineTexts(outline)) {
    for (const { id } of tokensIn(text)) {
      if (!Object.hasOwn(declarations, id)) issues.push({ slide, field, message: `{${id}} names no fill-in declared in fillIns` });
    }
    const rest = text.replace(FILL_IN_TOKEN, '');
    if (rest.includes('*')) {
      issues.push({ slide, field, message: 'shows raw asterisks: write the blank as a fill-in, {id}, declared in fillIns' });
    }
    if (/[{}]/.test(rest)) issues.push({ slide, field, message: 'has a brace that is not part of a {fill-in}' });
  }
  return issues;
}
