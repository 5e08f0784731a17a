/**
 * Search hits as "Aan briefing toevoegen" items: a hit in an annotation's note becomes that excerpt,
 * a hit in a question or answer the question/answer pair it belongs to (`qa` when the document is
 * at hand to say which question, else `part` and main decides), and each pair or excerpt is sent
 * once however many hits it has.
 */
import type { NewBriefingItem } from '../../src-main/core/api/contract.js';
import type { SearchHit } from '../../src-main/core/api/types.js';
import type { QaDocument } from '../../src-main/core/model/document.js';

/** The items for `hits`, in hit order, without repeats. @param documentOf the full document when it is at hand */
export function hitItems(hits: readonly SearchHit[], documentOf: (id: string) => QaDocument | null): NewBriefingItem[] {
  const seen = new Set<string>();
  const items: NewBriefingItem[] = [];
  for (const hit of hits) {
    const { item, key } = itemFor(hit, documentOf(hit.documentId));
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

function itemFor(hit: SearchHit, doc: QaDocument | null): { item: NewBriefingItem; key: string } {
  const { documentId, part } = hit;
  if (hit.annotationId) return { item: { type: 'annotation', documentId, annotationId: hit.annotationId }, key: `annotation:${hit.annotationId}` };
  const number = doc ? questionNumberOf(doc, part) : undefined;
  if (number === undefined) return { item: { type: 'part', documentId, part }, key: `part:${documentId}:${part.type}:${String(part.index)}` };
  if (number === null) return { item: { type: 'document', documentId }, key: `document:${documentId}` };
  return { item: { type: 'qa', documentId, questionNumber: number }, key: `qa:${documentId}:${String(number)}` };
}

/** The question a part stands for: its own number, or the first question an answer covers; null for the rest. */
function questionNumberOf(doc: QaDocument, part: SearchHit['part']): number | null {
  if (part.type === 'question') return doc.questions[part.index]?.number ?? null;
  if (part.type === 'answer') return doc.answers[part.index]?.questionNumbers[0] ?? null;
  return null;
}
