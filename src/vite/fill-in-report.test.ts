import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../outline/test-fixture.ts';
import { openFillInsReport, strictFillIns } from './fill-in-report.ts';

describe('the build’s word on open blanks', () => {
  it('lists each open fill-in with its description and where it stands', () => {
    const report = openFillInsReport(fixtureModel({ households: '3.5' }), 'slides/fill-ins.ts');
    expect(report).toContain('1 of 2 blanks are not filled in slides/fill-ins.ts');
    expect(report).toContain('  place — 地名 — opening › statements[0], opening › notes');
    expect(report).not.toContain('households');
    expect(report).toContain('npm run build -- --strict');
  });

  it('is silent when every blank is filled', () => {
    expect(openFillInsReport(fixtureModel({ households: '3.5', place: '宁夏' }), 'slides/fill-ins.ts')).toBe('');
  });

  it('is strict with DECK_STRICT=1', () => {
    expect(strictFillIns({ DECK_STRICT: '1' })).toBe(true);
    expect(strictFillIns({})).toBe(false);
  });
});
