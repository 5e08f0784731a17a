/**
 * Checks the Electron fuses of a packaged app (`tsx scripts/check-fuses.ts <executable>`, called by
 * scripts/package-check.sh): electron.config.ts must set the fuses issue 11 requires, and the fuse
 * wire in the packaged binary must carry every value the config sets. Exits 1 with the differences.
 * Reads the wire with @electron/fuses, the library electron-builder flips them with.
 */
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { ELECTRON_FUSES } from '../electron.config.js';

/** The fuses the app must ship with (issue 11 item 8), whatever else the config sets. */
const REQUIRED: Readonly<Record<string, boolean>> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};

/** Config keys that are not fuses. */
const NOT_FUSES = new Set(['resetAdHocDarwinSignature', 'strictlyRequireAllFuses']);

/** The wire state byte for a boolean: '1' (0x31) on, '0' (0x30) off. */
const stateByte = (on: boolean): number => (on ? 0x31 : 0x30);

/** FuseV1Options index of a config key (`runAsNode` → RunAsNode = 0), or undefined for an unknown key. */
function fuseIndex(key: string): number | undefined {
  const name = `${key.charAt(0).toUpperCase()}${key.slice(1)}` as keyof typeof FuseV1Options;
  const index: unknown = FuseV1Options[name];
  return typeof index === 'number' ? index : undefined;
}

async function main(): Promise<void> {
  const executable = process.argv[2];
  if (!executable) throw new Error('usage: tsx scripts/check-fuses.ts <path of the packaged executable>');
  const problems: string[] = [];
  const configured = ELECTRON_FUSES as Readonly<Record<string, unknown>>;
  for (const [key, value] of Object.entries(REQUIRED)) {
    if (configured[key] !== value) problems.push(`electron.config.ts: electronFuses.${key} must be ${value}`);
  }
  const wire = (await getCurrentFuseWire(executable)) as unknown as Readonly<Record<number, number>>;
  for (const [key, value] of Object.entries(configured)) {
    if (NOT_FUSES.has(key) || typeof value !== 'boolean') continue;
    const index = fuseIndex(key);
    if (index === undefined) {
      problems.push(`electron.config.ts: electronFuses.${key} is not a fuse @electron/fuses knows`);
      continue;
    }
    const actual = wire[index];
    if (actual !== stateByte(value)) {
      const shown = actual === undefined ? 'missing' : JSON.stringify(String.fromCharCode(actual));
      problems.push(`${executable}: fuse ${key} is ${shown}, expected ${value ? "'1' (on)" : "'0' (off)"}`);
    }
  }
  if (problems.length > 0) {
    console.error(`check-fuses: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const summary = Object.entries(configured)
    .filter(([key, value]) => !NOT_FUSES.has(key) && typeof value === 'boolean')
    .map(([key, value]) => `${key}=${value ? 'on' : 'off'}`)
    .join(', ');
  console.log(`check-fuses: ok — ${summary}`);
}

main().catch((e: unknown) => {
  console.error(`check-fuses: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
