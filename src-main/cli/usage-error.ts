/**
 * A mistake in how the command was called (unknown command or flag, missing argument): the CLI
 * prints the message and the command's usage line, and exits with 2 (DESIGN §6).
 */
export class UsageError extends Error {
  /** the command whose usage line to print, or null for the general usage */
  readonly command: string | null;

  constructor(message: string, command: string | null = null) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** Exit codes of the CLI: 0 done, 1 the work failed (a bad file, a missing document), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
