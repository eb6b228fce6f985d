import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';

/*
 * Paths the tool writes to are checked before anything is sent: a journal that was a link to
 * /dev/full was read for ever (17 GB, then bad_alloc); one that was /dev/null failed fdatasync
 * ("Internal error"); a --results path that was a device node was replaced by a regular file.
 *
 * Decision on symbolic links: the journal and its lock are the tool's own state, so a link there
 * is refused whatever it points to (nobody makes one by accident, and a link is how /dev/full got
 * there). A report or results path may be a link to a regular file, which is written through
 * (people link outputs into shared folders); a link to anything else, or to nothing, is refused.
 */

/** What a path is, in the words of the messages (`file.kind.*`). */
export type PathKind = 'folder' | 'device' | 'pipe' | 'socket' | 'link' | 'other';

/** The kind of a non-regular file, or null for a regular file. */
export function specialKind(info: Stats): PathKind | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'folder';
  if (info.isSymbolicLink()) return 'link';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isFIFO()) return 'pipe';
  if (info.isSocket()) return 'socket';
  return 'other';
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // A file where a folder of the path should be.
    if (code === 'ENOTDIR') throw notFolder(dirname(path));
    throw error;
  }
}

function notFolder(folder: string): UsageError {
  // The first existing ancestor that is not a folder is the one to name.
  let at = folder;
  for (;;) {
    const up = dirname(at);
    const info = (() => {
      try {
        return statSync(at);
      } catch {
        return null;
      }
    })();
    if (info !== null && !info.isDirectory()) return new UsageError('state.not_folder', { path: at, kind: specialKind(info) ?? 'file' });
    if (up === at) return new UsageError('state.not_folder', { path: folder, kind: 'other' });
    at = up;
  }
}

/**
 * The folder that holds the journal and its lock (`--state-dir`, or the sheet's folder): it may
 * be missing (it is created) or a folder, or a link to one; anything else is `state.not_folder`.
 */
export function assertStateFolder(folder: string): void {
  let info: Stats;
  try {
    info = statSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // Created later with mkdir -p: every existing ancestor must be a folder too.
      const parent = dirname(folder);
      if (parent !== folder) assertStateFolder(parent);
      return;
    }
    if (code === 'ENOTDIR') throw notFolder(folder);
    throw error;
  }
  if (!info.isDirectory()) throw new UsageError('state.not_folder', { path: folder, kind: specialKind(info) ?? 'file' });
}

/**
 * The journal or the lock: missing, or a regular file that is not a link. Anything else is
 * `state.not_a_file` (exit 2), said before the run reads or sends anything.
 */
export function assertStateFile(path: string): void {
  assertStateFolder(dirname(path));
  const info = lstatOrNull(path);
  if (info === null) return;
  const kind = specialKind(info);
  if (kind !== null) throw new UsageError('state.not_a_file', { path, kind });
}

/**
 * A report or results file, before the run: missing (in an existing folder), a regular file, or
 * a link to one. Anything else is `output.not_a_file` (exit 2); a folder that does not exist is
 * `output.unwritable` (ENOENT), as the writer would say at the end, but before anything is sent.
 */
export function assertOutputPath(path: string): void {
  if (assertOutputTarget(path)) return;
  let folder: Stats;
  try {
    folder = statSync(dirname(path));
  } catch (error) {
    throw new UsageError('output.unwritable', { path, reason: (error as NodeJS.ErrnoException).code ?? 'ENOENT' });
  }
  if (!folder.isDirectory()) throw new UsageError('output.unwritable', { path, reason: 'ENOTDIR' });
}

/**
 * The check the writer makes itself (writeAtomically.ts): true when `path` is a regular file or
 * a link to one, false when it does not exist; `output.not_a_file` for anything else, which a
 * rename would replace (a device node became a regular file).
 */
export function assertOutputTarget(path: string): boolean {
  let info: Stats | null;
  try {
    info = lstatSync(path);
  } catch {
    return false;
  }
  if (info.isSymbolicLink()) {
    try {
      info = statSync(path);
    } catch {
      throw new UsageError('output.not_a_file', { path, kind: 'link' });
    }
  }
  const kind = specialKind(info);
  if (kind !== null) throw new UsageError('output.not_a_file', { path, kind });
  return true;
}

/** O_NOFOLLOW and O_NONBLOCK where the platform has them: a FIFO must not block the open. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a state file (journal, lock) that must be a regular file of at most `maxBytes`: opened
 * without following a link, checked on the open descriptor (a path swapped after the check is
 * caught), and read up to its size, never until an end that a device does not have. Returns
 * null when the file does not exist; throws `state.not_a_file`, or `state.too_large` past `maxBytes`.
 */
export function readStateFile(path: string, maxBytes: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // O_NOFOLLOW on a link: ELOOP (Linux, macOS) or EMLINK (FreeBSD).
    if (code === 'ELOOP' || code === 'EMLINK') throw new UsageError('state.not_a_file', { path, kind: 'link' });
    if (code === 'ENOTDIR') throw notFolder(dirname(path));
    throw error;
  }
  try {
    const info = fstatSync(fd);
    const kind = specialKind(info);
    if (kind !== null) throw new UsageError('state.not_a_file', { path, kind });
    if (info.size > maxBytes) throw new UsageError('state.too_large', { path, size: Math.ceil(info.size / 1_048_576), max: Math.floor(maxBytes / 1_048_576) });
    const buffer = Buffer.alloc(info.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Flags to open a state file for appending: no link followed, no wait for a FIFO's reader (fstat decides after). */
export const APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** After opening a state file for writing: the descriptor must be a regular file (`state.not_a_file`). */
export function assertOpenedFile(fd: number, path: string): void {
  const kind = specialKind(fstatSync(fd));
  if (kind !== null) throw new UsageError('state.not_a_file', { path, kind });
}
