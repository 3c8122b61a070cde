/** What search compares: case folded (for Latin letters), every run of white space as one space. */
export function searchKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('zh-CN');
}

/**
 * The indices of the texts that contain the query, literally: `**`, `(`, `[` and `\` are
 * characters like any other. An empty query matches nothing.
 */
export function matchingIndices(query: string, texts: readonly string[]): number[] {
  const key = searchKey(query);
  if (key === '') return [];
  return texts.flatMap((text, i) => (searchKey(text).includes(key) ? [i] : []));
}
