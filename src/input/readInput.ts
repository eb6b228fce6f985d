import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Io } from '../io.js';

/** Largest input file read; a client list of 10 000 rows is a few MB, so this only stops accidents and bombs. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const MB = 1024 * 1024;

/** Reads the sheet's bytes from a path or, for `-`, from standard input, within MAX_INPUT_BYTES. */
export async function readInput(file: string, io: Io): Promise<Uint8Array> {
  if (file === '-') return readStdin(io);
  const path = resolve(io.cwd, file);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileError(error, file);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('input.is_directory', { path: file });
    if (info.size > MAX_INPUT_BYTES) {
      throw new InputError('input.too_large', { path: file, size: Math.ceil(info.size / MB), max: MAX_INPUT_BYTES / MB });
    }
    // The Buffer's own memory: `new Uint8Array(buffer)` copied the whole file (20 MB at 100 000 rows).
    const buffer = await handle.readFile();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(error, file);
  } finally {
    await handle.close();
  }
}

async function readStdin(io: Io): Promise<Uint8Array> {
  if (io.stdin.isTTY) throw new InputError('input.stdin_is_terminal');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) {
      throw new InputError('input.too_large', { path: '-', size: Math.ceil(size / MB), max: MAX_INPUT_BYTES / MB });
    }
    chunks.push(buffer);
  }
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

function fileError(error: unknown, file: string): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new InputError('input.file_not_found', { path: file });
  if (code === 'EISDIR') return new InputError('input.is_directory', { path: file });
  return new InputError('input.unreadable', { path: file, reason: code ?? 'unknown error' });
}
