/**
 * Text of a source with its highlights as Word runs. Overlapping highlights are cut into
 * segments at every boundary; a segment covered by several takes the innermost one's colour and
 * cue (as in the PDF). A highlight with a note gets its letter right after its last character.
 */
import type { ParagraphChild } from 'docx';
import type { PassageMark } from '../core/briefing/content.js';
import type { TextRange } from '../core/briefing/marks.js';
import { highlightFormat } from './highlight.js';
import { noteRefRun, type NoteList } from './notes.js';
import { textRuns, type RunFormat } from './text.js';

/** Where each lettered highlight's letter goes: the offset after which it is printed. */
export type RefPositions = Map<PassageMark, { at: number; label: string }>;

/**
 * Letters the highlights of `marks` that have notes (in text order, through `notes`) and finds
 * where each letter is printed: after the highlight's last character inside `ranges`.
 */
export function letterMarks(text: string, marks: readonly PassageMark[], ranges: readonly TextRange[], notes: NoteList, skip: (m: PassageMark) => boolean = () => false): RefPositions {
  const refs: RefPositions = new Map();
  for (const m of marks) {
    const inRanges = ranges.filter((r) => r.start < m.end && m.start < r.end);
    const last = inRanges[inRanges.length - 1];
    if (last === undefined) continue;
    const label = notes.add(m, text.slice(m.start, m.end), skip(m));
    if (label !== null) refs.set(m, { at: Math.min(m.end, last.end), label });
  }
  return refs;
}

/**
 * Runs for `text` within `range` (UTF-16 offsets), with `marks` clipped to it, drawn in their
 * colour and cue, and the note letters of `refs` placed; `base` formats every run.
 *
 * @param inline - newlines become spaces (footnotes) instead of line breaks
 */
export function markedRuns(text: string, range: TextRange, marks: readonly PassageMark[], refs: RefPositions, base: RunFormat = {}, inline = false): ParagraphChild[] {
  const inside = marks.filter((m) => m.start < range.end && m.end > range.start);
  const cuts = new Set<number>([range.start, range.end]);
  for (const m of inside) {
    cuts.add(Math.max(range.start, m.start));
    cuts.add(Math.min(range.end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ParagraphChild[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? range.start;
    const b = points[i + 1] ?? range.end;
    const piece = inline ? text.slice(a, b).replace(/\n/g, ' ') : text.slice(a, b);
    const top = inside
      .filter((m) => m.start <= a && m.end >= b)
      .reduce<PassageMark | undefined>((best, m) => (best === undefined || m.end - m.start < best.end - best.start ? m : best), undefined);
    out.push(...textRuns(piece, top === undefined ? base : { ...base, ...highlightFormat(top.color) }));
    for (const m of inside) {
      const ref = refs.get(m);
      if (ref !== undefined && ref.at === b) out.push(noteRefRun(ref.label));
    }
  }
  return out;
}
