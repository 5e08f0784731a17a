export { DEFAULT_RETENTION, selectBackupsToKeep, type RetentionPolicy } from './retention.js';
