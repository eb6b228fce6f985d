import { describe, expect, it } from 'vitest';
import { exitCodeForRun, type RunVerdict } from '../../src/engine/exitCodeForRun.js';
import { countPlan, countRows, tallyRows, type ImportCounts } from '../../src/engine/summary.js';

const counts = (over: Partial<ImportCounts> = {}): ImportCounts => ({
  rows: 0, valid: 0, invalid: 0, warnings: 0, created: 0, existing: 0, provisioned: 0, failed: 0, skipped: 0, ...over,
});
const run = (over: Partial<RunVerdict>): RunVerdict => ({ dryRun: false, interrupted: false, fatal: null, counts: counts(), left: 0, ...over });
const plan = (over: Partial<NonNullable<RunVerdict['plan']>> = {}) => ({ create: 1, existing: 1, conflict: 0, duplicate: 0, ...over });

describe('exitCodeForRun', () => {
  it.each([
    ['every row provisioned or already active', run({}), 0],
    ['rows left: failed, skipped, invalid or not provisioned', run({ left: 1 }), 5],
    ['credentials refused mid-run', run({ fatal: 'auth', left: 2 }), 4],
    ['API unavailable beyond retries', run({ fatal: 'unavailable', left: 2 }), 6],
    ['Ctrl-C with work left, even after a fatal error', run({ interrupted: true, fatal: 'unavailable', left: 2 }), 130],
    ['Ctrl-C after the last row was done', run({ interrupted: true }), 0],
    ['a clean dry run', run({ dryRun: true, left: 2, counts: counts({ rows: 2, valid: 2 }), plan: plan() }), 0],
    ['a dry run with a conflict', run({ dryRun: true, left: 2, plan: plan({ conflict: 1 }) }), 3],
    ['a dry run with a duplicate', run({ dryRun: true, left: 2, plan: plan({ duplicate: 1 }) }), 3],
    ['a dry run with an unknown RCS number', run({ dryRun: true, left: 2, counts: counts({ rows: 2, valid: 1, invalid: 1 }), plan: plan() }), 3],
  ])('%s → %i', (_name, verdict, expected) => {
    expect(exitCodeForRun(verdict)).toBe(expected);
  });
});

describe('countRows and tallyRows', () => {
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
    ).toEqual({ create: 1, existing: 0, conflict: 1, duplicate: 0 });
  });
});
