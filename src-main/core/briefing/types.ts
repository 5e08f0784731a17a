/**
 * What the briefing renderer needs: the documents with their annotations, and the tags to name.
 */
import type { Annotation, QaDocument, Tag } from '../model/index.js';

export interface BriefingDocument {
  document: QaDocument;
  annotations: Annotation[];
  documentTagIds: string[];
}

export interface BriefingInput {
  title: string;
  subtitle: string;
  author: string;
  /** ISO date shown on the title page */
  date: string;
  locale: 'nl' | 'en';
  documents: BriefingDocument[];
  tags: readonly Tag[];
}
