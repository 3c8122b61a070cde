import { OutlineError, type OutlineIssue } from './issues.ts';

/**
 * Checks the list of terms that must never break (slides/unbreakable-terms.ts): a list of
 * non-empty strings, each occurring in the speech (a term the speech lacks is a typo or a stale
 * entry, and would protect nothing), none listed twice.
 */
export function checkUnbreakableTerms(terms: unknown, speech: string): OutlineIssue[] {
  if (!Array.isArray(terms)) return [{ field: 'unbreakableTerms', message: 'must be a list of terms, e.g. [\'习近平\']' }];
  const issues: OutlineIssue[] = [];
  terms.forEach((term: unknown, i) => {
    const field = `unbreakableTerms[${i}]`;
    if (typeof term !== 'string' || term.trim() === '') {
      issues.push({ field, message: `must be a non-empty term; got ${JSON.stringify(term)}` });
    } else if (term !== term.trim()) {
      issues.push({ field, message: `"${term}" has white space at an end` });
    } else if (!speech.includes(term)) {
      issues.push({ field, message: `"${term}" does not occur in the speech (slides/speech.txt)` });
    } else if (terms.indexOf(term) !== i) {
      issues.push({ field, message: `"${term}" is listed twice` });
    }
  });
  return issues;
}

/** Throws an OutlineError naming `file` and each bad term. */
export function assertValidUnbreakableTerms(terms: unknown, speech: string, file: string): asserts terms is readonly string[] {
  const issues = checkUnbreakableTerms(terms, speech);
  if (issues.length > 0) throw new OutlineError(issues, file);
}
