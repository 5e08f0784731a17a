/**
 * Renders part text with highlights as HTML. Overlapping highlights are split into segments at
 * every boundary, so marks never nest or cross (the HTML stays well formed); a segment covered by
 * several highlights takes the innermost one's colour (and cue) and an outline. A note reference is
 * printed as a superscript right after the last character of its highlight.
 */
import type { HighlightColor } from '../model/index.js';
import { escapeHtml } from './escape-html.js';

/** Where a mark's note is printed: the reference text ("a") and the id of the note it links to. */
export interface NoteRef {
  label: string;
  /** the HTML id of the note (without '#'); safe characters only */
  target: string;
}

/** One highlight to draw: a range of the text (UTF-16 offsets, end exclusive), its colour, and its note reference. */
export interface Mark {
  start: number;
  end: number;
  color: HighlightColor;
  /** null: a plain highlight without a note */
  ref: NoteRef | null;
}

/** A range of text, UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Paragraph ranges of `text`: separated by blank lines (`\n\n`, DESIGN §2); empty ones dropped.
 *
 * @returns ranges in text order, each without its separating blank lines
 */
export function paragraphRanges(text: string): TextRange[] {
  const result: TextRange[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let from = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    if (m.index > from) result.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  if (text.length > from) result.push({ start: from, end: text.length });
  return result;
}

function noteRef(ref: NoteRef): string {
  return `<sup class="note-ref"><a href="#${escapeHtml(ref.target)}">${escapeHtml(ref.label)}</a></sup>`;
}

/** HTML for `text[from, to)` with marks clipped to that range; `refsAt` says where each note number goes. */
function renderRange(text: string, from: number, to: number, marks: readonly Mark[], refsAt: Map<Mark, number>, lineBreak: string): string {
  const inside = marks.filter((m) => m.start < to && m.end > from);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? from;
    const b = points[i + 1] ?? to;
    const piece = escapeHtml(text.slice(a, b)).replace(/\n/g, () => lineBreak);
    const covering = inside.filter((m) => m.start <= a && m.end >= b);
    const top = covering.reduce<Mark | undefined>(
      (best, m) => (best === undefined || m.end - m.start < best.end - best.start ? m : best),
      undefined,
    );
    if (top === undefined) html += piece;
    else html += `<mark class="hl hl-${top.color}${covering.length > 1 ? ' hl-overlap' : ''}">${piece}</mark>`;
    for (const m of inside) {
      if (m.ref !== null && refsAt.get(m) === b) html += noteRef(m.ref);
    }
  }
  return html;
}

/** Where each mark's note reference is printed: after its last character that is inside a paragraph. */
function refPositions(marks: readonly Mark[], paragraphs: readonly TextRange[]): Map<Mark, number> {
  const refsAt = new Map<Mark, number>();
  for (const m of marks) {
    for (const p of paragraphs) {
      if (p.start < m.end && m.start < p.end) refsAt.set(m, Math.min(m.end, p.end));
    }
  }
  return refsAt;
}

/**
 * Renders `text` as `<p>` paragraphs (split at blank lines; single newlines become `<br>`), with
 * `marks` drawn as `<mark class="hl hl-<colour>">` and note references as `<sup class="note-ref">`.
 *
 * @param marks - ranges in UTF-16 offsets of `text`; may overlap; out-of-range parts are ignored
 * @returns escaped HTML
 */
export function renderMarkedParagraphs(text: string, marks: readonly Mark[]): string {
  const paragraphs = paragraphRanges(text);
  const refsAt = refPositions(marks, paragraphs);
  return paragraphs.map((p) => `<p>${renderRange(text, p.start, p.end, marks, refsAt, '<br>')}</p>`).join('\n');
}

/**
 * Renders `text` inline (for a title or a footnote): like `renderMarkedParagraphs` without the
 * paragraphs; newlines become spaces.
 */
export function renderMarkedInline(text: string, marks: readonly Mark[]): string {
  const whole = [{ start: 0, end: text.length }];
  return renderRange(text, 0, text.length, marks, refPositions(marks, whole), ' ');
}
