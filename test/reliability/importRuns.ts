import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll } from 'vitest';
import type { Client } from '../../src/api/types.js';
import { parseJournal, type JournalEntry } from '../../src/engine/journal.js';
import type { ColumnKey } from '../../src/domain/types.js';
import { FAULT_KINDS, type FaultKind } from '../../src/sandbox/sandboxOptions.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { startTestSandbox, type TestSandbox, type TestSandboxOptions } from '../helpers/sandboxFixture.js';
import type { CliOptions, CliResult } from '../helpers/runCli.js';
import { spawnCli, type SpawnedCli } from '../helpers/spawnCli.js';
import { removeTempFiles, type CellInput } from '../helpers/workbook.js';
import { cliEntry } from './measureCli.js';
import { recordFigures, type FigureRecorder } from './recordFigures.js';

// Shared by the "nothing lost, nothing duplicated" scenarios (issue 4): crashResume, faultStorm,
// secretsOnline, twoRuns, ctrlCStorm. A sheet of N distinct LU clients (external references
// E2E-001 …), the real sandbox, the built CLI in child processes, and the end-state checks.

/** Fast, but still paced and concurrent: the sandbox answers in a few ms. */
export const FAST_ARGS = ['--rate', '200', '--concurrency', '6', '--batch-size', '20', '--timeout', '3'] as const;

/** One import scenario: a sandbox, a sheet of `rows` clients and a fresh state dir. */
export interface ImportScenario {
  readonly s: TestSandbox;
  readonly sheet: string;
  readonly dir: string;
  readonly rows: number;
  /** The external references of the sheet's rows, in order. */
  readonly refs: readonly string[];
  /** Where the journal lives (`--state-dir` + the sheet's name). */
  readonly journalPath: string;
  /** The import's arguments, plus `extra`. */
  args(...extra: string[]): string[];
}

/** The reference writeClientSheet gives row i (0-based). */
export const refOf = (i: number): string => `E2E-${String(i + 1).padStart(3, '0')}`;

/** Starts a sandbox and writes the sheet. */
export async function setUpImport(
  rows: number,
  sandbox: TestSandboxOptions = {},
  cells: (i: number) => Partial<Record<ColumnKey, CellInput>> = () => ({}),
): Promise<ImportScenario> {
  const s = await startTestSandbox({ latencyMs: 2, jitterMs: 4, ...sandbox });
  const sheet = await writeClientSheet(Array.from({ length: rows }, (_, i) => cells(i)));
  const dir = stateDir();
  return {
    s,
    sheet,
    dir,
    rows,
    refs: Array.from({ length: rows }, (_, i) => refOf(i)),
    journalPath: join(dir, `${basename(sheet)}.journal.ndjson`),
    args: (...extra) => [sheet, '--state-dir', dir, ...FAST_ARGS, ...extra],
  };
}

/** A scenario file that imports into one sandbox: its figures, and the import it sets up. */
export interface RecordedImportScenario {
  readonly figures: FigureRecorder;
  /** setUpImport, with the sandbox closed after the file's tests. */
  readonly setUp: (...args: Parameters<typeof setUpImport>) => Promise<ImportScenario>;
}

/**
 * Starts recording a scenario (recordFigures) whose test sets up one import. After the file's
 * tests, even failed ones (the figures then show how far it got), saves the figures, closes the
 * sandbox and removes the sheets.
 */
export function recordImportScenario(scenario: string, title: string): RecordedImportScenario {
  const figures = recordFigures(scenario, title);
  let sc: ImportScenario | undefined;
  afterAll(async () => {
    figures.save();
    await sc?.s.close();
    await removeTempFiles();
  });
  return { figures, setUp: async (...args) => (sc = await setUpImport(...args)) };
}

/** Spawns the import; a generous time limit (fault storms retry with backoff). */
export function spawnImport(sc: ImportScenario, extra: readonly string[] = [], env: Record<string, string> = {}, timeoutMs = 120_000): SpawnedCli {
  return spawnBuilt(sc.args(...extra), { env: { ...sc.s.env, ...env }, timeoutMs });
}

/**
 * Like test/helpers/spawnCli.ts (same clean environment), but runs the copy of dist/ that
 * measureCli.ts takes at the first run of the test file: a `npm run build` beside a long scenario
 * (other engineers share the machine) cannot hand a run a half-written dist/.
 */
export function spawnBuilt(args: readonly string[], options: CliOptions = {}): SpawnedCli {
  return spawnCli(args, options, cliEntry());
}

/** Runs the import to its end. */
export function runImport(sc: ImportScenario, extra: readonly string[] = [], env: Record<string, string> = {}, timeoutMs = 120_000): Promise<CliResult> {
  return spawnImport(sc, extra, env, timeoutMs).done;
}

