/** The annotations view's pure parts: filter, sort and rows (the service reads the archive). */
export * from './filter.js';
export * from './sort.js';
export * from './rows.js';
