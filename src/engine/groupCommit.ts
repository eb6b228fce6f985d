/** How a group commit reaches the disk: the journal's file descriptor, or a test's fake. */
export interface GroupCommitIo {
  /** Writes whole lines in one call: a kill can tear at most the last one. */
  write(text: string): void;
  /** Flushes what was written to disk, off the main thread (fs.fdatasync). */
  sync(): Promise<void>;
  /** The same, blocking (append and close, which must be done when they return). */
  syncNow(): void;
}

/** Lines on their way to the disk, shared by every caller of one journal. */
export interface GroupCommit {
  /**
   * Queues lines after every line queued before them and resolves once they are on disk. Lines
   * queued while a sync runs share the next write and the next sync (group commit); a failed write
   * or sync rejects every caller of that batch, and every later one, with its error.
   */
  commit(lines: readonly string[]): Promise<void>;
  /** Queues lines that need not be on disk yet: they go with the next batch, or alone once `maxWaiting` pile up. */
  later(lines: readonly string[]): void;
  /** Writes and syncs everything queued, plus `lines`, before returning (the synchronous path). */
  flushNow(lines?: readonly string[]): void;
  /** Runs `done` once no sync is running any more (at once when none is): the file may then be closed. */
  whenIdle(done: () => void): void;
  /**
   * The last flush (close): writes and syncs what is queued, unless a batch failed; throws a
   * failure that no caller has heard of yet (outcomes flushed on their own), so the run ends with it.
   */
  finish(): void;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** After the I/O callbacks of this pass of the event loop (setImmediate). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Group commit for an append-only file (issue 15: one fdatasync per entry, on the main thread,
 * held the import to the disk's pace). A batch starts once the callers that are ready together
 * (the same pass of the event loop: the answers read at once) have queued their lines; while its
 * sync runs, the next batch fills. Every caller still waits for a sync that began after its own
 * lines were written.
 */
export function createGroupCommit(io: GroupCommitIo, maxWaiting: number): GroupCommit {
  let queued: string[] = [];
  let waiting: Waiter[] = [];
  let running = false;
  let failure: { readonly error: Error; reported: boolean } | null = null;
  let idle: Array<() => void> = [];

  const start = (): void => {
    if (running) return;
    running = true;
    setImmediate(() => void drain());
  };

  /** Keeps the first failure; it is reported once a caller hears it (a rejection or a throw). */
  const fail = (error: unknown, waiters: readonly Waiter[], thrown = false): void => {
    failure ??= { error: error instanceof Error ? error : new Error(String(error)), reported: false };
    if (waiters.length > 0 || thrown) failure.reported = true;
    for (const waiter of waiters) waiter.reject(failure.error);
  };

  async function drain(): Promise<void> {
    try {
      while ((queued.length > 0 || waiting.length > 0) && failure === null) {
        const lines = queued;
        const waiters = waiting;
        queued = [];
        waiting = [];
        try {
          if (lines.length > 0) io.write(lines.join(''));
          await io.sync();
        } catch (error) {
          fail(error, waiters);
          break;
        }
        for (const waiter of waiters) waiter.resolve();
        // Before the next batch, the answers read in this same pass of the event loop, and the
        // requests they free, get to queue their lines too: fewer, fuller syncs (each costs CPU).
        if (queued.length > 0 || waiting.length > 0) await nextTurn();
      }
      // After a failure nothing more is written: whoever still waits hears why.
      if (failure !== null) {
        fail(failure.error, waiting);
        queued = [];
        waiting = [];
      }
    } finally {
      running = false;
      const callbacks = idle;
      idle = [];
      for (const done of callbacks) done();
    }
  }

  return {
    commit(lines) {
      if (failure !== null) {
        failure.reported = true;
        return Promise.reject(failure.error);
      }
      for (const line of lines) queued.push(line);
      return new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
        start();
      });
    },
    later(lines) {
      if (failure !== null) return;
      for (const line of lines) queued.push(line);
      if (queued.length >= maxWaiting) start();
    },
    flushNow(lines = []) {
      if (failure !== null) {
        failure.reported = true;
        throw failure.error;
      }
      const all = lines.length === 0 ? queued : [...queued, ...lines];
      const waiters = waiting;
      queued = [];
      waiting = [];
      if (all.length === 0 && waiters.length === 0) return;
      try {
        if (all.length > 0) io.write(all.join(''));
        io.syncNow();
      } catch (error) {
        fail(error, waiters, true);
        throw error;
      }
      for (const waiter of waiters) waiter.resolve();
    },
    whenIdle(done) {
      if (running) idle.push(done);
      else done();
    },
    finish() {
      if (failure === null) {
        this.flushNow();
        return;
      }
      if (failure.reported) return;
      failure.reported = true;
      throw failure.error;
    },
  };
}
