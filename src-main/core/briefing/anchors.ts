/**
 * HTML ids for the parts of a briefing the table of contents, the PDF outline and the endnotes
 * link to. Item ids and document ids are user data: they are encoded to `[A-Za-z0-9_-]` so every
 * anchor is a valid, unambiguous id and a `#fragment` that needs no escaping.
 */

/** The fixed anchors of a briefing's own sections (item anchors all carry a prefix with a dash). */
export const SECTION_ANCHORS = { endnotes: 'endnotes', appendix: 'appendix', legend: 'legend', contents: 'contents' } as const;

/**
 * Encodes `text` for use inside an HTML id: letters, digits and `-` stay; every other UTF-16 code
 * unit becomes `_<hex>_` (`_` itself too), so different texts give different ids.
 */
export function idSafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    out += /[A-Za-z0-9-]/.test(c) ? c : `_${text.charCodeAt(i).toString(16)}_`;
  }
  return out;
}

/** The anchor of a briefing item: `sec-<id>` (heading), `ex-<id>` (excerpt), `qa-<id>`, `doc-<id>`. */
export function itemAnchor(kind: 'heading' | 'excerpt' | 'qa' | 'document', itemId: string): string {
  const prefix = { heading: 'sec', excerpt: 'ex', qa: 'qa', document: 'doc' }[kind];
  return `${prefix}-${idSafe(itemId)}`;
}

/** The anchor of a source document in the appendix: `app-<document id>`. */
export function appendixAnchor(documentId: string): string {
  return `app-${idSafe(documentId)}`;
}

/** The id of the n-th endnote (1-based): `endnote-<n>`. */
export function endnoteAnchor(n: number): string {
  return `endnote-${String(n)}`;
}
