import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { captureIo } from '../helpers/captureIo.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';

// Regression (issue 4, secretsOnline): `--report` was silently ignored whenever the run went
// online — an import, or a dry run with credentials — although the README promises it with every
// check. It is now written before anything is sent.

let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

describe('--report on an online run', () => {
  it.each([
    ['a dry run with credentials', ['--dry-run'], 3],
    ['an import (--skip-invalid)', [], 5],
  ])('%s writes the report of the sheet’s problems', async (_what, flags, exit) => {
    sandbox = await startTestSandbox();
    const sheet = await writeClientSheet([{}, { iban: 'LU00 NOT AN IBAN' }]);
    const dir = stateDir();
    const report = join(dir, 'problems.json');
    const { io, stderr } = captureIo({ env: sandbox.env });
    const code = await main([sheet, ...flags, '--skip-invalid', '--json', '--report', report, '--state-dir', dir, '--rate', '100'], io);
    expect(code, stderr()).toBe(exit);
    expect(existsSync(report)).toBe(true);
    const doc = JSON.parse(readFileSync(report, 'utf8')) as { rows: { row: number; status: string; issues: { code: string }[] }[] };
    expect(doc.rows.find((r) => r.row === 3)).toMatchObject({ status: 'invalid' });
  });

  it('an unwritable report path stops the import before anything is sent (exit 2)', async () => {
    sandbox = await startTestSandbox();
    const sheet = await writeClientSheet([{}]);
    const dir = stateDir();
    const { io } = captureIo({ env: sandbox.env });
    const code = await main([sheet, '--report', join(dir, 'no-such-folder', 'problems.csv'), '--state-dir', dir, '--rate', '100'], io);
    expect(code).toBe(2);
    expect(sandbox.writes()).toBe(0);
  });
});
