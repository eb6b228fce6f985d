import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import type { Row, RowStatus } from '../../src/domain/types.js';
import type { RunMode, RunResult } from '../../src/engine/runResult.js';
import { countPlan, countRows, tallyRows, type ImportCounts } from '../../src/engine/summary.js';
import { ApiUnavailableError, AuthError, InterruptedError, UsageError } from '../../src/errors.js';
import { exitCodeFor } from '../../src/exitCodeFor.js';

const row = (status: RowStatus, extra: Partial<Row> = {}): Row => ({ row: 2, status, cells: {}, client: null, issues: [], changes: [], ...extra });

function result(mode: RunMode, rows: Row[], over: Partial<RunResult> = {}): RunResult {
  const dryRun = over.dryRun ?? (mode === 'plan' || mode === 'status');
  const check = { file: 'x.xlsx', sheet: { sheetName: 'Clients', headerRow: 1 } as RunResult['check']['sheet'], rows, notes: [] };
  return {
    mode,
    dryRun,
    check,
    rows,
    summary: { ...countRows(rows), ...(dryRun && { plan: countPlan(rows) }) },
    durationMs: 0,
    interrupted: false,
    fatal: null,
    ...over,
  };
}

describe('exitCodeFor: runs', () => {
  it.each([
    ['a clean check', result('check', [row('valid')]), 0],
    ['a check with a row in error', result('check', [row('valid'), row('invalid')]), 3],
    ['a check of a sheet without client rows', result('check', []), 2],
    ['a clean sheet without credentials', result('check', [row('valid')], { fatal: new UsageError('credentials.missing') }), 2],
    ['refused before anything was sent', result('check', [row('valid')], { fatal: new AuthError('api.unauthorized') }), 4],
    ['Ctrl-C before anything was sent', result('check', [row('valid')], { fatal: new InterruptedError('run.interrupted_before') }), 130],
    ['every row provisioned or already active', result('import', [row('provisioned'), row('existing', { banqup: 'active' })]), 0],
    ['rows left: failed', result('import', [row('provisioned'), row('failed')]), 5],
    ['rows left: an existing client not active', result('import', [row('existing', { banqup: 'inactive' })]), 5],
    ['credentials refused mid-run', result('import', [row('failed')], { fatal: new AuthError('api.unauthorized') }), 4],
    ['API unavailable beyond retries', result('import', [row('failed')], { fatal: new ApiUnavailableError('api.server') }), 6],
    ['Ctrl-C with work left, even after a fatal error', result('import', [row('skipped')], { interrupted: true, fatal: new ApiUnavailableError('api.server') }), 130],
    ['Ctrl-C after the last row was done', result('import', [row('provisioned')], { interrupted: true }), 0],
    ['a clean dry run', result('plan', [row('valid', { plan: 'create' }), row('valid', { plan: 'existing' })]), 0],
    ['a dry run with a conflict', result('plan', [row('valid', { plan: 'conflict' })]), 3],
    ['a dry run with a duplicate', result('plan', [row('valid', { plan: 'duplicate' })]), 3],
    ['a dry run with an unknown RCS number', result('plan', [row('valid', { plan: 'create' }), row('invalid', { plan: 'create' })]), 3],
    ['status that could look', result('status', [row('valid', { banqup: 'not-found' })]), 0],
  ])('%s → %i', (_name, run, expected) => {
    expect(exitCodeFor(run)).toBe(expected);
  });
});

describe('exitCodeFor: what a command threw or returned', () => {
  it.each([
    ['a command that is done', 'done', 0],
    ['a usage error', new UsageError('usage.no_file'), 2],
    ['refused', new AuthError('api.forbidden'), 4],
    ['unavailable', new ApiUnavailableError('api.timeout'), 6],
    ['interrupted', new InterruptedError('interrupted.nothing_changed'), 130],
    ["commander's help", new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), 0],
    ["commander's version", new CommanderError(0, 'commander.version', '0.1.0'), 0],
    ['an unknown option', new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"), 2],
    ['anything else: a bug', new TypeError('x is undefined'), 1],
    ['a thrown string: a bug', 'oops', 1],
  ])('%s → %i', (_name, outcome, expected) => {
    expect(exitCodeFor(outcome)).toBe(expected);
  });
});

describe('countRows and tallyRows', () => {
  const counts = (over: Partial<ImportCounts> = {}): ImportCounts => ({
    rows: 0, valid: 0, invalid: 0, warnings: 0, created: 0, existing: 0, updated: 0, provisioned: 0, failed: 0, skipped: 0, ...over,
  });
  const rows = [
    { status: 'provisioned', banqup: 'active', issues: [{ severity: 'warning' }] },
    { status: 'existing', banqup: 'active', issues: [] },
    { status: 'existing', banqup: 'inactive', issues: [{ severity: 'warning' }] },
    { status: 'failed', issues: [{ severity: 'error' }] },
    { status: 'invalid', issues: [{ severity: 'error' }, { severity: 'warning' }] },
    { status: 'skipped', plan: 'conflict', issues: [] },
  ] as const;

  it('counts each row once by its final status, and warnings across rows', () => {
    expect(countRows(rows)).toEqual(counts({ rows: 6, valid: 5, invalid: 1, warnings: 3, provisioned: 1, existing: 2, failed: 1, skipped: 1 }));
  });

  it('a client that is there but not active is not done', () => {
    expect(tallyRows(rows)).toEqual({ done: 2, left: 4 });
  });

  it('counts the plan of valid rows only', () => {
    expect(
      countPlan([
        { status: 'valid', plan: 'create', issues: [] },
        { status: 'valid', plan: 'conflict', issues: [] },
        { status: 'invalid', plan: 'create', issues: [] },
      ]),
    ).toEqual({ create: 1, existing: 0, update: 0, conflict: 1, duplicate: 0 });
  });
});
