import { describe, expect, it } from 'vitest';
import { checkOutline } from './check.ts';
import { formatIssue, OutlineError } from './issues.ts';
import { deckModel } from './model.ts';
import { fixtureSpeech, mutableFixture } from './test-fixture.ts';

/** One of each kind the build refuses, with the name its message gives. */
const INVISIBLE = [
  ['\u0000', 'U+0000 (a control character)'],
  ['\u0007', 'U+0007 (a control character)'],
  ['\r', 'U+000D (a control character)'],
  ['\u007f', 'U+007F (a control character)'],
  ['\u0085', 'U+0085 (a control character)'],
  ['\u202e', 'U+202E (a bidirectional control, which reorders the text around it)'],
  ['\u2066', 'U+2066 (a bidirectional control, which reorders the text around it)'],
  ['\u200f', 'U+200F (a bidirectional control, which reorders the text around it)'],
  ['\u200b', 'U+200B (a zero-width character)'],
  ['\ufeff', 'U+FEFF (a zero-width character)'],
  ['\u2028', 'U+2028 (a line or paragraph separator)'],
  ['\u2029', 'U+2029 (a line or paragraph separator)'],
  ['\ud800', 'U+D800 (a noncharacter or half of a surrogate pair)'],
] as const;

const messages = (outline: unknown) => checkOutline(outline as never, fixtureSpeech).map((issue) => formatIssue(issue, 'slides/outline.ts'));

describe('invisible characters are refused, named with file, slide and field', () => {
  it.each(INVISIBLE)('in visible outline text: %j', (char, named) => {
    const outline = mutableFixture();
    outline.slides[3].measures[0].points = [`甲一${char}做法`];
    expect(messages(outline)).toEqual([`slides/outline.ts › slide "pillar-1-1" › points[0]: text has an invisible character, ${named}, at character 3: delete it`]);
  });

  it.each(INVISIBLE)('in notes: %j', (char, named) => {
    const outline = mutableFixture();
    outline.slides[5].notes = `发言完毕${char}，谢谢大家！`;
    expect(messages(outline)).toEqual([`slides/outline.ts › slide "closing" › notes: notes has an invisible character, ${named}, at character 5: delete it`]);
  });

  it('in a fill-in’s description, which screen readers read where the blank stands', () => {
    const outline = mutableFixture();
    outline.fillIns.place.description = '地名\u202e';
    expect(messages(outline)).toEqual([
      'slides/outline.ts › fillIns.place.description: has an invisible character, U+202E (a bidirectional control, which reorders the text around it), at character 3: delete it: it is read where the blank stands',
    ]);
  });

  it.each(INVISIBLE)('in a fill-in value, the message showing it escaped: %j', (char) => {
    const failure = () => deckModel(mutableFixture(), fixtureSpeech, { place: `宁${char}夏` }, 'slides/fill-ins.ts');
    expect(failure).toThrowError(OutlineError);
    const escaped = char === '\r' ? '\\r' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    expect(failure).toThrowError(`slides/fill-ins.ts › place: 地名: expected non-empty text of at most 20 characters, on one line, without markup, braces, asterisks or invisible characters; got "宁${escaped}夏"`);
  });

  it('leaves tab and newline, and visible text such as < & $&, to be shown as written', () => {
    const outline = mutableFixture();
    outline.slides[5].notes = '发言完毕，\n谢谢大家！';
    expect(messages(outline)).toEqual([]);
    outline.slides[5].notes = '发言完毕，\t谢谢大家！';
    expect(messages(outline)[0]).toMatch(/^slides\/outline\.ts › slide "closing" › notes: the notes differ from the speech/);
    expect(() => deckModel(mutableFixture(), fixtureSpeech, { place: '<宁夏>' }, 'slides/fill-ins.ts')).toThrowError(OutlineError);
    expect(deckModel(mutableFixture(), fixtureSpeech, { place: "A&B$&$'" }, 'slides/fill-ins.ts').fillIns.get('place')?.value).toBe("A&B$&$'");
  });
});
