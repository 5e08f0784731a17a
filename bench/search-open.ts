/**
 * Child process of the search bench: loads a saved search index (index-store + importIndex) in a
 * fresh process, runs one query, and prints the time to searchable and the RSS as JSON on stdout.
 * Usage: tsx bench/search-open.ts <archive dir> <fingerprint>
 */
import { loadSearchIndex } from '../src-main/archive/index-store.js';
import { createSearchEngine, SAVED_FORMAT } from '../src-main/core/search/index.js';

const [dir, fingerprint] = process.argv.slice(2);
const start = performance.now();
const loaded = await loadSearchIndex(dir!, fingerprint!, SAVED_FORMAT);
if (!loaded.ok) throw new Error(`index not loadable: ${loaded.problem} ${loaded.detail}`);
const readMs = performance.now() - start;
const engine = createSearchEngine();
engine.importIndex(loaded.saved);
const hits = engine.search('minister', 20);
const openMs = performance.now() - start;
globalThis.gc?.();
const memory = process.memoryUsage();
console.log(JSON.stringify({ open_ms: openMs, read_ms: readMs, docs: engine.size, hits: hits.length, rss_mb: memory.rss / 2 ** 20, heap_mb: memory.heapUsed / 2 ** 20 }));
