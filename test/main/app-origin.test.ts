import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isSameOrigin, rendererTarget } from '../../electron/main/app-origin';

describe('app origin', () => {
  it('compares scheme and host, including for the app: scheme Node calls opaque', () => {
    expect(APP_ORIGIN).toBe('app://ruang-uji');
    expect(isSameOrigin('app://ruang-uji/x/y?z#w', APP_ORIGIN)).toBe(true);
    expect(isSameOrigin('app://ruang-uji.evil/', APP_ORIGIN)).toBe(false);
    expect(isSameOrigin('app://evil/', APP_ORIGIN)).toBe(false);
    expect(isSameOrigin('https://ruang-uji/', APP_ORIGIN)).toBe(false);
    expect(isSameOrigin('http://localhost:5173/a', 'http://localhost:5173')).toBe(true);
    expect(isSameOrigin('http://localhost:5174/a', 'http://localhost:5173')).toBe(false);
    expect(isSameOrigin('garbage', APP_ORIGIN)).toBe(false);
  });

  it('uses the dev server only when unpackaged and the URL is valid', () => {
    const dev = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(rendererTarget(false, dev)).toEqual({ url: 'http://localhost:5173', origin: 'http://localhost:5173' });
    expect(rendererTarget(true, dev)).toEqual({ url: 'app://ruang-uji/', origin: APP_ORIGIN });
    expect(rendererTarget(false, {})).toEqual({ url: 'app://ruang-uji/', origin: APP_ORIGIN });
    expect(rendererTarget(false, { ELECTRON_RENDERER_URL: 'not a url' })).toEqual({ url: 'app://ruang-uji/', origin: APP_ORIGIN });
  });
});
