/**
 * Embeds the DejaVu fonts (which cover ĳ, é, ë and the rest of Dutch) in the briefing as base64
 * `@font-face` rules, so a PDF looks the same on every machine whatever fonts are installed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Debian's fonts-dejavu-core location. */
export const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';

const FACES = [
  { family: 'DejaVu Serif', weight: 400, style: 'normal', file: 'DejaVuSerif.ttf' },
  { family: 'DejaVu Serif', weight: 700, style: 'normal', file: 'DejaVuSerif-Bold.ttf' },
  // the briefing prints questions and quotes in italic; without this face it would be slanted artificially
  { family: 'DejaVu Serif', weight: 400, style: 'italic', file: 'DejaVuSerif-Italic.ttf' },
  { family: 'DejaVu Sans', weight: 400, style: 'normal', file: 'DejaVuSans.ttf' },
  { family: 'DejaVu Sans', weight: 700, style: 'normal', file: 'DejaVuSans-Bold.ttf' },
] as const;

const cache = new Map<string, Promise<string>>();

async function buildFontCss(fontDir: string): Promise<string> {
  const rules: string[] = [];
  for (const face of FACES) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(fontDir, face.file));
    } catch {
      continue; // missing font: the print CSS falls back to installed fonts
    }
    rules.push(
      `@font-face { font-family: '${face.family}'; font-style: ${face.style}; font-weight: ${String(face.weight)}; ` +
        `src: url(data:font/ttf;base64,${bytes.toString('base64')}) format('truetype'); }`,
    );
  }
  return rules.join('\n');
}

/**
 * `@font-face` CSS for DejaVu Serif (regular, bold, italic) and DejaVu Sans (regular, bold), with
 * the TrueType files embedded as base64 `data:` URLs (about 3.2 MB of CSS). Read once per folder and cached.
 *
 * @param fontDir - folder holding DejaVuSerif.ttf etc.; default `/usr/share/fonts/truetype/dejavu`
 * @returns the CSS, or an empty string when none of the font files is there
 */
export function loadFontCss(fontDir: string = DEJAVU_DIR): Promise<string> {
  let css = cache.get(fontDir);
  if (css === undefined) {
    css = buildFontCss(fontDir);
    cache.set(fontDir, css);
  }
  return css;
}
