/**
 * Splits a part's text into runs for rendering highlights and links without innerHTML: every
 * highlight or link boundary starts a new segment, and each segment knows what covers it.
 * Offsets are UTF-16 code units into the part text, `end` exclusive (DESIGN §2).
 */

/** A highlight painted over `[start, end)`. */
export interface HighlightRange {
  start: number;
  end: number;
  annotationId: string;
  color: string;
}

/**
 * A link over `[start, end)`: to an element in the page (`href` "#vraag-8", `external` false) or to
 * an outside http(s) URL (`external` true, opened in a new window / the system browser).
 */
export interface LinkRange {
  start: number;
  end: number;
  href: string;
  external: boolean;
  /** accessible name when the linked text alone does not say where it goes */
  label: string | null;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** highlights covering the whole segment, in the order they were given */
  highlights: HighlightRange[];
  link: LinkRange | null;
}

function clamp(value: number, max: number): number {
  return Math.min(Math.max(0, value), max);
}

/**
 * Cuts `text` at every boundary of `highlights` and `links` (clamped to the text; empty or
 * reversed ranges are ignored). The segments cover the text exactly, in order, none empty.
 * Links may not overlap each other: the first one given wins.
 * @returns at least one segment when `text` is not empty
 */
export function splitIntoSegments(text: string, highlights: HighlightRange[], links: LinkRange[] = []): Segment[] {
  const length = text.length;
  const valid = <T extends { start: number; end: number }>(r: T): T | null => {
    const start = clamp(r.start, length);
    const end = clamp(r.end, length);
    return end > start ? { ...r, start, end } : null;
  };
  const marks = highlights.map(valid).filter((r): r is HighlightRange => r !== null);
  const anchors: LinkRange[] = [];
  for (const link of links.map(valid)) {
    if (link && !anchors.some((a) => a.start < link.end && link.start < a.end)) anchors.push(link);
  }
  const cuts = new Set<number>([0, length]);
  for (const r of [...marks, ...anchors]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      highlights: marks.filter((m) => m.start <= start && m.end >= end),
      link: anchors.find((a) => a.start <= start && a.end >= end) ?? null,
    });
  }
  return segments;
}
