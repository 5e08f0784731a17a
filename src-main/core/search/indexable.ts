/** What the search index is given for one document (a leaf module: the search files all import it). */
import type { Annotation, QaDocument } from '../model/index.js';

/** Everything the index needs to know about one document. */
export interface IndexableDocument {
  document: QaDocument;
  annotations: Annotation[];
  /** the tags on the document itself */
  documentTagIds: string[];
}
