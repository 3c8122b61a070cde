import { describe, expect, it } from 'vitest';
import { browserVersion, floorText } from './browser-version.ts';

describe('the browser the pre-flight check names', () => {
  it('finds Chromium cores under their own names, and the old ones below the floor', () => {
    const chrome86 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198 Safari/537.36';
    expect(browserVersion(chrome86)).toEqual({ name: 'Chrome / Chromium 86', engine: 'chrome', version: 86, tooOld: false });
    expect(browserVersion(chrome86.replace('86.0', '78.0') + ' QIHU 360SE')).toMatchObject({ name: '360 安全浏览器 78', tooOld: true });
    expect(browserVersion(`${chrome86} Edg/86.0.622.69`).name).toBe('Microsoft Edge 86');
  });

  it('reads Firefox, desktop Safari, and iOS (any browser there, WeChat too) by its WebKit', () => {
    expect(browserVersion('Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Firefox/78.0')).toMatchObject({ engine: 'firefox', version: 78, tooOld: false });
    expect(browserVersion('Mozilla/5.0 (X11; Linux x86_64; rv:68.0) Gecko/20100101 Firefox/68.0').tooOld).toBe(true);
    expect(browserVersion('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1 Safari/605.1.15')).toMatchObject({ engine: 'safari', version: 13, tooOld: true });
    const wechat = 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40';
    expect(browserVersion(wechat)).toEqual({ name: '微信（iOS） 16', engine: 'safari', version: 16, tooOld: false });
  });

  it('says when it does not know the browser, without calling it old', () => {
    expect(browserVersion('SomeKiosk/1.0')).toMatchObject({ engine: undefined, tooOld: false });
    expect(floorText()).toBe('Chromium 86、Firefox 78、Safari 14');
  });
});
