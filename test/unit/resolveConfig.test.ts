import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../src/config/config.js';
import { OPTIONS } from '../../src/config/options.js';
import { resolveColorLevel, resolveConfig, resolveProgress, resolveWidth, type Terminal } from '../../src/config/resolveConfig.js';
import { resolveLang } from '../../src/config/resolveLang.js';

const pipe: Terminal = { stdoutIsTTY: false, stdoutColumns: 0, stderrIsTTY: false, stderrColumns: 0, supportedColorLevel: 0 };
const terminal: Terminal = { stdoutIsTTY: true, stdoutColumns: 120, stderrIsTTY: true, stderrColumns: 120, supportedColorLevel: 3 };
const CREDENTIALS = { BANQUP_CLIENT_ID: 'id', BANQUP_CLIENT_SECRET: 'secret' };

const run = (flags: Record<string, unknown>, env: Record<string, string> = {}, term = pipe): RunConfig =>
  resolveConfig({ command: 'import', file: 'clients.xlsx', flags }, env, term, '/work') as RunConfig;

describe('resolveConfig', () => {
  it('applies every default of the option table, and nothing else decides one', () => {
    const config = run({}, CREDENTIALS);
    expect(config).toMatchObject({ dryRun: false, maxRows: 10_000, skipInvalid: false, restart: false, journalsManaged: true });
    expect(config.journalPath).toMatch(/banqup-import\/journals\/clients\.xlsx-[0-9a-f]{12}\.journal\.ndjson$/);
    expect(config.api).toMatchObject({ baseUrl: 'https://api.btx.eu.banqup.com', rate: 200, concurrency: 64, adaptive: true, timeoutMs: 30_000, batchSize: 50 });
    for (const spec of OPTIONS.filter((o) => o.default !== undefined && o.commands.includes('import'))) {
      expect(['maxRows', 'env', 'region', 'rate', 'concurrency', 'batchSize', 'timeout']).toContain(spec.key);
    }
  });

  it('--fixed-rate keeps --rate and --concurrency as given instead of as ceilings of adaptive pacing', () => {
    expect(run({ rate: 10, fixedRate: true }, CREDENTIALS).api).toMatchObject({ rate: 10, adaptive: false });
    expect(run({ rate: 10 }, CREDENTIALS).api).toMatchObject({ rate: 10, adaptive: true });
  });

  it('is frozen all the way down', () => {
    const config = run({ json: true }, CREDENTIALS);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.output)).toBe(true);
    expect(Object.isFrozen(config.api)).toBe(true);
  });

  it('takes the credentials from the environment only, and has no API without both', () => {
    expect(run({}).api).toBeNull();
    expect(run({}, { BANQUP_CLIENT_ID: 'id' }).api).toBeNull();
    expect(run({}, { ...CREDENTIALS, BANQUP_CLIENT_SECRET: '' }).api).toBeNull();
    expect(run({}, CREDENTIALS).api).toMatchObject({ clientId: 'id', clientSecret: 'secret' });
  });

  it.each([
    ['--api-url wins over BANQUP_API_URL', { apiUrl: 'http://127.0.0.1:9/' }, { BANQUP_API_URL: 'http://127.0.0.1:8/' }, 'http://127.0.0.1:9'],
    ['BANQUP_API_URL wins over --env/--region', { env: 'uat', region: 'fr' }, { BANQUP_API_URL: 'http://127.0.0.1:8' }, 'http://127.0.0.1:8'],
    ['--env and --region', { env: 'uat', region: 'fr' }, {}, 'https://api.uat.btx.fr.banqup.com'],
  ])('base URL: %s', (_what, flags, env, url) => {
    expect(run(flags, { ...CREDENTIALS, ...env }).api?.baseUrl).toBe(url);
  });

  it.each([
    ['--json with --ndjson', { json: true, ndjson: true }, 'usage.json_and_ndjson'],
    ['a report that is no .xlsx, .csv or .json', { report: 'out.txt' }, 'usage.report_extension'],
    ['results that are no .xlsx, .csv or .json', { results: 'out.pdf' }, 'usage.results_extension'],
  ])('refuses %s (exit 2)', (_what, flags, code) => {
    expect(() => run(flags)).toThrow(expect.objectContaining({ code, exitCode: 2 }));
  });

  it('needs a file for the main command and for status', () => {
    expect(() => resolveConfig({ command: 'status', flags: {} }, {}, pipe, '/w')).toThrow(expect.objectContaining({ code: 'usage.no_file' }));
  });

  it('status never writes: it is a dry run whatever the flags', () => {
    const config = resolveConfig({ command: 'status', file: 'a.csv', flags: {} }, {}, pipe, '/w') as RunConfig;
    expect(config.dryRun).toBe(true);
  });

  it('puts the journal in --state-dir when given (where nothing is pruned), else in XDG_STATE_HOME', () => {
    expect(run({ stateDir: 'state' })).toMatchObject({ journalPath: '/work/state/clients.xlsx.journal.ndjson', journalsManaged: false });
    const stdin = resolveConfig({ command: 'import', file: '-', flags: {} }, { XDG_STATE_HOME: '/st' }, pipe, '/work') as RunConfig;
    expect(stdin.journalPath).toMatch(/^\/st\/banqup-import\/journals\/stdin-[0-9a-f]{12}\.journal\.ndjson$/);
  });
});

