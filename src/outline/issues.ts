/** A problem found in the content, located by slide id and field so an author can find it. */
export interface OutlineIssue {
  /** The slide's id, or where it stands (e.g. `slides[3]`) when it has no usable id; absent for what belongs to no slide. */
  slide?: string;
  /** The field path within that slide, e.g. `points[2]` or `quotation.text`. */
  field: string;
  message: string;
}

export function formatIssue(issue: OutlineIssue, file: string): string {
  const slide = issue.slide === undefined ? '' : ` › slide "${issue.slide}"`;
  return `${file}${slide} › ${issue.field}: ${issue.message}`;
}

/** Thrown by the build when the outline or the fill-in values fail validation; its message lists every issue. */
export class OutlineError extends Error {
  readonly issues: readonly OutlineIssue[];

  constructor(issues: readonly OutlineIssue[], file: string) {
    const lines = issues.map((issue) => `  - ${formatIssue(issue, file)}`);
    super(`${file} has ${issues.length} problem(s):\n${lines.join('\n')}`);
    this.name = 'OutlineError';
    this.issues = issues;
  }
}
