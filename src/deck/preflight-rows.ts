import { formatDuration } from '../shared/clock.ts';
import { strings } from '../strings.ts';
import type { BrowserVersion } from './browser-version.ts';
import type { Screens } from './screens.ts';

/** What the pre-flight check found, gathered in the browser (src/deck/preflight.ts). */
export interface PreflightFacts {
  /** Each open blank: what it stands for, and the pages (1-based) that show it. */
  openBlanks: { description: string; pages: number[] }[];
  fonts: 'loaded' | 'missing';
  /** Tested by opening and closing a small window (only from a key press or click); unknown otherwise. */
  popup: 'allowed' | 'blocked' | 'unknown';
  screens: Screens;
  fullscreenEnabled: boolean;
  /** The address the deck was opened from. */
  location: { protocol: string; host: string; pathname: string };
  plan: { totalSeconds: number; rate: number };
  browser: BrowserVersion;
  /** The floor, as "Chromium 86、Firefox 78、Safari 14". */
  floor: string;
}

export type RowState = 'ok' | 'problem' | 'unknown';

export interface PreflightRow {
  item: string;
  state: RowState;
  detail: string;
}

const mark: Record<RowState, string> = { ok: strings.preflightOk, problem: strings.preflightProblem, unknown: strings.preflightUnknown };

/** The mark a row shows: ✓, ✗ or ？. */
export const markOf = (state: RowState) => mark[state];

/** The check's rows, in the order an operator goes through them before the meeting. */
export function preflightRows(facts: PreflightFacts): PreflightRow[] {
  const { openBlanks, screens, browser } = facts;
  const pages = (list: number[]) => list.map(strings.preflightPage).join('、');
  const screensRow = (): PreflightRow => {
    const item = strings.preflightScreens;
    switch (screens.kind) {
      case 'two': {
        const describe = (s: (typeof screens.all)[number]) =>
          `${s.label || `${s.width}×${s.height}`} ${s.width}×${s.height}${s === screens.laptop ? `：${strings.screenLaptop}` : s === screens.projector ? `：${strings.screenProjector}` : ''}`;
        return { item, state: 'ok', detail: `${strings.preflightScreenCount(screens.all.length)}：${screens.all.map(describe).join('；')}` };
      }
      case 'ask':
        return { item, state: 'ok', detail: strings.preflightScreenAsk };
      case 'one':
        return { item, state: 'problem', detail: strings.preflightScreenSingle };
      case 'refused':
        return { item, state: 'problem', detail: strings.presentRefused };
      case 'no-api':
        return { item, state: 'unknown', detail: strings.preflightScreenNoApi };
    }
  };
  const fromFile = facts.location.protocol === 'file:';
  return [
    openBlanks.length === 0
      ? { item: strings.preflightBlanks, state: 'ok', detail: strings.preflightNoBlanks }
      : { item: strings.preflightBlanks, state: 'problem', detail: openBlanks.map((b) => strings.preflightBlank(b.description, pages(b.pages))).join('\n') },
    facts.fonts === 'loaded'
      ? { item: strings.preflightFont, state: 'ok', detail: strings.preflightFontLoaded }
      : { item: strings.preflightFont, state: 'problem', detail: strings.preflightFontMissing },
    {
      item: strings.preflightPopup,
      state: facts.popup === 'allowed' ? 'ok' : facts.popup === 'blocked' ? 'problem' : 'unknown',
      detail: facts.popup === 'allowed' ? strings.preflightPopupAllowed : facts.popup === 'blocked' ? strings.preflightPopupBlocked : strings.preflightPopupUntested,
    },
    screensRow(),
    facts.fullscreenEnabled
      ? { item: strings.preflightFullscreen, state: 'ok', detail: strings.preflightFullscreenAllowed }
      : { item: strings.preflightFullscreen, state: 'problem', detail: strings.preflightFullscreenRefused },
    {
      item: strings.preflightSource,
      state: 'ok',
      detail: fromFile ? strings.preflightFromFile(decodeURIComponent(facts.location.pathname.split('/').pop() ?? '')) : strings.preflightFromServer(facts.location.host),
    },
    { item: strings.preflightPlan, state: 'ok', detail: strings.preflightPlanValue(formatDuration(facts.plan.totalSeconds), Math.round(facts.plan.rate)) },
    {
      item: strings.preflightBrowser,
      state: browser.tooOld ? 'problem' : browser.engine === undefined ? 'unknown' : 'ok',
      detail: browser.tooOld ? strings.preflightBrowserOld(browser.name, facts.floor) : browser.engine === undefined ? strings.preflightBrowserUnknown(browser.name) : browser.name,
    },
  ];
}
