/** Anchoring: describe a selection as selectors, and find those selectors again in changed text. */
export { describeRange, DEFAULT_CONTEXT_LENGTH, type DescribedRange } from './describe.js';
export {
  anchorTarget,
  MAX_EDIT_RATIO,
  MAX_EDITS,
  MIN_SCORE,
  MIN_MARGIN,
  CONTEXT_AGREEMENT,
  LONE_QUOTE_LENGTH,
  type AnchorMatch,
  type AnchorSelectors,
} from './anchor.js';
export { findExactQuote, scoreCandidate, type ScoredCandidate } from './exact-quote.js';
export { textSimilarity } from './similarity.js';
export { reanchorAnnotation, reanchorAnnotations, type ReanchorCounts, type ReanchorResult } from './reanchor.js';
