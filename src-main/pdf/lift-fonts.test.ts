// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LIFTED_FONT_ORIGIN, liftEmbeddedFonts } from './lift-fonts.js';

describe('liftEmbeddedFonts', () => {
  it('replaces data: URL fonts with short URLs and keeps their bytes', () => {
    const ttf = Buffer.from([0, 1, 0, 0, 0, 9]).toString('base64');
    const html =
      `<style>@font-face { src: url(data:font/ttf;base64,${ttf}) format('truetype'); }\n` +
      `@font-face { src: url("data:font/woff2;base64,${ttf}"); }</style><p>url(data:font/ttf;base64,AAAA) in the text stays</p>`;
    const { html: lighter, fonts } = liftEmbeddedFonts(html);
    const urls = [...lighter.matchAll(/url\((http:[^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(urls).toHaveLength(2);
    // the same bytes get the same URL, whatever their content type
    expect(urls[0]).toBe(urls[1]);
    expect(urls[0]).toMatch(new RegExp(`^${LIFTED_FONT_ORIGIN.replace(/[.]/g, '\\.')}[0-9a-f]{32}$`));
    expect(lighter).toContain(`src: url(${urls[0] ?? ''}) format('truetype')`);
    expect(lighter).not.toContain(ttf);
    expect(lighter).toContain('<p>url(data:font/ttf;base64,AAAA) in the text stays</p>');
    expect(fonts.size).toBe(1);
    expect(fonts.get(urls[0] ?? '')).toEqual({ contentType: 'font/ttf', body: Buffer.from([0, 1, 0, 0, 0, 9]) });
  });

  it('gives different fonts different URLs, and the same URL in every call', () => {
    const a = Buffer.from([0, 1, 0, 0, 1]).toString('base64');
    const b = Buffer.from([0, 1, 0, 0, 2]).toString('base64');
    const css = (x: string): string => `<style>@font-face { src: url(data:font/ttf;base64,${x}); }</style>`;
    const [urlA] = liftEmbeddedFonts(css(a)).fonts.keys();
    const [urlB] = liftEmbeddedFonts(css(b)).fonts.keys();
    expect(urlA).not.toBe(urlB);
    expect(liftEmbeddedFonts(css(a)).fonts.keys().next().value).toBe(urlA);
  });

  it('leaves HTML without embedded fonts unchanged', () => {
    const html = '<p>Één ĳverige café — data:text/plain;base64,AAAA</p>';
    expect(liftEmbeddedFonts(html)).toEqual({ html, fonts: new Map() });
  });
});
