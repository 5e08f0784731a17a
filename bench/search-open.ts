/**
 * Child process of the search bench: opens the bench archive as the app does (`openVraagbaak`: lock,
 * catalog, workspace, annotations, backup, saved search index, notes and tags re-added) in a fresh
 * process, runs one query, and prints the time to searchable and the RSS as JSON on stdout.
 * Usage: tsx bench/search-open.ts <archive dir>
 */
import { Archive } from '../src-main/archive/index.js';
import { openVraagbaak } from '../src-main/services/index.js';

const [dir] = process.argv.slice(2);
// the archive files alone first (then closed), for the breakdown
let start = performance.now();
const archive = await Archive.open(dir!);
const archiveMs = performance.now() - start;
await archive.close();

start = performance.now();
const v = await openVraagbaak({
  archiveDir: dir!, shell: 'cli', version: 'bench',
  printer: { print: () => Promise.reject(new Error('no printing in the bench')), close: () => Promise.resolve() },
});
if (v.indexReport.source !== 'saved') throw new Error(`the saved index was not used: ${v.indexReport.rebuildReason ?? ''}`);
const hits = await v.search.query('minister', 20);
const openMs = performance.now() - start;
globalThis.gc?.();
const memory = process.memoryUsage();
console.log(JSON.stringify({ open_ms: openMs, archive_ms: archiveMs, docs: v.search.size, hits: hits.length, rss_mb: memory.rss / 2 ** 20, heap_mb: memory.heapUsed / 2 ** 20 }));
await v.close();
