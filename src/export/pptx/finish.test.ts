import { describe, expect, it } from 'vitest';
import { breaksLikeTheirRuns, finishCore, finishSlide, finishTheme, onePPrPerParagraph } from './finish.ts';
import { faces } from './fonts.ts';

const pPr = '<a:pPr indent="0" marL="0"><a:buNone/></a:pPr>';
const run = (text: string) => `<a:r><a:rPr lang="zh-CN"/><a:t>${text}</a:t></a:r>`;

describe('finishing the package pptxgenjs wrote', () => {
  it('keeps one paragraph-properties element per paragraph, the first', () => {
    const xml = `<a:p>${pPr}${run('美丽新')}${pPr}${run('　　')}<a:pPr algn="l"/>${run('的')}</a:p><a:p>${pPr}${run('二')}</a:p>`;
    expect(onePPrPerParagraph(xml)).toBe(`<a:p>${pPr}${run('美丽新')}${run('　　')}${run('的')}</a:p><a:p>${pPr}${run('二')}</a:p>`);
  });

  it('gives each line break the character properties of the run it ends', () => {
    const rPr = '<a:rPr lang="zh-CN" sz="4650" b="1"><a:solidFill><a:srgbClr val="FFE01A"/></a:solidFill></a:rPr>';
    const xml = `<a:p>${pPr}<a:r>${rPr}<a:t>主题教育</a:t></a:r><a:br/><a:r>${rPr}<a:t>专题</a:t></a:r></a:p>`;
    expect(breaksLikeTheirRuns(xml)).toBe(`<a:p>${pPr}<a:r>${rPr}<a:t>主题教育</a:t></a:r><a:br>${rPr}</a:br><a:r>${rPr}<a:t>专题</a:t></a:r></a:p>`);
    expect(breaksLikeTheirRuns(`${run('甲')}<a:br/>`)).toBe(`${run('甲')}<a:br><a:rPr lang="zh-CN"/></a:br>`);
  });

  it('fails, naming the part, when pptxgenjs wrote markup of another shape', () => {
    expect(() => finishSlide('<p:sld><p:bg><p:bgPr><a:noFill/></p:bgPr></p:bg></p:sld>', 'slide 3', faces.song)).toThrow(/slide 3 is not as pptxgenjs 4\.0\.1 writes it/);
    const ground = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="A30012"/></a:solidFill></p:bgPr></p:bg>';
    const runWithOtherFonts = '<a:rPr lang="zh-CN"><a:latin typeface="Noto Serif SC" pitchFamily="34" charset="0"/></a:rPr>';
    expect(() => finishSlide(`${ground}${runWithOtherFonts}`, 'slide 4', faces.song)).toThrow(/slide 4 is not as pptxgenjs 4\.0\.1 writes it/);
    expect(() => finishTheme('<a:theme/>', 'the theme', faces.song)).toThrow(/the theme/);
  });

  it('gives the document its language', () => {
    expect(finishCore('<dc:creator>市市场监督管理局</dc:creator>', 'core', 'zh-CN')).toBe('<dc:creator>市市场监督管理局</dc:creator><dc:language>zh-CN</dc:language>');
  });
});
