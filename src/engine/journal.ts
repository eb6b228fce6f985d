import {
  closeSync,
  existsSync,
  fdatasync,
  fdatasyncSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { BanqupImportError, InputError } from '../errors.js';
import { jsonForTerminal } from '../report/sanitize.js';
import { APPEND_FLAGS, assertOpenedFile, assertStateFile, readStateFile } from '../report/assertWritablePath.js';
import { createGroupCommit } from './groupCommit.js';

/**
 * The largest journal read. A line is about 250 bytes and a row takes a handful: 10 000 rows
 * imported ten times over is some 100 MB. A longer one is not ours, and would not fit in a string.
 */
export const MAX_JOURNAL_BYTES = 256 * 1024 * 1024;

/** Deferred entries written (on their own, off the main thread) at the latest with this many waiting. */
const MAX_DEFERRED = 200;

/** One state change of one row; the journal is a sequence of these, one JSON object per line. */
export type JournalStep =
  | 'create-started'
  | 'created'
  | 'adopted'
  | 'create-failed'
  | 'provision-started'
  | 'provisioned'
  | 'provision-failed'
  // --update: the PATCH is about to go, went through, or was given up (a crash between the first
  // two is settled by the next run's fresh read: the change is there or it is sent again).
  | 'update-started'
  | 'updated'
  | 'update-failed';

const STEPS: ReadonlySet<string> = new Set<JournalStep>([
  'create-started',
  'created',
  'adopted',
  'create-failed',
  'provision-started',
  'provisioned',
  'provision-failed',
  'update-started',
  'updated',
  'update-failed',
]);

/**
 * A journal line. Only what resuming and support need: never a secret, a token, or the client's
 * data beyond its identity (external reference, VAT or register number).
 */
export interface JournalEntry {
  readonly v: 1;
  /** ISO-8601 time of the change. */
  readonly at: string;
  /** The Partner space id: a journal may hold runs into different spaces. */
  readonly space: string;
  /** The row's identity (rowIdentity.ts), never its position. */
  readonly id: string;
  /** The sheet row at the time, for people reading the file. */
  readonly row: number;
  /** contentHash of the data sent: a row whose data changed is new work. */
  readonly hash: string;
  readonly step: JournalStep;
  readonly clientId?: string;
  readonly banqupSpaceId?: string;
  /** The API's error code (`trn.invalid`, `NOT_FOUND`, `server` …). */
  readonly error?: string;
  readonly requestId?: string;
}

/** What the journal says about one row (its last step for its last content). */
export interface JournalRowState {
  readonly id: string;
  readonly hash: string;
  readonly row: number;
  readonly step: JournalStep;
  /** The client created or adopted for this content, if any. */
  readonly clientId?: string;
  readonly banqupSpaceId?: string;
  readonly error?: string;
  readonly at: string;
}

/** The rows of one space, by identity. */
export type JournalState = ReadonlyMap<string, JournalRowState>;

/** The lines that parse, and how many were ignored (a torn last line, or a damaged one). */
export interface ParsedJournal {
  readonly entries: JournalEntry[];
  readonly ignoredLines: number;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 400;
const optionalText = (v: unknown): boolean => v === undefined || isText(v);

function asEntry(value: unknown): JournalEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const e = value as Record<string, unknown>;
  if (e.v !== 1 || !isText(e.at) || !isText(e.space) || !isText(e.id) || !isText(e.hash)) return null;
  if (typeof e.step !== 'string' || !STEPS.has(e.step) || typeof e.row !== 'number') return null;
  if (![e.clientId, e.banqupSpaceId, e.error, e.requestId].every(optionalText)) return null;
  return e as unknown as JournalEntry;
}

/**
 * Parses journal text. Only lines ended by a newline count: a `kill -9` can leave the last line
 * half-written, and that line is ignored, as is any line that is not a journal entry.
 */
export function parseJournal(text: string): ParsedJournal {
  const lines = text.split('\n');
  const torn = lines.pop() ?? '';
  let ignoredLines = torn.trim() === '' ? 0 : 1;
  const entries: JournalEntry[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    let entry: JournalEntry | null = null;
    try {
      entry = asEntry(JSON.parse(line));
    } catch {
      entry = null;
    }
    if (entry === null) ignoredLines++;
    else entries.push(entry);
  }
  return { entries, ignoredLines };
}

/** Folds entries into each row's current state for one space; later lines win. */
export function foldJournal(entries: readonly JournalEntry[], space: string): Map<string, JournalRowState> {
  const state = new Map<string, JournalRowState>();
  for (const e of entries) {
    if (e.space !== space) continue;
    const before = state.get(e.id);
    // Another content is another piece of work: what was done for the old one does not carry over.
    const same = before !== undefined && before.hash === e.hash;
    const clientId = e.clientId ?? (same ? before.clientId : undefined);
    const banqupSpaceId = e.banqupSpaceId ?? (same && e.step !== 'create-started' ? before.banqupSpaceId : undefined);
    state.set(e.id, {
      id: e.id,
      hash: e.hash,
      row: e.row,
      step: e.step,
      at: e.at,
      ...(clientId !== undefined && { clientId }),
      ...(banqupSpaceId !== undefined && { banqupSpaceId }),
      ...(e.error !== undefined && { error: e.error }),
    });
  }
  return state;
}

/** Journals in banqup-import's own folder untouched for this long are deleted: their imports are long over. */
export const JOURNAL_MAX_AGE_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * Deletes the journals (and `--restart` copies) of `folder` not written for `maxAgeMs`, unless a
 * run holds their lock. Best effort: a file that cannot be removed stays, silently. Only ever
 * called on banqup-import's own state folder, never on a folder the user chose.
 */
export function pruneJournals(folder: string, now: number, maxAgeMs = JOURNAL_MAX_AGE_MS): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.endsWith('.ndjson')) continue;
    const path = join(folder, name);
    try {
      const info = lstatSync(path);
      if (!info.isFile() || now - info.mtimeMs < maxAgeMs || existsSync(`${path}.lock`)) continue;
      unlinkSync(path);
      removed.push(path);
    } catch {
      // Another run may be using or removing it: leave it.
    }
  }
  return removed;
}

