/**
 * Output shapes of the API that are not model objects themselves, one file per area under types/.
 */
export * from './types/app.js';
export * from './types/search.js';
export * from './types/import.js';
export * from './types/briefings.js';
export * from './types/tags.js';
export * from './types/annotations.js';
export * from './types/annotation-list.js';
export * from './types/review.js';
export * from './types/lifecycle.js';
export * from './types/conflicts.js';
export * from './types/transport.js';
