/**
 * What a CLI run needs from the outside world, passed in rather than read from globals so the
 * run is explicit about its inputs: output streams, environment, working folder, and the wait
 * for a shutdown signal (`serve`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or installed package) root: src-main/cli/ → ../.. (also from dist-main/cli/). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliContext {
  /** writes to stdout (JSON or the human result) */
  out(text: string): void;
  /** writes to stderr (progress, warnings, errors) */
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  platform: NodeJS.Platform;
  home: string;
  /** resolves when the process is asked to stop (SIGINT/SIGTERM); used by `serve` */
  waitForShutdown(): Promise<void>;
}

/** The package version from package.json ("0.0.0" when it cannot be read). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
