// @vitest-environment node
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEJAVU_DIR, loadFontCss } from './font-css.js';

describe('loadFontCss', () => {
  it.skipIf(!existsSync(path.join(DEJAVU_DIR, 'DejaVuSerif.ttf')))('embeds DejaVu Serif and Sans as base64 @font-face rules, after local() names', async () => {
    const css = await loadFontCss();
    expect(css.match(/@font-face/g)?.length).toBe(5);
    expect(css).toContain("font-family: 'DejaVu Serif'; font-style: normal; font-weight: 700;");
    expect(css).toContain("font-family: 'DejaVu Sans'; font-style: normal; font-weight: 400;");
    // an installed copy first (Chromium then subsets the system font), else the embedded one
    expect(css).toMatch(/src: local\('DejaVu Serif Bold'\), local\('DejaVuSerif-Bold'\), url\(data:font\/ttf;base64,AAEAAA/); // TrueType magic 00 01 00 00
    expect(css).not.toContain('<');
    expect(await loadFontCss()).toBe(css); // cached
  });

  it('returns an empty string when the fonts are missing', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'vraagbaak-fonts-'));
    try {
      expect(await loadFontCss(empty)).toBe('');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
