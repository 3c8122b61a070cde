import { describe, expect, it } from 'vitest';
import { strings } from '../strings.ts';
import { browserVersion } from './browser-version.ts';
import { preflightRows, type PreflightFacts } from './preflight-rows.ts';
import type { ScreenDetailed } from './screens.ts';

const screen = (left: number, width: number, height: number, label = ''): ScreenDetailed => ({
  label, left, top: 0, width, height, availLeft: left, availTop: 0, availWidth: width, availHeight: height, isPrimary: left === 0, isInternal: false,
});

const ready: PreflightFacts = {
  openBlanks: [],
  fonts: 'loaded',
  popup: 'allowed',
  screens: { kind: 'one' },
  fullscreenEnabled: true,
  location: { protocol: 'file:', host: '', pathname: '/E:/%E5%8F%91%E8%A8%80/offline.html' },
  plan: { totalSeconds: 1234, rate: 250 },
  browser: browserVersion('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36'),
  floor: 'Chromium 86、Firefox 78、Safari 14',
};

const row = (facts: PreflightFacts, item: string) => preflightRows(facts).find((r) => r.item === item)!;

describe('the pre-flight check’s rows', () => {
  it('names each open blank with its pages, and marks it ✗', () => {
    const facts = { ...ready, openBlanks: [{ description: '新登记经营主体（万户）', pages: [12, 13] }, { description: '地名', pages: [15] }] };
    expect(row(facts, strings.preflightBlanks)).toEqual({ item: strings.preflightBlanks, state: 'problem', detail: '新登记经营主体（万户）（第 12 页、第 13 页）\n地名（第 15 页）' });
    expect(row(ready, strings.preflightBlanks).state).toBe('ok');
  });

  it('says which screen is the laptop and which the projector', () => {
    const laptop = screen(0, 1280, 800, '内置屏幕');
    const projector = screen(1280, 1920, 1080);
    const two = { ...ready, screens: { kind: 'two' as const, laptop, projector, all: [laptop, projector] } };
    expect(row(two, strings.preflightScreens).detail).toBe(`2 块：内置屏幕 1280×800：${strings.screenLaptop}；1920×1080 1920×1080：${strings.screenProjector}`);
    expect(row(ready, strings.preflightScreens)).toMatchObject({ state: 'problem', detail: strings.preflightScreenSingle });
    expect(row({ ...ready, screens: { kind: 'no-api' } }, strings.preflightScreens).state).toBe('unknown');
  });

  it('reads the file the deck was opened from, the plan, and the browser against the floor', () => {
    expect(row(ready, strings.preflightSource).detail).toBe('从文件打开（offline.html）');
    expect(row(ready, strings.preflightPlan).detail).toBe('共 20:34，每分钟 250 字');
    expect(row(ready, strings.preflightBrowser)).toMatchObject({ state: 'ok', detail: 'Chrome / Chromium 109' });
    const old = { ...ready, browser: browserVersion('Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chrome/69.0.3497.100 Safari/537.36') };
    expect(row(old, strings.preflightBrowser)).toMatchObject({ state: 'problem', detail: 'Chrome / Chromium 69：低于本演示支持的最低版本（Chromium 86、Firefox 78、Safari 14），请换用较新的浏览器' });
  });

  it('marks what failed ✗ and what it cannot know ？', () => {
    const bad = { ...ready, fonts: 'missing' as const, popup: 'blocked' as const, fullscreenEnabled: false };
    expect(preflightRows(bad).filter((r) => r.state === 'problem').map((r) => r.item)).toEqual([strings.preflightFont, strings.preflightPopup, strings.preflightScreens, strings.preflightFullscreen]);
    expect(row({ ...ready, popup: 'unknown' }, strings.preflightPopup)).toMatchObject({ state: 'unknown', detail: strings.preflightPopupUntested });
  });
});
