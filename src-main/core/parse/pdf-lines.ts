/**
 * Printed lines from the positioned text items of a PDF page (what pdf.js `getTextContent` gives).
 * Items on one baseline become one line; small raised items (footnote markers) join the line they
 * sit on, glued to the word before them, so the text parser's marker logic finds them.
 */

/** One positioned run of text on a PDF page (PDF user space: points, origin bottom-left). */
export interface PdfTextItem {
  str: string;
  /** left edge of the run, points from the page's left edge */
  x: number;
  /** baseline, points from the page's bottom edge */
  y: number;
  /** advance width of the run, points */
  width: number;
  /** height of the run, points */
  height: number;
  /** font size, points (vertical scale of the text matrix) */
  fontSize: number;
  fontName: string;
  /** pdf.js: a line break follows this item */
  hasEOL: boolean;
}

/** One page: its size in points and its text items in content-stream order. Plain data. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** One printed line. */
export interface PdfLine {
  text: string;
  /** baseline of the line's main items, points from the bottom */
  y: number;
  /** left edge, points */
  x: number;
  /** font size of most of the line's characters, points */
  fontSize: number;
  /** the line starts with a number printed smaller than the rest (a footnote's own number) */
  startsWithSmallNumber: boolean;
}

interface LineBuild {
  y: number;
  fontSize: number;
  minX: number;
  maxX: number;
  items: PdfTextItem[];
}

/** A raised item at most this share of the line's size is a superscript (marker). */
const SUPERSCRIPT_RATIO = 0.8;

function acceptsOnBaseline(line: LineBuild, item: PdfTextItem): boolean {
  return Math.abs(item.y - line.y) <= 0.3 * Math.min(item.fontSize, line.fontSize);
}

function acceptsAsSuperscript(line: LineBuild, item: PdfTextItem): boolean {
  const rise = item.y - line.y;
  const reach = 2 * line.fontSize;
  return (
    item.fontSize <= SUPERSCRIPT_RATIO * line.fontSize &&
    rise > 0 &&
    rise <= 0.6 * line.fontSize &&
    item.x + item.width >= line.minX - reach &&
    item.x <= line.maxX + reach
  );
}

function acceptsAsSubscript(line: LineBuild, item: PdfTextItem): boolean {
  const drop = line.y - item.y;
  return (
    item.fontSize <= SUPERSCRIPT_RATIO * line.fontSize &&
    drop > 0 &&
    drop <= 0.4 * line.fontSize &&
    item.x >= line.minX &&
    item.x <= line.maxX + 0.5 * line.fontSize
  );
}

/** The font size that most characters of `items` have. */
export function dominantFontSize(items: readonly PdfTextItem[]): number {
  const weight = new Map<number, number>();
  for (const item of items) {
    const size = Math.round(item.fontSize * 10) / 10;
    weight.set(size, (weight.get(size) ?? 0) + item.str.trim().length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}

function lineText(items: readonly PdfTextItem[]): string {
  let text = '';
  let prev: PdfTextItem | null = null;
  for (const item of items) {
    let str = item.str.replace(/\s+/g, ' ');
    if (prev !== null) {
      const gap = item.x - (prev.x + prev.width);
      // "Yes" + "¸ ilgöz": a split-off diacritic printed over the letter before it; the space
      // pdf.js puts after the mark is not a word gap (normalize.ts re-attaches the mark)
      if (gap <= 0 && /\p{L}$/u.test(text)) str = str.replace(/^([\u00B4\u00B8\u00A8\u02C7\u02DB]) (?=\p{L})/u, '$1');
      const spaced = /\s$/.test(text) || /^\s/.test(str);
      // a word gap is about a quarter of the font size; kerning and glued markers are far less
      if (!spaced && gap > 0.15 * Math.max(prev.fontSize, item.fontSize)) text += ' ';
    }
    text += str;
    prev = item;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Groups a page's text items into printed lines, top to bottom. Items whose baselines agree
 * (within 0.3 × font size) share a line; an item at most 0.8 × the line's font size, raised above
 * its baseline by up to 0.6 × that size and next to it, is a superscript and joins that line;
 * one lowered by up to 0.4 × that size right after it ("CO" + "2") is a subscript and joins it too.
 * Words are separated where the gap between items exceeds 0.15 × the font size. Whitespace-only
 * items and rotated text are not given separately: they only affect spacing.
 * @param page one page of positioned items
 * @returns the lines ordered by baseline, top first
 */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y) && i.fontSize > 0);
  // larger type first, so every body line exists before its superscripts look for it
  const bySize = [...items].sort((a, b) => b.fontSize - a.fontSize || b.y - a.y || a.x - b.x);
  const lines: LineBuild[] = [];
  for (const item of bySize) {
    const line =
      lines.find((l) => acceptsOnBaseline(l, item)) ??
      lines.find((l) => acceptsAsSuperscript(l, item)) ??
      lines.find((l) => acceptsAsSubscript(l, item));
    if (line) {
      line.items.push(item);
      line.minX = Math.min(line.minX, item.x);
      line.maxX = Math.max(line.maxX, item.x + item.width);
    } else {
      lines.push({ y: item.y, fontSize: item.fontSize, minX: item.x, maxX: item.x + item.width, items: [item] });
    }
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l): PdfLine => {
      const ordered = [...l.items].sort((a, b) => a.x - b.x);
      const size = dominantFontSize(ordered);
      const first = ordered[0];
      return {
        text: lineText(ordered),
        y: l.y,
        x: l.minX,
        fontSize: size,
        startsWithSmallNumber: first !== undefined && /^\d{1,3}$/.test(first.str.trim()) && first.fontSize < SUPERSCRIPT_RATIO * size && ordered.length > 1,
      };
    })
    .filter((l) => l.text !== '');
}