/** How many runs resuming an import took, and how the last one ended. */
export interface ResumedImport {
  readonly runs: number;
  readonly final: CliResult;
}

/**
 * Runs the import until it finishes (exit 0), as a user would after a crash: once, then again,
 * up to `reruns` more times, while it does not. Each run is a `run-N/resume` figure, N counting on
 * from `runsBefore`; with `recordUnfinished: false` only the last run is.
 */
export async function resumeImport(
  sc: ImportScenario,
  figures: FigureRecorder,
  opts: { readonly runsBefore: number; readonly reruns: number; readonly recordUnfinished: boolean },
): Promise<ResumedImport> {
  const figureOf = (result: CliResult, runs: number) =>
    figures.add({ name: `run-${opts.runsBefore + runs}/resume`, expected: 'exit 0', got: ended(result), passed: result.code === 0, note: result.stdout.trim().split('\n').at(-1) ?? '' });
  let final = await runImport(sc);
  let runs = 1;
  for (let more = 0; final.code !== 0 && more < opts.reruns; more++) {
    if (opts.recordUnfinished) figureOf(final, runs);
    final = await runImport(sc);
    runs++;
  }
  figureOf(final, runs);
  return { runs, final };
}

/** The clients of the sheet's references the sandbox holds, by reference. */
export function clientsByRef(clients: readonly Client[]): Map<string, Client[]> {
  const by = new Map<string, Client[]>();
  for (const c of clients) {
    const key = c.externalReference ?? `(no reference) ${c.id}`;
    by.set(key, [...(by.get(key) ?? []), c]);
  }
  return by;
}

/** How many clients exist beyond one per reference (must be 0 at every moment). */
export function duplicateCount(clients: readonly Client[]): number {
  let extra = 0;
  for (const list of clientsByRef(clients).values()) extra += list.length - 1;
  return extra;
}

/** What the end state of an import must be, and what it is. */
export interface EndState {
  readonly duplicates: number;
  /** Rows with no client at all. */
  readonly lost: number;
  readonly inactive: number;
  /** Clients the sandbox holds that no row of the sheet asked for. */
  readonly strangers: number;
  readonly journal: readonly string[];
  /** Everything wrong, as sentences; empty when all is well. */
  readonly problems: readonly string[];
}

/**
 * Exactly one client per row (matched by externalReference), each ACTIVE, and a journal that
 * explains everything (journalProblems). `rejected` rows (refused by Banqup: an unknown register
 * number) must have no client at all.
 */
export function endState(sc: ImportScenario, opts: { readonly rejected?: ReadonlySet<string> } = {}): EndState {
  const clients = sc.s.clients();
  const by = clientsByRef(clients);
  const rejected = opts.rejected ?? new Set<string>();
  const problems: string[] = [];
  const duplicates = duplicateCount(clients);
  const lostRefs = sc.refs.filter((ref) => !by.has(ref) && !rejected.has(ref));
  const inactiveRefs = sc.refs.filter((ref) => by.get(ref)?.some((c) => c.status !== 'ACTIVE'));
  const wanted = new Set(sc.refs);
  const strangers = clients.filter((c) => c.externalReference === null || !wanted.has(c.externalReference) || rejected.has(c.externalReference)).length;
  if (duplicates > 0) problems.push(`${duplicates} duplicate client(s): ${[...by].filter(([, l]) => l.length > 1).map(([r]) => r).join(', ')}`);
  if (lostRefs.length > 0) problems.push(`${lostRefs.length} row(s) without a client: ${lostRefs.slice(0, 10).join(', ')}`);
  if (inactiveRefs.length > 0) problems.push(`${inactiveRefs.length} client(s) not ACTIVE: ${inactiveRefs.slice(0, 10).join(', ')}`);
  if (strangers > 0) problems.push(`${strangers} client(s) that no row asked for (or that Banqup should have refused)`);
  const journal = journalProblems(sc, clients, rejected);
  problems.push(...journal);
  return { duplicates, lost: lostRefs.length, inactive: inactiveRefs.length, strangers, journal, problems };
}

/**
 * The end state, with the figures that every resumed scenario closes its list with: duplicates at
 * the worst moment and at the end, rows lost, wall time since `started`.
 */
export function recordEndState(sc: ImportScenario, figures: FigureRecorder, run: { readonly worstDuplicates: number; readonly started: number }): EndState {
  const end = endState(sc);
  figures.extra('duplicates (worst moment)', run.worstDuplicates);
  figures.extra('duplicates (end)', end.duplicates);
  figures.extra('lost rows', end.lost);
  figures.extra('wall time (s)', Math.round((Date.now() - run.started) / 100) / 10);
  return end;
}

