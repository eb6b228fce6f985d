import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { assertOutputTarget } from './assertWritablePath.js';

/** Options of writeFileAtomically. */
export interface WriteAtomicallyOptions {
  /** Files that must never be overwritten, e.g. the input being checked. */
  readonly refuse?: readonly string[];
}

async function realpathOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

/** True when both paths name one existing file: same path once links are resolved, or same inode. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([realpathOrNull(a), realpathOrNull(b)]);
  if (ra === null || rb === null) return false;
  if (ra === rb) return true;
  // Hard links, and case-insensitive file systems where two spellings reach the same file.
  const [sa, sb] = await Promise.all([stat(ra, { bigint: true }), stat(rb, { bigint: true })]);
  return sa.ino !== 0n && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Writes a file so that readers see the old content or the new, never half of it: a temp file in
 * the same folder (`.name.<random>.tmp`), flushed to disk, then renamed over the target. Refuses
 * to overwrite any `refuse` path (`report.would_overwrite_input`) and anything but a regular file
 * (`output.not_a_file`); removes the temp file on failure.
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array, opts: WriteAtomicallyOptions = {}): Promise<void> {
  const requested = resolve(path);
  for (const refused of opts.refuse ?? []) {
    if (await sameFile(requested, resolve(refused))) throw new UsageError('report.would_overwrite_input', { path });
  }
  // A device, FIFO, folder or a link to one: the rename below would put a file in its place.
  assertOutputTarget(requested);
  // Write beside the file a symbolic link points to, so that the link survives the rename.
  const target = (await realpathOrNull(requested)) ?? requested;
  const existingMode = await stat(target).then((s) => s.mode & 0o777, () => null);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, 'wx', existingMode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(data);
      // Replacing a file keeps its permissions (open's mode is filtered by the umask).
      if (existingMode !== null) await handle.chmod(existingMode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    // Only a temp file this call created: 'wx' fails on an existing one, which is not ours.
    if (created) await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * A file system refusal (missing folder, no permission, disk full) as the usage error it is for
 * the user (exit 2, `output.unwritable`); anything else is passed on unchanged.
 */
export function unwritableError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('E') ? new UsageError('output.unwritable', { path, reason: code }) : error;
}
