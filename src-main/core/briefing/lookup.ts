/**
 * Finds the source of a briefing item in what the archive still holds. Resolving (the export) and
 * the composer's item list both ask this one place, so they agree on what "bron verwijderd" means.
 */
import type { Annotation, BriefingItem, QaDocument } from '../model/index.js';
import type { BriefingSources, OmitReason } from './content.js';

type Item<T extends BriefingItem['type']> = Extract<BriefingItem, { type: T }>;

/** A found source, or why it is gone. */
export type Lookup<T> = ({ found: true } & T) | { found: false; reason: OmitReason };

/**
 * The annotation of an excerpt item and its document. An item saved before issue 9 has no
 * document id: then every document's annotations are searched.
 *
 * @returns `document-deleted` when the document is gone, `annotation-deleted` when the annotation is
 */
export function findAnnotation(
  item: Item<'annotation'>,
  sources: BriefingSources,
): Lookup<{ annotation: Annotation; document: QaDocument }> {
  let annotation: Annotation | undefined;
  if (item.documentId !== null) {
    if (!sources.documents.has(item.documentId)) return { found: false, reason: 'document-deleted' };
    annotation = sources.annotationsByDocument.get(item.documentId)?.find((a) => a.id === item.annotationId);
  } else {
    for (const list of sources.annotationsByDocument.values()) {
      annotation = list.find((a) => a.id === item.annotationId);
      if (annotation !== undefined) break;
    }
  }
  if (annotation === undefined) return { found: false, reason: 'annotation-deleted' };
  const document = sources.documents.get(annotation.documentId);
  if (document === undefined) return { found: false, reason: 'document-deleted' };
  return { found: true, annotation, document };
}

/**
 * The question of a qa item (by its printed number) and its document.
 *
 * @returns `index` is the question's position in `document.questions`
 */
export function findQuestion(item: Item<'qa'>, sources: BriefingSources): Lookup<{ document: QaDocument; index: number }> {
  const document = sources.documents.get(item.documentId);
  if (document === undefined) return { found: false, reason: 'document-deleted' };
  const index = document.questions.findIndex((q) => q.number === item.questionNumber);
  if (index < 0) return { found: false, reason: 'question-missing' };
  return { found: true, document, index };
}

/**
 * The answer that covers question `number`: the first whose `questionNumbers` include it.
 * @returns its index in `document.answers`, or -1
 */
export function answerIndexFor(document: QaDocument, number: number): number {
  return document.answers.findIndex((a) => a.questionNumbers.includes(number));
}

/** `text` cut to at most `max` characters at a word boundary, with "…" when cut. */
export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // never cut between the two halves of a surrogate pair (an emoji)
  const cut = flat.slice(0, /[\uD800-\uDBFF]/.test(flat.charAt(max - 2)) ? max - 2 : max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
