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
    expect(lighter).toContain(`src: url(${LIFTED_FONT_ORIGIN}0) format('truetype')`);
    expect(lighter).toContain(`src: url(${LIFTED_FONT_ORIGIN}1);`);
    expect(lighter).not.toContain(ttf);
    expect(lighter).toContain('<p>url(data:font/ttf;base64,AAAA) in the text stays</p>');
    expect(fonts.size).toBe(2);
    expect(fonts.get(`${LIFTED_FONT_ORIGIN}0`)).toEqual({ contentType: 'font/ttf', body: Buffer.from([0, 1, 0, 0, 0, 9]) });
    expect(fonts.get(`${LIFTED_FONT_ORIGIN}1`)?.contentType).toBe('font/woff2');
  });

  it('leaves HTML without embedded fonts unchanged', () => {
    const html = '<p>Één ĳverige café — data:text/plain;base64,AAAA</p>';
    expect(liftEmbeddedFonts(html)).toEqual({ html, fonts: new Map() });
  });
});
