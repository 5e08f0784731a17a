/** Anchoring: describe a selection as selectors, and find those selectors again in changed text. */
export { describeRange, DEFAULT_CONTEXT_LENGTH, type DescribedRange } from './describe.js';
export {
  MAX_EDIT_RATIO,
  MAX_EDITS,
  MIN_SCORE,
  MIN_MARGIN,
  CONTEXT_AGREEMENT,
  SHORT_QUOTE_LENGTH,
  type AnchorMatch,
  type AnchorSelectors,
} from './anchor-rules.js';
export { anchorTarget } from './anchor.js';
export { anchorInParts, type PartToSearch, type PlacedInPart } from './anchor-parts.js';
export { findExactQuote, scoreCandidate, type ScoredCandidate } from './exact-quote.js';
export { textSimilarity } from './similarity.js';
export { reanchorAnnotation, reanchorAnnotations, type ReanchorCounts, type ReanchorResult } from './reanchor.js';
