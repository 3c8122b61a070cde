/**
 * The hand-over package's words (npm run handover, its 说明.txt): Chinese for the office. Kept out of
 * src/strings.ts, whose characters the deck's fonts must carry: none of these is ever shown by the deck.
 */
export const handoverStrings = {
  readme: '说明.txt',
  /** Marks a package while blanks are open: before each file's name, after the folder's. */
  draft: '草稿',
  draftFolder: (title: string) => `${title}（草稿）`,
  draftNotice: (open: number) => `【草稿】还有 ${open} 处空白未填写（见文末“待填写”），正式使用前请补全后重新生成。`,
  filesHeading: '文件说明',
  files: {
    'offline.html': '演示文稿（单个文件），不联网也能放映，用 Chrome、Edge 或 360 浏览器打开。',
    'slides.pdf': '幻灯片 PDF，每页一张，可打印，也可在无法使用浏览器时放映。',
    'handout.pdf': '讲义（A4），每张幻灯片下附讲稿。',
    'script.pdf': '讲稿大字版（A4），供发言人使用；页边数字是对应幻灯片的页码，供翻页人员对照。',
    'slides.pptx': 'PowerPoint 演示文稿（可编辑），讲稿在备注中。',
    'speech.docx': '发言材料 Word 版，党政机关公文格式（GB/T 9704-2012），供编入会议材料汇编。',
    'guide.html': '演示指南：会前准备、放映时的操作和故障处理，供发言人和翻页人员阅读（演示文稿的“帮助”中也有链接）。',
  } as Record<string, string>,
  presentHeading: '从U盘放映',
  presentSteps: (offline: string, slides: string, pptx: string) => [
    `将整个文件夹复制到会场电脑（也可直接在U盘中打开）。`,
    `双击 ${offline}，用 Chrome、Edge 或 360 浏览器打开，无需联网。`,
    `按 F5 开始放映：接了投影（Win+P 选“扩展”）时，幻灯片全屏到投影，讲稿视图在笔记本屏幕；翻页笔或 → 翻到下一页，← 返回；按 C 做开场前检查。`,
    `浏览器无法使用时，放映 ${slides}（全屏）或 ${pptx}。`,
  ],
  keysHeading: '按键',
  openHeading: (open: number) => `待填写（${open} 处）`,
  openItem: (description: string, pages: readonly number[]) => `${description}：第 ${pages.join('、')} 页`,
  noOpen: '所有空白均已填写。',
} as const;
