/**
 * Embeds the DejaVu fonts (which cover ĳ, é, ë and the rest of Dutch) in the briefing as base64
 * `@font-face` rules, so a PDF looks the same on every machine whatever fonts are installed.
 *
 * Font decision (issue 9): let Chromium subset the system DejaVu fonts. It embeds only the glyphs
 * used whatever the font's source (pdffonts: "AAAAAA+DejaVuSerif", emb/sub/uni yes), so no
 * subsetting library is needed. Each rule here lists the installed copy first (`local(…)`): where
 * DejaVu is installed the 3.4 MB embedded copy is never loaded, elsewhere it keeps the look. As
 * this CSS is read from the installed fonts, a shell on Linux gains nothing from passing it; it is
 * for a shell that ships its own font files. Measured (bench/briefing-print.ts; 40 excerpts, 9
 * pages; two-pass export, warm printer; 2 cores under load 2–5):
 *   - no @font-face:          warm 0.47 s (0.48× a bare print), first export in a new process 3.1–3.3 s;
 *   - embedded, url() only:   warm 0.59 s, first export 3.6–3.9 s (the fonts cross to Chromium once);
 *   - embedded, local() first: warm 0.53–0.66 s, first export 3.2–3.4 s.
 * The embedded CSS costs ~25 ms to build once per process, and ~40 ms per print in Node
 * (rendering 3.4 MB of HTML and lifting the fonts out of it, lift-fonts.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Debian's fonts-dejavu-core location. */
export const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';

/** The faces, with the full and PostScript names an installed copy is found by (`local()`). */
const FACES = [
  { family: 'DejaVu Serif', weight: 400, style: 'normal', file: 'DejaVuSerif.ttf', local: ['DejaVu Serif', 'DejaVuSerif'] },
  { family: 'DejaVu Serif', weight: 700, style: 'normal', file: 'DejaVuSerif-Bold.ttf', local: ['DejaVu Serif Bold', 'DejaVuSerif-Bold'] },
  // the briefing prints questions and quotes in italic; without this face it would be slanted artificially
  { family: 'DejaVu Serif', weight: 400, style: 'italic', file: 'DejaVuSerif-Italic.ttf', local: ['DejaVu Serif Italic', 'DejaVuSerif-Italic'] },
  { family: 'DejaVu Sans', weight: 400, style: 'normal', file: 'DejaVuSans.ttf', local: ['DejaVu Sans', 'DejaVuSans'] },
  { family: 'DejaVu Sans', weight: 700, style: 'normal', file: 'DejaVuSans-Bold.ttf', local: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
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
    const local = face.local.map((name) => `local('${name}')`).join(', ');
    rules.push(
      `@font-face { font-family: '${face.family}'; font-style: ${face.style}; font-weight: ${String(face.weight)}; ` +
        `src: ${local}, url(data:font/ttf;base64,${bytes.toString('base64')}) format('truetype'); }`,
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
