/**
 * When the archive takes a backup (DESIGN §3): after `BACKUP_EVERY_WRITES` writes, or once
 * `BACKUP_EVERY_MS` have passed since the first write no backup holds yet, and at close when
 * there were writes — never on reads, so `list`, `show` and `search` leave the backups alone.
 * The clock is injected, so tests move time instead of waiting for it.
 */

/**
 * Writes between two backups. One analyst's session of highlighting and noting makes a few hundred
 * writes; 50 keeps at most a few minutes of work outside a backup without copying the catalog
 * (megabytes for a large archive) on every keystroke-sized change.
 */
export const BACKUP_EVERY_WRITES = 50;
/** At most this long (ms) between the first write no backup holds and the backup that holds it: 10 minutes. */
export const BACKUP_EVERY_MS = 10 * 60_000;

export interface BackupScheduleOptions {
  /** default `BACKUP_EVERY_WRITES` */
  everyWrites?: number;
  /** default `BACKUP_EVERY_MS` */
  everyMs?: number;
  /** the clock (tests pass a movable one) */
  clock: () => Date;
}

export class BackupSchedule {
  /** writes finished since the last backup started */
  private writes = 0;
  /** when the first of those writes finished (ms since epoch), or null */
  private firstWriteAt: number | null = null;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failure: Error | null = null;
  private stopped = false;
  private readonly everyWrites: number;
  private readonly everyMs: number;

  /**
   * @param take copies the archive's changeable files into a new backup
   */
  constructor(
    private readonly take: () => Promise<void>,
    private readonly options: BackupScheduleOptions,
  ) {
    this.everyWrites = options.everyWrites ?? BACKUP_EVERY_WRITES;
    this.everyMs = options.everyMs ?? BACKUP_EVERY_MS;
  }

  /** Writes finished that no backup holds yet. */
  get pendingWrites(): number {
    return this.writes;
  }

  /** The error of the last backup that failed (its writes stay pending and are retried), or null. */
  get lastFailure(): Error | null {
    return this.failure;
  }

  /**
   * Counts one finished write; starts a backup in the background when the count or the time is up.
   * @returns the backup started now, or null (it never rejects: a failure is kept in `lastFailure`)
   */
  noteWrite(): Promise<void> | null {
    if (this.stopped) return null;
    this.writes++;
    const now = this.options.clock().getTime();
    if (this.firstWriteAt === null) {
      this.firstWriteAt = now;
      this.startTimer();
    }
    if (this.writes >= this.everyWrites || now - this.firstWriteAt >= this.everyMs) return this.backup();
    return null;
  }

  /**
   * At close: stops the schedule, waits for a running backup, then takes one more when writes are
   * pending. Never rejects; a failure is kept in `lastFailure`.
   */
  async finish(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.running;
    if (this.writes > 0) await this.backup();
  }

  private backup(): Promise<void> {
    if (this.running) return this.running;
    const writes = this.writes;
    this.writes = 0;
    this.firstWriteAt = null;
    this.clearTimer();
    const run = (async () => {
      try {
        await this.take();
        this.failure = null;
      } catch (e) {
        this.failure = e instanceof Error ? e : new Error(String(e));
        // the writes it should have held wait for the next backup
        this.writes += writes;
        this.firstWriteAt ??= this.options.clock().getTime();
      } finally {
        this.running = null;
      }
    })();
    this.running = run;
    return run;
  }

  /** a session that writes once and then idles still gets its backup after `everyMs` */
  private startTimer(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped && this.writes > 0) void this.backup();
    }, this.everyMs);
    this.timer.unref?.();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
