import { createHash } from 'node:crypto';
import { basename, isAbsolute, join, resolve } from 'node:path';

/** What decides where a sheet's journal lives. */
export interface JournalPlace {
  readonly cwd: string;
  /** `--state-dir`: wins over everything. */
  readonly stateDir?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
  /** Whether a file exists (a journal left beside the sheet by an earlier version). */
  readonly exists: (path: string) => boolean;
}

/**
 * The platform's folder for a program's state, which people do not browse: `XDG_STATE_HOME`
 * (default ~/.local/state) on Linux, `%LOCALAPPDATA%` on Windows, Application Support on macOS.
 */
export function stateHome(place: Pick<JournalPlace, 'env' | 'platform' | 'home'>): string {
  const { env, platform, home } = place;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'banqup-import');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'banqup-import');
  const xdg = env.XDG_STATE_HOME;
  return join(xdg !== undefined && isAbsolute(xdg) ? xdg : join(home, '.local', 'state'), 'banqup-import');
}

/** The folder of the journals banqup-import keeps itself (pruned of old ones). */
export function journalsFolder(place: Pick<JournalPlace, 'env' | 'platform' | 'home'>): string {
  return join(stateHome(place), 'journals');
}

/**
 * Where the journal of an input lives. `--state-dir`: `<dir>/<file>.journal.ndjson` (stdin:
 * `stdin.journal.ndjson`). Otherwise the platform's state folder, named after the sheet and a hash
 * of its full path (two `clients.xlsx` in two folders are two imports), so that nothing appears
 * beside the user's file on a shared drive. A journal an earlier version left beside the sheet is
 * still used, so that an import started before the upgrade resumes.
 */
export function journalLocation(file: string, place: JournalPlace): { readonly path: string; readonly managed: boolean } {
  if (place.stateDir !== undefined) {
    const dir = resolve(place.cwd, place.stateDir);
    return { path: join(dir, file === '-' ? 'stdin.journal.ndjson' : `${basename(resolve(place.cwd, file))}.journal.ndjson`), managed: false };
  }
  const input = file === '-' ? null : resolve(place.cwd, file);
  const beside = input === null ? join(place.cwd, 'stdin.journal.ndjson') : `${input}.journal.ndjson`;
  if (place.exists(beside)) return { path: beside, managed: false };
  const name = input === null ? 'stdin' : basename(input).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80);
  const key = createHash('sha256').update(input ?? `stdin:${place.cwd}`).digest('hex').slice(0, 12);
  return { path: join(journalsFolder(place), `${name}-${key}.journal.ndjson`), managed: true };
}
