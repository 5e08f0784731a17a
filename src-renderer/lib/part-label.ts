/**
 * Human labels for parts of a document ("Vraag 3", "Antwoord 3–4", "Voetnoot 1", "Notitie"), used in
 * search hits and the annotation list. Without the document at hand they fall back to the index.
 */
import type { PartRef, QaDocument } from '../../src-main/core/model/document.js';
import { translate, type Locale } from './i18n.js';
import { formatNumberList } from './qa-pairs.js';

/**
 * The label of `part` in `locale`.
 * @param doc - the document the part belongs to; null uses `index + 1` as the number
 * @param isNote - true for a search hit in an annotation's note or tags ("Notitie")
 */
export function partLabel(locale: Locale, part: PartRef, doc: QaDocument | null, isNote = false): string {
  if (isNote) return translate(locale, 'part.note');
  switch (part.type) {
    case 'question':
      return translate(locale, 'part.question', { n: doc?.questions[part.index]?.number ?? part.index + 1 });
    case 'answer': {
      const numbers = doc?.answers[part.index]?.questionNumbers ?? [];
      return translate(locale, 'part.answer', { n: numbers.length > 0 ? formatNumberList(numbers) : part.index + 1 });
    }
    case 'footnote':
      return translate(locale, 'part.footnote', { n: doc?.footnotes[part.index]?.number ?? part.index + 1 });
    case 'title':
      return translate(locale, 'part.title');
  }
}

