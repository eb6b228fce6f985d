import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { captureIo } from '../helpers/captureIo.js';
import { writeClientSheet } from '../helpers/importSheet.js';
import { removeTempFiles } from '../helpers/workbook.js';

// Regression (issue 4, Ctrl-C storms): reading and checking a sheet is synchronous, so a Ctrl-C
// pressed meanwhile only reaches the handler once the check is done — and the check then carried
// on as if nothing had happened: a dry run printed its table and ended exit 0, an import went on
// to ask Banqup for a token. Now the run stops there: exit 130, nothing printed, nothing sent.

afterAll(removeTempFiles);

describe('Ctrl-C during the check', () => {
  it.each([
    ['a dry run', ['--dry-run'], {}],
    // A closed loopback port: were anything sent, the run would fail differently (and slowly).
    ['an import', [], { BANQUP_API_URL: 'http://127.0.0.1:9', BANQUP_CLIENT_ID: 'id', BANQUP_CLIENT_SECRET: 'secret' }],
  ])('%s stops with exit 130 before printing or sending anything', async (_what, flags, env) => {
    const sheet = await writeClientSheet([{}, {}]);
    const interrupt = new AbortController();
    interrupt.abort(); // as if Ctrl-C came while the sheet was being read
    const run = captureIo({ env, signal: interrupt.signal });
    expect(await main([sheet, ...flags], run.io)).toBe(130);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toMatch(/^banqup-import: Interrupted before anything was sent to Banqup/);
  });

  it.each([
    ['status (read-only)', (sheet: string) => ['status', sheet], { BANQUP_API_URL: 'http://127.0.0.1:9', BANQUP_CLIENT_ID: 'id', BANQUP_CLIENT_SECRET: 'secret' }],
    ['template', (_sheet: string) => ['template', '-o', `${_sheet}.template.xlsx`], {}],
  ])('%s, interrupted while its modules load: exit 130, nothing done', async (_what, argv, env) => {
    const sheet = await writeClientSheet([{}]);
    const interrupt = new AbortController();
    interrupt.abort();
    const run = captureIo({ env, signal: interrupt.signal });
    expect(await main(argv(sheet), run.io)).toBe(130);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toBe('banqup-import: Interrupted; nothing was changed.\n');
    expect(existsSync(`${sheet}.template.xlsx`)).toBe(false);
  });
});
