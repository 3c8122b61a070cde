/**
 * Every string of our own that a person reads or hears, in Chinese: the one home for UI text.
 * (Slide text comes from slides/; this is the deck's own voice.)
 */
/** The speaker view's buttons, which its keys (strings.speakerKeys) also work. */
const speakerTools = { cueScript: '翻页稿', smaller: '字号减小', larger: '字号增大', autoSize: '自动字号' } as const;

export const strings = {
  /** The accessible name of a blank the presenter has not filled. */
  openBlank: (description: string) => `待填写：${description}`,
  searchPlaceholder: '搜索幻灯片和讲稿',
  searchButton: '搜索',
  searchHint: '搜索幻灯片和讲稿（Ctrl+Shift+F）',
  helpButton: '帮助',
  helpHint: '快捷键和演示指南（?）',
  searchLabel: '搜索',
  searchNoMatch: (query: string) => `未找到“${query}”`,
  searchMatch: (index: number, total: number) => `第 ${index} 处，共 ${total} 处`,

  // dist/index.html opened from disk (file://), where browsers refuse to run its scripts.
  fileUrlTitle: '请改为打开 offline.html',
  fileUrlBody:
    '从文件夹直接打开时，浏览器不允许本页运行。请在同一文件夹中双击打开 offline.html（单文件版，无需网络），或通过网页服务器访问本页。',

  // reveal.js's own controls, in Chinese.
  previousSlide: '上一页',
  nextSlide: '下一页',
  aboveSlide: '上一张',
  belowSlide: '下一张',
  jumpToSlide: '输入页码，回车跳转',
  slideNumberLabel: (current: number, total: number) => `第 ${current} 页，共 ${total} 页`,

  // The speaker view (讲稿视图) and the operator's cue script (翻页稿).
  speakerViewTitle: (deckTitle: string) => `讲稿视图 — ${deckTitle}`,
  openSpeakerView: '讲稿视图',
  openSpeakerViewHint: '打开讲稿视图（S）',
  popupBlocked:
    '浏览器拦截了讲稿视图窗口。请点击地址栏右侧的拦截提示，选择“始终允许此网站的弹出式窗口”，然后再按 S 键。',
  speakerViewLost: '页面已刷新，讲稿视图暂停同步。按 S 键恢复讲稿视图。',
  close: '关闭',
  current: '当前',
  next: '下一页',
  notes: '讲稿',
  cueScript: speakerTools.cueScript,
  noNotes: '本页无讲稿',
  end: '已是最后一页',
  elapsed: '已用',
  remaining: '剩余',
  clock: '时钟',
  position: (current: number, total: number) => `第 ${current} 页 / 共 ${total} 页`,
  overview: '概览',
  ahead: (time: string) => `提前 ${time}`,
  behind: (time: string) => `超时 ${time}`,
  onPlan: '进度正常',
  pace: '本页进度',
  planned: (time: string, rate: number) => `计划 ${time}（每分钟 ${Math.round(rate)} 字）`,
  smaller: speakerTools.smaller,
  larger: speakerTools.larger,
  autoSize: speakerTools.autoSize,
  autoSizeHint: '字号随讲稿和窗口自动取最大（0 键）；A−/A+ 改为固定字号',
  resetTimer: '重新计时',
  previous: '上一页',
  cue: (n: number) => `第 ${n} 页`,
  cueHint: '点击翻到此页',

  // The reading view (phones, ?view=scroll).
  showNotes: '显示讲稿',
  hideNotes: '只看幻灯片',
  readingView: '幻灯片与讲稿',

  // Rehearsal (?rehearse).
  rehearsalStop: '排练计时中 · 结束排练',
  rehearsalTitle: '排练结果',
  rehearsalPage: '页',
  rehearsalPlanned: '计划',
  rehearsalActual: '实际',
  rehearsalSummary: (planned: string, actual: string, rate: number) => `计划用时 ${planned}，实际用时 ${actual}，实际语速每分钟 ${rate} 字。`,
  rehearsalTimes: (planned: string, actual: string) => `计划用时 ${planned}，实际用时 ${actual}。`,
  rehearsalUseRate: (rate: number) => `下次按每分钟 ${rate} 字计划`,
  rehearsalSkipped: '跳过',
  rehearsalTooLittle: (percent: number) => `计时的页（停留 2 秒以上）只含讲稿的 ${percent}%，不足一半，无法得出语速，也不提供计划。请按实际语速完整排练一遍。`,
  rehearsalRateUnusable: (rate: number, min: number, max: number) => `每分钟 ${rate} 字超出 ${min}–${max} 字的常用范围，不据此提供计划。`,

  // Presenting (F5 / Shift+F5, 开始放映: src/deck/present.ts).
  present: '开始放映',
  presentHint: '开始放映（F5）：幻灯片全屏到投影，讲稿视图在本机屏幕',
  screensPermissionTitle: '使用两块屏幕放映',
  screensPermissionBody:
    '检测到本机连接了第二块屏幕（投影）。为把幻灯片全屏放到投影上、把讲稿视图放在笔记本屏幕上，浏览器会询问是否允许本页“管理窗口”。请点击下方“允许并放映”，再在浏览器的提示中选择“允许”。此询问只出现一次。',
  screensPermissionAllow: '允许并放映',
  screensPermissionOneScreen: '只在本屏放映',
  presentAgain: '已获准使用两块屏幕。请再按一次 F5（或点“开始放映”），幻灯片即到投影、讲稿视图到本机屏幕。',
  presentOneScreen:
    '只检测到一块屏幕，已在本屏全屏放映。接投影时：按 Win+P 选择“扩展”，按 Esc 退出全屏后再按 F5，幻灯片即到投影、讲稿视图到本机屏幕。',
  presentNoApi:
    '此浏览器不能自动把幻灯片和讲稿视图分到两块屏幕，已在本屏全屏放映。需要讲稿视图时：按 Esc 退出全屏，按 S 打开讲稿视图并拖到笔记本屏幕，把本窗口拖到投影屏幕后按 F 全屏。',
  presentRefused:
    '浏览器未获准使用两块屏幕，已在本屏全屏放映。如需自动分屏，请在地址栏左侧的网站设置中把“窗口管理”改为允许，再按 F5；或按 Esc 退出全屏，按 S 打开讲稿视图并拖到笔记本屏幕。',
  presentNoFullscreen: '浏览器不允许本页全屏。请按 F11 全屏，或在浏览器设置中允许全屏。',
  screenLaptop: '笔记本（讲稿视图）',
  screenProjector: '投影（幻灯片）',

  // The pre-flight check (开场前检查: src/deck/preflight.ts).
  preflight: '开场前检查',
  preflightHint: '开场前检查（C）：待填空白、字体、弹窗、屏幕、浏览器',
  preflightItem: '项目',
  preflightResult: '结果',
  preflightDetail: '说明',
  preflightOk: '√',
  preflightProblem: '×',
  preflightUnknown: '？',
  preflightBlanks: '待填空白',
  preflightNoBlanks: '已全部填写',
  preflightBlank: (description: string, pages: string) => `${description}（${pages}）`,
  preflightPage: (n: number) => `第 ${n} 页`,
  preflightFont: '网页字体',
  preflightFontLoaded: '思源宋体（Noto Serif SC）已载入',
  preflightFontMissing: '未载入，正以系统字体显示；请检查 assets 文件夹是否完整，或改用 offline.html',
  preflightPopup: '弹出窗口（讲稿视图）',
  preflightPopupAllowed: '允许',
  preflightPopupBlocked: '被拦截：请点击地址栏右侧的拦截提示，选择“始终允许此网站的弹出式窗口”',
  preflightPopupUntested: '未测试（开始放映时不试开窗口）：按 C 重新检查，或按 S 打开讲稿视图',
  preflightGoOn: '仍然开始放映',
  preflightStopped: '还有空白未填写：请先在 slides/fill-ins.ts 中填写并重新生成，或确认后仍然开始放映。',
  preflightScreens: '屏幕',
  preflightScreenCount: (n: number) => `${n} 块`,
  preflightScreenExtended: '已接第二块屏幕（扩展模式）',
  preflightScreenSingle: '只有一块屏幕：接投影后按 Win+P 选择“扩展”',
  preflightScreenNoApi: '此浏览器无法检测屏幕；请确认投影为“扩展”模式',
  preflightScreenAsk: '已接第二块屏幕；按 F5 开始放映时会询问一次是否允许使用两块屏幕',
  preflightFullscreen: '全屏',
  preflightFullscreenAllowed: '允许',
  preflightFullscreenRefused: '不允许：请按 F11 全屏',
  preflightSource: '打开方式',
  preflightFromFile: (name: string) => `从文件打开（${name}）`,
  preflightFromServer: (host: string) => `从服务器打开（${host}）`,
  preflightPlan: '时间计划',
  preflightPlanValue: (minutes: string, rate: number) => `共 ${minutes}，每分钟 ${rate} 字`,
  preflightBrowser: '浏览器',
  preflightBrowserOld: (name: string, floor: string) => `${name}：低于本演示支持的最低版本（${floor}），请换用较新的浏览器`,
  preflightBrowserUnknown: (name: string) => `${name}：未知浏览器，请提前试放`,

  // The help overlay (?).
  helpTitle: '快捷键',
  helpKey: '按键',
  helpAction: '作用',
  /** The help overlay's link to the presenter's guide (dist/guide.html, docs/演示指南.md). */
  helpGuide: '演示指南：会前准备、放映时的操作和故障处理',
  /**
   * Every key a presenter uses, declared once: how the help shows it, what it does, and each
   * key (KeyboardEvent.key; a Ctrl or ⌘ chord written `Ctrl+Shift+F`) with its action id. The
   * help overlay, reveal.js's bindings, the speaker view and rehearsal all read it (src/shared/keys.ts).
   */
  keys: [
    { shown: '→ ↓ 空格 PageDown', label: '下一页（翻页笔）', keys: { ArrowRight: 'next', ArrowDown: 'next', ' ': 'next', PageDown: 'next' } },
    { shown: '← ↑ PageUp', label: '上一页（翻页笔）', keys: { ArrowLeft: 'prev', ArrowUp: 'prev', PageUp: 'prev' } },
    { shown: 'Home / End', label: '第一页 / 最后一页', keys: { Home: 'first', End: 'last' } },
    { shown: 'G', label: '输入页码跳转', keys: { g: 'jump' } },
    { shown: 'Esc / O', label: '全部幻灯片概览', keys: { Escape: 'overview', o: 'overview' } },
    { shown: 'S', label: '打开讲稿视图（含翻页稿、计时）', keys: { s: 'speakerView' } },
    { shown: 'B / .', label: '黑屏暂停，再按一次恢复', keys: { b: 'pause', '.': 'pause' } },
    { shown: 'F5 / Shift + F5', label: '开始放映：幻灯片全屏到投影，讲稿视图在本机屏幕', keys: { F5: 'present' } },
    { shown: 'Esc（放映中）', label: '退出全屏，停在当前页', keys: {} },
    { shown: 'F', label: '全屏', keys: { f: 'fullscreen' } },
    { shown: 'C', label: '开场前检查', keys: { c: 'preflight' } },
    { shown: 'Ctrl + Shift + F', label: '搜索', keys: { 'Ctrl+Shift+F': 'search' } },
    { shown: '?', label: '显示或关闭本帮助', keys: { '?': 'help' } },
  ],
  /** The speaker view's own keys, besides the deck's (strings.keys) that drive the slides from there. */
  speakerKeys: [
    { shown: '+', label: speakerTools.larger, keys: { '+': 'larger', '=': 'larger' } },
    { shown: '−', label: speakerTools.smaller, keys: { '-': 'smaller' } },
    { shown: 'C', label: speakerTools.cueScript, keys: { c: 'cueScript' } },
    { shown: '0', label: speakerTools.autoSize, keys: { '0': 'autoSize' } },
    { shown: 'J / K', label: '讲稿向下 / 向上滚动', keys: { j: 'scrollDown', k: 'scrollUp' } },
  ],

  /** What each PDF of `npm run pdf` is, in its metadata (the title is the speech's). */
  pdfSubject: {
    slides: '幻灯片',
    handout: '讲义：幻灯片与讲稿',
    script: '讲稿（大字版）',
  },
  /** What the Word file is, in its document properties (the title is the speech's). */
  docxSubject: '发言材料（党政机关公文格式）',
  /** Around a printed page's number at its foot, as official documents set it: — 3 —. */
  pageNumberAround: ['— ', ' —'],

} as const;
