/**
 * Full-text search (DESIGN §5): Dutch analysis, the query language, and the engine. Services use
 * `createSearchEngine()`; the rest is exported for the CLI, the UI's query hints and tests.
 */
export type { IndexableDocument, SearchEngine } from './engine.js';
export { createSearchEngine } from './search-engine.js';
export { SAVED_FORMAT, type SavedIndex, type SavedDocument } from './saved-index.js';
export { analyze, foldForm, termOf } from './analysis.js';
export { parseQuery } from './query.js';
export type { QueryNode, TermNode, PhraseNode, FieldNode, NotNode, AndNode, OrNode } from './query.js';
export { QUERY_FIELDS, type QueryField } from './query-fields.js';
