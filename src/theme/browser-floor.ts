/**
 * The oldest engines the deck is built for: meeting-room PCs (信创 machines above all) run 360 安全浏览器
 * and 奇安信 on Chromium 86–108; Firefox ESR 78 and Safari 14 (iOS 14) are the others' floors. A
 * design constraint like the canvas: the build lowers its code to these (src/vite/browser-targets.ts)
 * and the pre-flight check warns below them (src/deck/preflight.ts).
 */
export const browserFloor = { chrome: 86, firefox: 78, safari: 14 } as const;

export type Engine = keyof typeof browserFloor;