/** The journal's entries (lines that parse) and how many lines were ignored. */
export function readJournalFile(path: string): { entries: JournalEntry[]; ignoredLines: number } {
  return parseJournal(readFileSync(path, 'utf8'));
}

/**
 * Nothing unexplained in the journal (src/engine/journal.ts): every line but a torn last one
 * parses; every entry is of the sandbox's space and references only clients the sandbox holds, with
 * the row's own client; every row of the sheet has entries and its last one is `provisioned`
 * with the client the sandbox holds for it. `rejected` rows may have no entry (refused before any
 * call), else their last one is `create-failed`: a started step with no end is unexplained.
 */
export function journalProblems(sc: ImportScenario, clients: readonly Client[], rejected: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  let parsed: { entries: JournalEntry[]; ignoredLines: number };
  try {
    parsed = readJournalFile(sc.journalPath);
  } catch (error) {
    return [`journal unreadable: ${(error as Error).message}`];
  }
  // A kill -9 may tear the last line of one run; the next run seals it with a newline, so torn
  // lines can be several (one per killed run) but never more than the runs.
  const byId = new Map(clients.map((c) => [c.id, c]));
  const last = new Map<string, JournalEntry>();
  for (const e of parsed.entries) {
    if (e.space !== sc.s.spaceId) problems.push(`journal entry of another space: ${e.space}`);
    if (e.clientId !== undefined) {
      const held = byId.get(e.clientId);
      if (held === undefined) problems.push(`journal entry (${e.id} ${e.step}) names client ${e.clientId}, which the sandbox does not hold`);
      else if (`ref:${held.externalReference}` !== e.id) problems.push(`journal entry (${e.id} ${e.step}) names the client of ${held.externalReference}`);
    }
    last.set(e.id, e);
  }
  const byRef = clientsByRef(clients);
  for (const ref of sc.refs) {
    const entry = last.get(`ref:${ref}`);
    if (rejected.has(ref)) {
      if (entry !== undefined && entry.step !== 'create-failed') problems.push(`${ref} (refused): the journal ends on ${entry.step}`);
      continue;
    }
    if (entry === undefined) {
      problems.push(`no journal entry for ${ref}`);
      continue;
    }
    const held = byRef.get(ref)?.[0];
    if (entry.step !== 'provisioned') problems.push(`${ref}: the journal ends on ${entry.step}, not provisioned`);
    else if (held !== undefined && entry.clientId !== held.id) problems.push(`${ref}: the journal's client ${entry.clientId} is not the sandbox's ${held.id}`);
  }
  return problems;
}

/** How many lines of the journal are damaged (torn by a kill). */
export function ignoredJournalLines(sc: ImportScenario): number {
  try {
    return readJournalFile(sc.journalPath).ignoredLines;
  } catch {
    return 0;
  }
}

/** "http500 3, dropAfter 1 …" (only kinds that fired) and the total. */
export function faultSummary(counts: Readonly<Record<FaultKind, number>>): { text: string; total: number } {
  const fired = FAULT_KINDS.filter((k) => counts[k] > 0);
  return { text: fired.map((k) => `${k} ${counts[k]}`).join(', ') || 'none', total: fired.reduce((n, k) => n + counts[k], 0) };
}

/** Adds the fault counts of two snapshots (several sandboxes in one scenario). */
export function addFaults(a: Record<FaultKind, number>, b: Readonly<Record<FaultKind, number>>): Record<FaultKind, number> {
  for (const k of FAULT_KINDS) a[k] = (a[k] ?? 0) + (b[k] ?? 0);
  return a;
}

/** All-zero fault counts. */
export function noFaults(): Record<FaultKind, number> {
  return Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
}

/** How a finished run ended, in a word. */
export function ended(result: CliResult): string {
  return result.signal !== null ? result.signal : `exit ${result.code}`;
}

/** The active clients of the sandbox right now. */
export function activeCount(s: TestSandbox): number {
  return s.clients().filter((c) => c.status === 'ACTIVE').length;
}

/** Waits `ms` (real time). */
export const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The end of a CLI output, for assertion messages. */
export function tail(result: CliResult, chars = 2500): string {
  return `\n--- stderr\n${result.stderr.slice(-chars)}\n--- stdout\n${result.stdout.slice(-chars)}`;
}

/**
 * CPU time a process has used so far, in ms (Linux: utime + stime of /proc/<pid>/stat, in 10 ms
 * ticks); null when it cannot be read (gone, or not Linux). Node's own start-up costs ~100–200 ms
 * of CPU here, and a SIGINT in it ends any Node program by the signal; past it, banqup-import
 * handles SIGINT. CPU time, unlike wall time, does not stretch when the machine is loaded.
 */
export function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
