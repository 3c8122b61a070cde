import type { RevealApi } from 'reveal.js';
import { keepForTalk, keptForTalk } from '../shared/storage.ts';

/** What the clock keeps for the talk: when it began (ms since 1970) and when each slide (by id) came up, in seconds into the talk. */
export interface ClockState {
  startedAt: number;
  arrivals: Record<string, number>;
}

const KEY = 'talkClock';

/** The kept state, if it makes sense: a start in the past, arrivals as numbers. Anything else starts a new talk. */
export function parseClockState(text: string | null, now: number): ClockState | undefined {
  if (!text) return undefined;
  try {
    const { startedAt, arrivals } = JSON.parse(text) as Partial<ClockState>;
    if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt > now) return undefined;
    const kept: Record<string, number> = {};
    for (const [id, at] of Object.entries(arrivals ?? {})) if (typeof at === 'number' && Number.isFinite(at)) kept[id] = at;
    return { startedAt, arrivals: kept };
  } catch {
    return undefined;
  }
}

/**
 * The talk's clock, kept in the deck's window and, for this tab, in sessionStorage: closing and
 * reopening the speaker view, opening it late, or reloading the deck (F5) keeps the time and each
 * slide's arrival. 重新计时 (reset) starts the talk anew.
 */
export class TalkClock {
  private state: ClockState;

  constructor(private readonly deck: RevealApi) {
    this.state = parseClockState(keptForTalk(KEY), Date.now()) ?? { startedAt: Date.now(), arrivals: {} };
    // Back after a reload on the slide it was on: that slide's arrival stands.
    if (this.state.arrivals[deck.getCurrentSlide()?.id ?? ''] === undefined) this.arrive();
    else this.save();
    deck.on('slidechanged', () => this.arrive());
  }

  get startedAt(): number {
    return this.state.startedAt;
  }

  elapsed(now = Date.now()): number {
    return (now - this.state.startedAt) / 1000;
  }

  arrivedAt(slide: Element): number {
    return this.state.arrivals[slide.id] ?? this.elapsed();
  }

  reset(): void {
    this.state = { startedAt: Date.now(), arrivals: {} };
    this.arrive();
  }

  private arrive(): void {
    const slide = this.deck.getCurrentSlide();
    if (slide) this.state.arrivals[slide.id] = this.elapsed();
    this.save();
  }

  private save(): void {
    keepForTalk(KEY, JSON.stringify(this.state));
  }
}
