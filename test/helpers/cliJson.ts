import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliOptions, type CliResult } from './runCli.js';

/** The `--json` document as a script sees it (README "JSON (--json)"), typed loosely on purpose. */
export interface JsonIssue {
  readonly column: string;
  readonly header: string;
  readonly field: string;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly value: string;
}
export interface JsonChange {
  readonly column: string;
  readonly header: string;
  readonly field: string;
  readonly from: string;
  readonly to: string;
}
export interface JsonClient {
  readonly legalName: string;
  readonly address: { readonly street: string; readonly postalCode: string; readonly city: string; readonly country: string };
  readonly companyNumber: string | null;
  readonly vatNumber: string | null;
  readonly iban: string;
  readonly bic: string | null;
  readonly language: string;
  readonly contact: { readonly name: string; readonly email: string; readonly language: string };
  readonly assigneeEmails: readonly string[];
  readonly externalReference: string | null;
}
export interface JsonRow {
  readonly row: number;
  readonly status: string;
  readonly client: JsonClient | null;
  readonly issues: readonly JsonIssue[];
  readonly changes: readonly JsonChange[];
}
export interface JsonNote {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}
export interface JsonDoc {
  readonly schemaVersion: number;
  readonly file: string;
  readonly sheet: string;
  readonly dryRun: boolean;
  readonly summary: Readonly<Record<string, number>>;
  readonly rows: readonly JsonRow[];
  readonly notes: readonly JsonNote[];
}

/** Parses stdout as exactly one JSON document; a failure shows what the CLI printed instead. */
export function parseDoc(result: CliResult): JsonDoc {
  try {
    return JSON.parse(result.stdout) as JsonDoc;
  } catch {
    throw new Error(`stdout is not one JSON document (exit ${result.code}):\n${result.stdout.slice(0, 800)}\n--- stderr:\n${result.stderr}`);
  }
}

/** Runs the built CLI with `--json` added and parses its stdout. */
export async function runJson(args: readonly string[], options: CliOptions = {}): Promise<CliResult & { readonly doc: JsonDoc }> {
  const result = await runCli([...args, '--json'], options);
  return { ...result, doc: parseDoc(result) };
}

/**
 * Runs the CLI as given (the table on stdout) with `--report <reportPath>` (a .json path) added,
 * and parses the document it wrote: one spawn for both outputs.
 */
export async function runWithJsonReport(
  args: readonly string[],
  reportPath: string,
  options: CliOptions = {},
): Promise<CliResult & { readonly doc: JsonDoc }> {
  const result = await runCli([...args, '--report', reportPath], options);
  let text: string;
  try {
    text = await readFile(reportPath, 'utf8');
  } catch {
    throw new Error(`no report written (exit ${result.code}):\n${result.stdout.slice(0, 800)}\n--- stderr:\n${result.stderr}`);
  }
  return { ...result, doc: JSON.parse(text) as JsonDoc };
}

/** The row with this sheet row number; fails the test when it is missing. */
export function rowOf(doc: JsonDoc, row: number): JsonRow {
  const found = doc.rows.find((r) => r.row === row);
  if (!found) throw new Error(`row ${row} is not in the document (rows: ${doc.rows.map((r) => r.row).join(', ')})`);
  return found;
}

/** `[column, code]` of a row's issues of one severity, in the document's order. */
export function issuesOf(row: JsonRow, severity: 'error' | 'warning' = 'error'): [string, string][] {
  return row.issues.filter((i) => i.severity === severity).map((i) => [i.column, i.code]);
}

/**
 * What a user must see when the CLI refuses its input: the exit code, one readable message on
 * stderr prefixed with the program name, no stack trace, no "internal error", nothing on stdout.
 */
export function expectRefused(result: CliResult, code = 2): void {
  expect({ code: result.code, stdout: result.stdout }, result.stderr).toEqual({ code, stdout: '' });
  expect(result.stderr).toMatch(/^banqup-import: \S/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/Internal error|Erreur interne|TypeError|ReferenceError|RangeError/);
}

const dirs: string[] = [];

/** A fresh empty folder under the system's temporary folder; removed by removeTempDirs. */
export async function makeTempDir(prefix = 'banqup-e2e-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Removes every folder made by makeTempDir (call it in afterAll). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}
