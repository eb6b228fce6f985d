import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { BanqupImportError, UsageError } from '../errors.js';
import { assertStateFile, readStateFile } from '../report/assertWritablePath.js';

/** A lock holds one short JSON line; anything longer is not one of ours. */
const MAX_LOCK_BYTES = 64 * 1024;

/** A lock older than this is taken over even if its process may live: no run lasts a day. */
export const LOCK_STALE_AFTER_MS = 24 * 60 * 60 * 1000;
/** An empty or unreadable lock younger than this may be one being written right now. */
const UNREADABLE_GRACE_MS = 30_000;

/** What the lock file holds: enough to tell whether its run still lives, and to show who holds it. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  /** Tells this run's lock from another's with the same pid (a recycled pid, another host). */
  readonly token: string;
}

/** A held lock; `release` removes the file if it is still ours. */
export interface RunLock {
  readonly path: string;
  /** Set when an earlier run's lock was taken over (its process was gone, or the lock too old). */
  readonly tookOver?: LockOwner | 'unreadable';
  release(): void;
}

/** Seams for tests. */
export interface LockOptions {
  readonly pid?: number;
  readonly host?: string;
  readonly now?: () => number;
  readonly staleAfterMs?: number;
  /** Whether a process runs on this host: process.kill(pid, 0) by default. */
  readonly isAlive?: (pid: number) => boolean;
}

/** `kill(pid, 0)` sends nothing: it only asks whether the process exists (EPERM: it does, not ours). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** The lock's owner, or null when it is empty, damaged or gone; a lock that is no regular file throws. */
function readOwner(path: string, strict = false): LockOwner | null {
  let bytes: Buffer | null;
  try {
    bytes = readStateFile(path, MAX_LOCK_BYTES);
  } catch (error) {
    // While taking the lock, a device or a link there is refused (state.not_a_file), not read nor moved aside.
    if (strict && error instanceof BanqupImportError && error.code === 'state.not_a_file') throw error;
    return null;
  }
  if (bytes === null) return null;
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.startedAt !== 'string' || typeof value.token !== 'string') {
      return null;
    }
    return value as LockOwner;
  } catch {
    return null;
  }
}

/**
 * Takes the lock beside a journal (`<journal>.lock`), created with O_EXCL so that two runs cannot
 * both hold it. A lock whose process is gone (same host, ESRCH) or older than a day is taken over;
 * otherwise UsageError `lock.held` (exit 2). The lock is also removed if the process exits early.
 */
export function acquireRunLock(journalPath: string, opts: LockOptions = {}): RunLock {
  const path = `${journalPath}.lock`;
  const now = opts.now ?? Date.now;
  const me: LockOwner = {
    pid: opts.pid ?? process.pid,
    host: opts.host ?? hostname(),
    startedAt: new Date(now()).toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  const isAlive = opts.isAlive ?? processIsAlive;
  const staleAfter = opts.staleAfterMs ?? LOCK_STALE_AFTER_MS;
  let tookOver: LockOwner | 'unreadable' | undefined;
  // --state-dir naming a file used to read as "another run seems to be importing" (mkdir's EEXIST).
  assertStateFile(path);

  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, me)) return held(path, me, tookOver);
    const owner = readOwner(path, true);
    const age = ageOf(path, owner, now);
    if (age === null) continue; // gone between our attempts: try again
    const stale =
      owner === null
        ? age > UNREADABLE_GRACE_MS
        : age > staleAfter || (owner.host === me.host && owner.pid !== me.pid && !isAlive(owner.pid));
    if (!stale) {
      if (owner === null) throw new UsageError('lock.held_unknown', { path });
      throw new UsageError('lock.held', { path, pid: owner.pid, host: owner.host, since: owner.startedAt });
    }
    if (!moveAsideIfSame(path, owner)) continue;
    tookOver = owner ?? 'unreadable';
  }
  throw new UsageError('lock.held_unknown', { path });
}

function tryCreate(path: string, me: LockOwner): boolean {
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true }); // a new --state-dir
  } catch (error) {
    // Only the lock file's own EEXIST means "held"; the folder's is not (assertStateFile said why).
    throw new UsageError('lock.unwritable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UsageError('lock.unwritable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function ageOf(path: string, owner: LockOwner | null, now: () => number): number | null {
  const started = owner === null ? Number.NaN : Date.parse(owner.startedAt);
  if (Number.isFinite(started)) return now() - started;
  try {
    return now() - statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Moves a stale lock aside, then checks that what was moved is the lock judged stale: if another
 * run took it over in between, its fresh lock is put back and this run tries again.
 */
function moveAsideIfSame(path: string, judged: LockOwner | null): boolean {
  const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return false;
  }
  const moved = readOwner(aside);
  const same = judged === null ? moved === null : moved?.token === judged.token;
  try {
    if (same) unlinkSync(aside);
    else renameSync(aside, path);
  } catch {
    // Best effort: a leftover `.stale-…` file is harmless.
  }
  return same;
}

function held(path: string, me: LockOwner, tookOver: LockOwner | 'unreadable' | undefined): RunLock {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Only our own lock: after a take-over by someone else, theirs stays.
    if (readOwner(path)?.token !== me.token) return;
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
  // A second Ctrl-C ends the process at once (cli.ts); the lock must not outlive it.
  process.once('exit', release);
  return { path, ...(tookOver !== undefined && { tookOver }), release };
}
