import type { ColumnKey } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { COLUMNS, columnSpec, normaliseHeader } from './columns.js';

/** Where a mapping entry came from: `--map`, the `--mapping` file, or an answer at the prompt. */
export type MappingSource = 'map' | 'file' | 'prompt';

/** One "this header of the file is that template column" (target null: leave the column out). */
export interface MappingEntry {
  /** The header as the user wrote it. */
  readonly header: string;
  readonly target: ColumnKey | null;
  readonly source: MappingSource;
}

/** The user's mapping, by header as the reader matches it (normaliseHeader: case, accents, spaces, `*`). */
export type ColumnMapping = ReadonlyMap<string, MappingEntry>;

export const EMPTY_MAPPING: ColumnMapping = new Map();

/** The target that leaves a column out of the import. */
export const LEAVE_OUT = '-';

/**
 * The template column a target names: its letter (`F`), its API field (`companyNumber`,
 * `address.postalCode`) or its key (`postalCode`), in any case; `-` leaves the column out.
 * Undefined when it names nothing.
 */
export function mappingTarget(text: string): ColumnKey | null | undefined {
  const typed = text.trim();
  if (typed === LEAVE_OUT) return null;
  const folded = typed.toLowerCase();
  const spec = COLUMNS.find((c) => c.letter.toLowerCase() === folded || c.field.toLowerCase() === folded || c.key.toLowerCase() === folded);
  return spec?.key;
}

/** One `--map "<header>=<letter or field>"`; the last `=` splits, since a header may hold one. */
export function parseMapFlag(raw: string): MappingEntry {
  const at = raw.lastIndexOf('=');
  const header = at < 0 ? '' : raw.slice(0, at).trim();
  const targetText = at < 0 ? '' : raw.slice(at + 1).trim();
  if (normaliseHeader(header) === '' || targetText === '') throw new UsageError('mapping.bad_map', { value: raw });
  return { header, target: targetOrThrow(header, targetText), source: 'map' };
}

/** Most entries a mapping file may hold: a sheet has a few dozen columns, not thousands. */
const MAX_FILE_ENTRIES = 500;

/** The entries of a `--mapping` file's text: a JSON object `{"<header>": "<letter or field>"}`. */
export function parseMappingFile(text: string, path: string): MappingEntry[] {
  let parsed: unknown;
  try {
    // Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError('mapping.file_not_json', { path });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError('mapping.file_not_object', { path });
  const pairs = Object.entries(parsed as Record<string, unknown>);
  if (pairs.length > MAX_FILE_ENTRIES) throw new UsageError('mapping.file_not_object', { path });
  return pairs.map(([header, value]) => {
    if (value === null) return { header, target: null, source: 'file' as const };
    if (typeof value !== 'string' || normaliseHeader(header) === '') throw new UsageError('mapping.file_bad_entry', { path, header });
    return { header, target: targetOrThrow(header, value), source: 'file' as const };
  });
}

function targetOrThrow(header: string, text: string): ColumnKey | null {
  const target = mappingTarget(text);
  if (target === undefined) throw new UsageError('mapping.unknown_target', { header, target: text, last: COLUMNS.at(-1)?.letter ?? 'A' });
  return target;
}

/**
 * One mapping from the file's entries and the flags' (then the prompt's): a later source wins for
 * the same header; the same header twice in one source with two targets, or two headers for one
 * column, is a mistake to fix (exit 2), never a guess.
 */
export function mergeMappings(...sources: readonly (readonly MappingEntry[])[]): ColumnMapping {
  const merged = new Map<string, MappingEntry>();
  for (const entries of sources) {
    const own = new Map<string, MappingEntry>();
    for (const entry of entries) {
      const key = normaliseHeader(entry.header);
      const before = own.get(key);
      if (before && before.target !== entry.target) {
        throw new UsageError('mapping.header_twice', { header: entry.header, first: targetText(before.target), second: targetText(entry.target) });
      }
      own.set(key, entry);
    }
    for (const [key, entry] of own) merged.set(key, entry);
  }
  const byTarget = new Map<ColumnKey, MappingEntry>();
  for (const entry of merged.values()) {
    if (entry.target === null) continue;
    const before = byTarget.get(entry.target);
    if (before) throw new UsageError('mapping.two_headers', { first: before.header, second: entry.header, column: entry.target });
    byTarget.set(entry.target, entry);
  }
  return merged;
}

/** The entry for a header of the sheet, if the user mapped it. */
export function mappingFor(mapping: ColumnMapping, header: string): MappingEntry | undefined {
  return mapping.get(normaliseHeader(header));
}

/** How a target is written in messages and saved files: the letter, or `-`. */
export function targetText(target: ColumnKey | null): string {
  return target === null ? LEAVE_OUT : columnSpec(target).letter;
}

/** The `--map` that says "this header is that column", quoted for a shell. */
export function mapFlag(header: string, target: ColumnKey | null): string {
  return `--map "${header.replace(/(["\\$`])/g, '\\$1')}=${targetText(target)}"`;
}

/**
 * The mapping a run used, as `--save-mapping` writes it: every column read (found by its usual
 * name or mapped), by API field, in template order, then the columns left out on purpose.
 */
export function usedMapping(columns: Readonly<Partial<Record<ColumnKey, { readonly header: string }>>>, mapping: ColumnMapping): Record<string, string> {
  // A Map, then fromEntries: a header such as `__proto__` stays a plain key.
  const used = new Map<string, string>();
  for (const spec of COLUMNS) {
    const column = columns[spec.key];
    if (column) used.set(column.header, spec.field);
  }
  for (const entry of mapping.values()) if (entry.target === null) used.set(entry.header, LEAVE_OUT);
  return Object.fromEntries(used);
}
