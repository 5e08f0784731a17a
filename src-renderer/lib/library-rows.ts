/**
 * Pure pieces of the library list: summaries by id, the documents of a `search.browse` answer in
 * its order, and the best search hit per document (hits come best first, several per document).
 */
import type { SearchHit } from '../../src-main/core/api/types.js';
import type { DocumentSummary } from '../../src-main/core/model/document.js';

/** The hits of one document among those asked for: the best one, and all of them best first. */
export interface DocumentHit {
  hit: SearchHit;
  hits: SearchHit[];
}

/** Summaries by document id. */
export function summariesById(summaries: readonly DocumentSummary[]): Map<string, DocumentSummary> {
  return new Map(summaries.map((s) => [s.id, s]));
}

/** The summaries of `ids` in that order; ids without a summary (not loaded yet) are skipped. */
export function summariesInOrder(ids: readonly string[], byId: ReadonlyMap<string, DocumentSummary>): DocumentSummary[] {
  const rows: DocumentSummary[] = [];
  for (const id of ids) {
    const summary = byId.get(id);
    if (summary) rows.push(summary);
  }
  return rows;
}

/**
 * Per document its first hit (hits are ordered best first) and all its hits.
 * Map iteration order is the order of each document's best hit.
 */
export function bestHitPerDocument(hits: readonly SearchHit[]): Map<string, DocumentHit> {
  const byDocument = new Map<string, DocumentHit>();
  for (const hit of hits) {
    const seen = byDocument.get(hit.documentId);
    if (seen) seen.hits.push(hit);
    else byDocument.set(hit.documentId, { hit, hits: [hit] });
  }
  return byDocument;
}
