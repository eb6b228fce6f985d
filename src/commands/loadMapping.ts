import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RunConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import { mergeMappings, parseMappingFile, type ColumnMapping } from '../input/columnMapping.js';

/** Largest mapping file read: a few dozen headers are a few kB; this only stops a wrong file. */
const MAX_MAPPING_BYTES = 1024 * 1024;

/** The run's mapping: the `--mapping` file's entries, then `--map`'s, which win for the same header. */
export async function loadMapping(config: Pick<RunConfig, 'cwd' | 'columns'>): Promise<ColumnMapping> {
  const file = config.columns.mappingFile;
  const fromFile = file === undefined ? [] : parseMappingFile(await readMappingFile(resolve(config.cwd, file), file), file);
  return mergeMappings(fromFile, config.columns.map);
}

async function readMappingFile(path: string, typed: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileError(error, typed);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new UsageError('mapping.file_unreadable', { path: typed, reason: 'EISDIR' });
    if (info.size > MAX_MAPPING_BYTES) throw new UsageError('mapping.file_not_object', { path: typed });
    return await handle.readFile('utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw fileError(error, typed);
  } finally {
    await handle.close();
  }
}

function fileError(error: unknown, path: string): UsageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new UsageError('mapping.file_not_found', { path });
  return new UsageError('mapping.file_unreadable', { path, reason: code ?? 'unknown error' });
}
