/** The domain model: one import point for the JSON contract of DESIGN §2. */
export * from './document.js';
export * from './annotation.js';
export * from './workspace.js';
export * from './tag-tree.js';
export * from './errors.js';
export * from './tag-names.js';
export * from './tag-edits.js';
export * from './tag-restore.js';