/**
 * Reads a journal file; a missing file is an empty journal. It must be a regular file, not a link
 * (a link to /dev/full was read for ever): anything else is `state.not_a_file`, exit 2.
 */
export function readJournal(path: string): ParsedJournal {
  let bytes: Buffer | null;
  try {
    assertStateFile(path);
    bytes = readStateFile(path, MAX_JOURNAL_BYTES);
  } catch (error) {
    if (error instanceof BanqupImportError) throw error;
    throw new InputError('journal.unreadable', { path, reason: errnoText(error) });
  }
  return bytes === null ? { entries: [], ignoredLines: 0 } : parseJournal(bytes.toString('utf8'));
}

/**
 * An open journal. `commit` and `append` return once their entries are on disk (fdatasync);
 * deferred ones go with the next write. Entries keep the order of the calls that made them.
 */
export interface Journal {
  readonly path: string;
  /** The journal's contents when it was opened (empty after `--restart`). */
  readonly loaded: ParsedJournal;
  /** Where `--restart` moved the earlier journal, if it did. */
  readonly previousPath?: string;
  /**
   * Appends entries (after any deferred ones) and resolves once they are on disk. The entries of
   * callers that commit together, or while a sync is running, share one write and one sync, done
   * off the main thread (issue 15: a sync per entry held the import to the disk's pace). A failed
   * write or sync rejects every caller of its batch, and every later one, with its error.
   */
  commit(entries: JournalEntry | readonly JournalEntry[]): Promise<void>;
  /** Appends entries (after any deferred or committed ones) as whole lines in one write, and syncs, before returning. */
  append(entries: JournalEntry | readonly JournalEntry[]): void;
  /**
   * Keeps entries to write with the next `commit`, `append` or `close`: for outcomes that need not
   * be on disk at once, because losing them in a crash only makes the next run look the row up
   * (issue 15: one sync per entry capped the import's speed).
   */
  defer(entries: JournalEntry | readonly JournalEntry[]): void;
  /** Writes what is deferred, syncs, and closes the file (once a sync running off the main thread has ended). */
  close(): void;
}

