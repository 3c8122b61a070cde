/**
 * Every string of our own that a person reads or hears, in Chinese: the one home for UI text.
 * (Slide text comes from slides/; this is the deck's own voice.)
 */
export const strings = {
  /** The accessible name of a blank the presenter has not filled. */
  openBlank: (description: string) => `待填写：${description}`,
  searchPlaceholder: '搜索幻灯片和讲稿',
  searchLabel: '搜索',
  searchNoMatch: (query: string) => `未找到“${query}”`,
  searchMatch: (index: number, total: number) => `第 ${index} 处，共 ${total} 处`,
  /** What each PDF of `npm run pdf` is, in its metadata (the title is the speech's). */
  pdfSubject: {
    slides: '幻灯片',
    handout: '讲义：幻灯片与讲稿',
    script: '讲稿（大字版）',
  },
  /** Around a printed page's number at its foot, as official documents set it: — 3 —. */
  pageNumberAround: ['— ', ' —'],
} as const;
