import { describe, expect, it } from 'vitest';
import type { ActivateConfig, AddConfig, RunConfig } from '../../src/config/config.js';
import { OPTIONS, parseOptionValue } from '../../src/config/options.js';
import { resolveColorLevel, resolveConfig, resolveProgress, resolveWidth, type Terminal } from '../../src/config/resolveConfig.js';
import { langOfLocale, resolveLang } from '../../src/config/resolveLang.js';
import { UsageError } from '../../src/errors.js';

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

  it('needs a file for the main command; status without one reads the whole space', () => {
    expect(() => resolveConfig({ command: 'import', flags: {} }, {}, pipe, '/w')).toThrow(expect.objectContaining({ code: 'usage.no_file' }));
    expect(resolveConfig({ command: 'status', flags: {} }, CREDENTIALS, pipe, '/w')).toMatchObject({ command: 'space-status', api: { rate: 200 } });
  });

  it('add: each flag lands on its column; the journal is one per command; --no-activate', () => {
    const config = resolveConfig(
      { command: 'add', flags: { name: 'Schmit', zip: '1611', rcs: 'B1', shareDocuments: 'docs@fidu.lu', activate: false, stateDir: 'state' } },
      {},
      pipe,
      '/w',
    ) as AddConfig;
    expect(config.values).toEqual({ legalName: 'Schmit', postalCode: '1611', companyNumber: 'B1', sharingEmail: 'docs@fidu.lu' });
    expect(config).toMatchObject({ activate: false, dryRun: false, interactive: false, journalPath: '/w/state/add.journal.ndjson', journalsManaged: false, api: null });
  });

  it.each([
    ['a terminal', {}, { ...terminal, stdinIsTTY: true }, true],
    ['stdin not a terminal', {}, terminal, false],
    ['under CI', { CI: 'true' }, { ...terminal, stdinIsTTY: true }, false],
  ] as const)('add and activate ask someone only in %s', (_what, env, term, asks) => {
    expect((resolveConfig({ command: 'add', flags: {} }, env, term, '/w') as AddConfig).interactive).toBe(asks);
    expect((resolveConfig({ command: 'activate', flags: {} }, env, term, '/w') as ActivateConfig).interactive).toBe(asks);
    expect((resolveConfig({ command: 'activate', flags: { json: true } }, env, term, '/w') as ActivateConfig).interactive).toBe(false);
  });

  it('activate: without a sheet its own journal, with one the sheet\'s', () => {
    const space = resolveConfig({ command: 'activate', flags: { stateDir: '/s', yes: true } }, {}, pipe, '/w') as ActivateConfig;
    expect(space).toMatchObject({ yes: true, journalPath: '/s/activate.journal.ndjson' });
    expect(space.file).toBeUndefined();
    const sheet = resolveConfig({ command: 'activate', file: 'c.xlsx', flags: { stateDir: '/s' } }, {}, pipe, '/w') as ActivateConfig;
    expect(sheet).toMatchObject({ file: 'c.xlsx', journalPath: '/s/c.xlsx.journal.ndjson' });
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
    ['--lang nl', 'nl', {}, 'nl'],
    ['--lang de over a French locale', 'de', { LANG: 'fr_LU.UTF-8' }, 'de'],
    ['--lang fr_LU', 'fr_LU', { LANG: 'de_LU.UTF-8' }, 'fr'],
    ['--lang fr-BE', 'fr-BE', {}, 'fr'],
    ['--lang nl_BE', 'nl_BE', {}, 'nl'],
    ['--lang de_LU', 'de_LU', {}, 'de'],
    ['--lang de-DE.UTF-8', 'de-DE.UTF-8', {}, 'de'],
    ['--lang in capitals', 'NL_be', {}, 'nl'],
    ['a --lang naming no language falls back to the locale', 'xx', { LANG: 'nl_BE.UTF-8' }, 'nl'],
    ['LANG=nl_BE.UTF-8', undefined, { LANG: 'nl_BE.UTF-8' }, 'nl'],
    ['LANG=de_LU.UTF-8', undefined, { LANG: 'de_LU.UTF-8' }, 'de'],
    ['LANG=de_DE@euro', undefined, { LANG: 'de_DE@euro' }, 'de'],
    ['LC_MESSAGES=nl wins over LANG=de', undefined, { LC_MESSAGES: 'nl', LANG: 'de_DE' }, 'nl'],
    ['LC_ALL=C', undefined, { LC_ALL: 'C', LANG: 'de_DE' }, 'en'],
    ['an empty LC_ALL does not count', undefined, { LC_ALL: '', LANG: 'de_DE' }, 'de'],
    ['LANG=it_IT', undefined, { LANG: 'it_IT.UTF-8' }, 'en'],
    ['LANGUAGE, a list, when nothing else is set', undefined, { LANGUAGE: 'nl:en' }, 'nl'],
  ])('%s', (_what, flag, env, lang) => {
    expect(resolveLang(flag, env)).toBe(lang);
  });
});

describe('langOfLocale', () => {
  it.each([
    ['en', 'en'], ['FR', 'fr'], ['nl', 'nl'], ['de', 'de'],
    ['fr_LU', 'fr'], ['fr-BE', 'fr'], ['nl_BE', 'nl'], ['nl-be', 'nl'], ['de_LU', 'de'], ['de-DE.UTF-8', 'de'],
    ['de_AT.utf8@euro', 'de'], ['en_GB.UTF-8', 'en'], [' fr_LU ', 'fr'],
    ['it_IT', undefined], ['C', undefined], ['POSIX', undefined], ['fry_NL', undefined], ['', undefined],
    ['fr__LU', undefined], ['français', undefined], ['de_DE.UTF-8 extra', undefined],
  ])('%j is %s', (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });
});

describe('--lang, as the option reads it', () => {
  const lang = OPTIONS.find((o) => o.key === 'lang')!;
  it.each([['nl', 'nl'], ['de_LU', 'de'], ['FR-be', 'fr'], ['de-DE.UTF-8', 'de']])('%s is %s', (raw, code) => {
    expect(parseOptionValue(lang, raw, undefined)).toBe(code);
  });
  it.each(['xx', 'it_IT', 'english', ''])('%j is refused as a usage error naming the four languages', (raw) => {
    const refusal = (() => {
      try {
        parseOptionValue(lang, raw, undefined);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(UsageError);
    expect(refusal).toMatchObject({ code: 'usage.bad_lang', exitCode: 2, params: { value: raw, choices: 'en, fr, nl, de' } });
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
