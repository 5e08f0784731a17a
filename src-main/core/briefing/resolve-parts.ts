/**
 * A part of a source as a briefing prints it (`PrintedPart`): its label, its text with the
 * highlights that still stand on it, and its footnotes — each included as the briefing's options say.
 */
import type { Annotation, BriefingOptions, PartRef, QaDocument, Tag } from '../model/index.js';
import { partKey, partText } from '../model/parts.js';
import type { PassageMark, PrintedPart, SourceFootnote } from './content.js';
import type { BriefingLabels, BriefingLocale } from './labels.js';
import { partLabel } from './part-label.js';
import { placeAnnotation } from './placement.js';

/** What resolving one briefing shares across its items. */
export interface ResolveContext {
  locale: BriefingLocale;
  labels: BriefingLabels;
  options: BriefingOptions;
  tagsById: ReadonlyMap<string, Tag>;
}

/** The theme names of `tagIds` that still exist; [] when themes are not printed. */
export function themeNames(tagIds: readonly string[], ctx: ResolveContext): string[] {
  if (!ctx.options.includeThemes) return [];
  return tagIds.map((id) => ctx.tagsById.get(id)?.name).filter((n): n is string => n !== undefined);
}

/** The analyst's note when notes are printed and it is not blank; else ''. */
export function printedNote(annotation: Annotation, ctx: ResolveContext): string {
  return ctx.options.includeNotes ? annotation.note.trim() : '';
}

/** The footnotes a question or answer refers to, in reference order; [] when footnotes are not printed. */
export function partFootnotes(doc: QaDocument, part: PartRef, ctx: ResolveContext): SourceFootnote[] {
  if (!ctx.options.includeFootnotes) return [];
  const refs = part.type === 'question' ? doc.questions[part.index]?.footnoteRefs : part.type === 'answer' ? doc.answers[part.index]?.footnoteRefs : [];
  return [...new Set(refs ?? [])]
    .map((n) => doc.footnotes.find((f) => f.number === n))
    .filter((f) => f !== undefined)
    .map((f) => ({ number: f.number, text: f.text, url: f.url }));
}

/** The highlights of `annotations` that stand on `part` of `doc` now, sorted by position. */
function marksOn(doc: QaDocument, part: PartRef, text: string, annotations: readonly Annotation[], ctx: ResolveContext): PassageMark[] {
  const key = partKey(part);
  const marks: PassageMark[] = [];
  for (const a of annotations) {
    if (a.documentId !== doc.id || partKey(a.target.part) !== key) continue;
    const range = placeAnnotation(text, a);
    if (range === null) continue;
    marks.push({ ...range, color: a.color, annotationId: a.id, note: printedNote(a, ctx), themes: themeNames(a.tagIds, ctx) });
  }
  return marks.sort((x, y) => x.start - y.start || x.end - y.end);
}

/**
 * `part` of `doc` with its label, its text, the highlights of `annotations` placed on it (with
 * note and themes as the options say) and its footnotes (when printed).
 *
 * @param annotations - the document's annotations; those of other parts or documents are skipped
 * @returns null when the document no longer has the part
 */
export function printedPart(doc: QaDocument, part: PartRef, annotations: readonly Annotation[], ctx: ResolveContext): PrintedPart | null {
  const text = partText(doc, part);
  if (text === null) return null;
  return {
    label: partLabel(doc, part, ctx.labels),
    text: { text, marks: marksOn(doc, part, text, annotations, ctx) },
    footnotes: partFootnotes(doc, part, ctx),
  };
}