/**
 * Opens (creating if needed) the journal for appending. `restart` keeps the old file under a
 * dated name and starts an empty one. A half-written last line left by a crash is sealed off with
 * a newline, so that the next entry starts on a line of its own.
 */
export function openJournal(path: string, opts: { readonly restart?: boolean; readonly now?: () => Date } = {}): Journal {
  const now = opts.now ?? (() => new Date());
  let previousPath: string | undefined;
  assertStateFile(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (opts.restart === true && existsSync(path)) {
      previousPath = path.replace(/\.ndjson$/, '') + `.${now().toISOString().replace(/[:.]/g, '-')}.ndjson`;
      renameSync(path, previousPath);
    }
  } catch (error) {
    throw new InputError('journal.unwritable', { path, reason: errnoText(error) });
  }
  const loaded = readJournal(path);
  let fd: number;
  try {
    fd = openSync(path, APPEND_FLAGS, 0o600);
  } catch (error) {
    throw new InputError('journal.unwritable', { path, reason: errnoText(error) });
  }
  try {
    // A device or FIFO put there after readJournal looked: fdatasync on /dev/null fails with EINVAL.
    assertOpenedFile(fd, path);
    const size = fstatSync(fd).size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      const readFd = openSync(path, 'r');
      try {
        readSync(readFd, last, 0, 1, size - 1);
      } finally {
        closeSync(readFd);
      }
      if (last[0] !== 0x0a) writeSync(fd, '\n');
    }
  } catch (error) {
    closeSync(fd);
    if (error instanceof BanqupImportError) throw error;
    throw new InputError('journal.unwritable', { path, reason: errnoText(error) });
  }
  let open = true;
  const listOf = (entries: JournalEntry | readonly JournalEntry[]): readonly JournalEntry[] =>
    Array.isArray(entries) ? (entries as readonly JournalEntry[]) : [entries as JournalEntry];
  // jsonForTerminal: an external reference with U+202E or a C1 control is kept, as a \u escape.
  const linesOf = (entries: JournalEntry | readonly JournalEntry[]): string[] => listOf(entries).map((e) => `${jsonForTerminal(e)}\n`);
  const lines = createGroupCommit(
    {
      write(text) {
        // One write per batch: a kill can tear at most the last line, which parseJournal ignores.
        const bytes = Buffer.from(text, 'utf8');
        for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      },
      sync: () => new Promise<void>((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve()))),
      syncNow: () => fdatasyncSync(fd),
    },
    MAX_DEFERRED,
  );
  const assertOpen = (): void => {
    if (!open) throw new Error('journal is closed');
  };
  return {
    path,
    loaded,
    ...(previousPath !== undefined && { previousPath }),
    commit(entries) {
      assertOpen();
      return lines.commit(linesOf(entries));
    },
    append(entries) {
      assertOpen();
      lines.flushNow(linesOf(entries));
    },
    defer(entries) {
      assertOpen();
      // A long run of outcomes with nothing to send after them (the last provisioning) still reaches the disk.
      lines.later(linesOf(entries));
    },
    close() {
      if (!open) return;
      open = false;
      try {
        lines.finish();
      } finally {
        // An fd closed under a sync still running could be reused by the next file opened.
        lines.whenIdle(() => closeSync(fd));
      }
    },
  };
}

function errnoText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
