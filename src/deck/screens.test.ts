import { describe, expect, it } from 'vitest';
import { assignScreens, type ScreenDetailed } from './screens.ts';

const screen = (label: string, left: number, width: number, height: number, flags: Partial<ScreenDetailed> = {}): ScreenDetailed => ({
  label, left, top: 0, width, height, availLeft: left, availTop: 0, availWidth: width, availHeight: height - 40, isPrimary: false, isInternal: false, ...flags,
});

describe('which screen is the laptop and which the projector', () => {
  const laptop = screen('内置屏幕', 0, 1280, 800, { isInternal: true, isPrimary: true });
  const projector = screen('投影仪', 1280, 1920, 1080);

  it('puts the speaker view on the built-in screen, the slides on the other', () => {
    expect(assignScreens([laptop, projector], projector)).toEqual({ laptop, projector });
    expect(assignScreens([projector, laptop], laptop)).toEqual({ laptop, projector });
  });

  it('takes the primary screen for the laptop when none says it is built in (a desktop PC), and the largest other for the projector', () => {
    const primary = screen('主显示器', 0, 1920, 1080, { isPrimary: true });
    const small = screen('副屏', 1920, 1024, 768);
    const big = screen('投影', -1920, 1920, 1200);
    expect(assignScreens([small, primary, big], small)).toEqual({ laptop: primary, projector: big });
  });

  it('finds no projector on one screen', () => {
    expect(assignScreens([laptop], laptop)).toBeUndefined();
  });
});