describe('resolveLang', () => {
  it.each([
    ['--lang fr', 'fr', {}, 'fr'],
    ['--lang en over a French locale', 'en', { LANG: 'fr_FR.UTF-8' }, 'en'],
    ['LANG=fr_LU', undefined, { LANG: 'fr_LU.UTF-8' }, 'fr'],
    ['LC_ALL wins over LANG', undefined, { LC_ALL: 'en_US', LANG: 'fr_FR' }, 'en'],
    ['LC_MESSAGES', undefined, { LC_MESSAGES: 'fr' }, 'fr'],
    ['no locale', undefined, {}, 'en'],
    ['a locale that only starts with fr', undefined, { LANG: 'fry_NL' }, 'en'],
  ])('%s', (_what, flag, env, lang) => {
    expect(resolveLang(flag, env)).toBe(lang);
  });
});

describe('resolveWidth', () => {
  it.each([
    ['a terminal 132 wide', 132, undefined, 132],
    ['a narrow terminal, even with COLUMNS', 60, '200', 60],
    ['a pipe', 0, undefined, 100],
    ['a pipe with COLUMNS=160 (| less)', 0, '160', 160],
    ['a pty that reports 0 columns, with COLUMNS', 0, '120', 120],
    ['COLUMNS that is not a number', 0, 'wide', 100],
    ['COLUMNS=0', 0, '0', 100],
    ['COLUMNS with a fraction', 0, '80.5', 100],
  ])('%s', (_what, columns, COLUMNS, width) => {
    expect(resolveWidth({ COLUMNS }, { stdoutColumns: columns })).toBe(width);
  });
});

describe('resolveProgress', () => {
  it.each([
    ['a terminal', true, 80, {}, {}, 'spinner'],
    ['a terminal under CI', true, 80, { CI: 'true' }, {}, 'lines'],
    ['a terminal with CI=false', true, 80, { CI: 'false' }, {}, 'spinner'],
    ['a dumb terminal', true, 80, { TERM: 'dumb' }, {}, 'lines'],
    ['a terminal of zero columns', true, 0, {}, {}, 'lines'],
    ['a pipe', false, 0, {}, {}, 'lines'],
    ['--json', true, 80, {}, { json: true }, 'silent'],
    ['--ndjson', false, 0, {}, { ndjson: true }, 'silent'],
    ['--quiet', true, 80, {}, { quiet: true }, 'silent'],
  ] as const)('%s', (_name, isTTY, columns, env, flags, expected) => {
    expect(resolveProgress(flags, env, { stderrIsTTY: isTTY, stderrColumns: columns })).toBe(expected);
  });
});

describe('resolveColorLevel', () => {
  it.each([
    ['a terminal', undefined, {}, terminal, 3],
    ['a pipe', undefined, {}, pipe, 0],
    ['NO_COLOR in a terminal', undefined, { NO_COLOR: '1' }, terminal, 0],
    ['--no-color in a terminal', false, {}, terminal, 0],
    ['--color into a pipe', true, {}, pipe, 1],
    ['FORCE_COLOR into a pipe', undefined, { FORCE_COLOR: '1' }, pipe, 1],
    ['FORCE_COLOR=0 into a pipe', undefined, { FORCE_COLOR: '0' }, pipe, 0],
    ['TERM=dumb', undefined, { TERM: 'dumb' }, terminal, 0],
    ['--no-color beats FORCE_COLOR', false, { FORCE_COLOR: '1' }, terminal, 0],
  ] as const)('%s', (_what, flag, env, term, level) => {
    expect(resolveColorLevel(flag, env, term)).toBe(level);
  });
});
