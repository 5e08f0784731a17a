/**
 * `npm run bench`: runs every bench module in turn. Each module exports `run()`, prints its own
 * table and writes bench/results/<name>.json. Add a module by adding one line to BENCHES.
 */
interface BenchModule {
  run: () => Promise<void> | void;
}

/** The bench modules, run in this order. */
const BENCHES: readonly { name: string; load: () => Promise<BenchModule> }[] = [
  { name: 'parse', load: () => import('./parse.js') },
  { name: 'search', load: () => import('./search.js') },
  { name: 'briefing-print', load: () => import('./briefing-print.js') },
];

for (const bench of BENCHES) {
  console.log(`\n== bench: ${bench.name}`);
  const module = await bench.load();
  await module.run();
}
