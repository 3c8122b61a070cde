import { describe, expect, it } from 'vitest';
import { chineseStatusText } from './status-text.ts';

describe('the screen reader’s slide text', () => {
  it('keeps Chinese punctuation and ends a Chinese block with 。, not "."', () => {
    expect(chineseStatusText('坚持学思想为先. 在筑牢政治忠诚上走在前、作表率. “不断增进”. 发言完毕，谢谢大家！. ')).toBe(
      '坚持学思想为先。在筑牢政治忠诚上走在前、作表率。“不断增进”发言完毕，谢谢大家！ ',
    );
  });

  it('reads slide text cut into phrases without a space between them', () => {
    expect(chineseStatusText('坚持 学 思想为先. 一是 以上率下 带头学. 以 “关键 少数” 示范 引领 ')).toBe('坚持学思想为先。一是以上率下带头学。以“关键少数”示范引领 ');
    expect(chineseStatusText('做 法\u3000\u3000万 户.')).toBe('做法\u3000\u3000万户。');
  });

  it('leaves Latin text and numbers alone', () => {
    expect(chineseStatusText('Version 1.5. Done.')).toBe('Version 1.5. Done.');
    expect(chineseStatusText('6 / 20.')).toBe('6 / 20.');
  });
});
