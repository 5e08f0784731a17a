/**
 * `npm run bench`: runs every bench module in turn. Each module exports `run()`, prints its own
 * table and writes bench/results/<name>.json. Add a module by adding one line to BENCHES.
 * Only some of them: name them, e.g. `npm run bench -- briefing-export` (an unknown name is an error).
 */
interface BenchModule {
  run: () => Promise<void> | void;
}

/** The bench modules, run in this order. */
const BENCHES: readonly { name: string; load: () => Promise<BenchModule> }[] = [
  { name: 'parse', load: () => import('./parse.js') },
  { name: 'search', load: () => import('./search.js') },
  { name: 'briefing-print', load: () => import('./briefing-print.js') },
  { name: 'briefing-export', load: () => import('./briefing-export.js') },
  { name: 'annotation-list', load: () => import('./annotation-list.js') },
  { name: 'tag-merge', load: () => import('./tag-merge.js') },
  { name: 'annotation-export', load: () => import('./annotation-export.js') },
  { name: 'annotation-bulk', load: () => import('./annotation-bulk.js') },
];

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !BENCHES.some((b) => b.name === name));
if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(', ')}; the benches are ${BENCHES.map((b) => b.name).join(', ')}.`);

for (const bench of BENCHES.filter((b) => chosen.length === 0 || chosen.includes(b.name))) {
  console.log(`\n== bench: ${bench.name}`);
  const module = await bench.load();
  await module.run();
}
