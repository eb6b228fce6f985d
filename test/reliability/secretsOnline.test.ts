import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CFB } from '../../src/input/cfb.js';
import type { CliResult } from '../helpers/runCli.js';
import { removeTempFiles } from '../helpers/workbook.js';
import { ended, faultSummary, setUpImport, spawnBuilt, tail, type ImportScenario } from './importRuns.js';
import { recordFigures } from './recordFigures.js';
import { atScale, SEED } from './scale.js';

// Scenario 4 of issue 4: the client secret, and every access token the sandbox issued, appear
// nowhere: not on stdout or stderr, not in the journal (nor the one --restart keeps), the lock,
// a --report or --results file (.csv, .xlsx — unzipped —, .json), nor anywhere else in the state
// or output folders. Runs with faults, short-lived tokens (so several are issued), a revoked
// token, a wrong secret (401), kill -9, Ctrl-C, a dry run and `status`.

const SECRET = 'S3CR3T-canary-7f1c9e';
const WRONG_SECRET = 'WR0NG-canary-secret-55aa';
const CLIENT_ID = 'canary-app';
const ROWS = atScale(16, 40);
/** The last row has a bad IBAN: --skip-invalid imports the others, and the reports have something to say. */
const INVALID_ROW = ROWS - 1;

const figures = recordFigures('secrets-online', 'Secrets stay secret (issue 4, scenario 4)');
let sc: ImportScenario;
let outDir: string;
const outputs: { name: string; result: CliResult }[] = [];
/** Texts of files that a later run removes (the lock of a killed run). */
const snapshots: { where: string; text: string }[] = [];
const started = Date.now();

beforeAll(async () => {
  sc = await setUpImport(
    ROWS,
    {
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      // Tokens that live 4 s: a run refreshes them, so several are issued.
      tokenLifetimeSeconds: 4,
      faults: { random: { rate: 0.12, seed: SEED, kinds: ['http500', 'http502html', 'http503', 'http429', 'dropBefore', 'dropAfter', 'revokeToken', 'truncated', 'slow'] } },
      slowMs: 1500,
      latencyMs: 5,
      jitterMs: 10,
    },
    (i) => (i === INVALID_ROW ? { iban: 'LU00 NOT AN IBAN' } : {}),
  );
  outDir = mkdtempSync(join(tmpdir(), 'banqup-secrets-out-'));
});

afterAll(async () => {
  figures.extra('CLI runs', outputs.length);
  figures.extra('access tokens issued (all checked)', sc.s.sandbox.issuedTokens().length);
  const faults = faultSummary(sc.s.sandbox.faultsInjected());
  figures.extra('faults injected', faults.total);
  figures.extra('faults by kind', faults.text);
  figures.extra('files checked', filesUnder([sc.dir, outDir]).length);
  figures.extra('wall time (s)', Math.round((Date.now() - started) / 100) / 10);
  figures.save();
  await sc.s.close();
  await removeTempFiles();
});

const out = (name: string): string => join(outDir, name);

/** Runs the CLI to its end (or kills it at `stopWhen` with `signal`), and keeps its output for the final scan. */
async function run(
  name: string,
  args: readonly string[],
  exits: readonly (number | string)[],
  opts: { secret?: string; stopWhen?: () => boolean; signal?: NodeJS.Signals } = {},
): Promise<CliResult> {
  const t = Date.now();
  const child = spawnBuilt(args, { env: { ...sc.s.env, BANQUP_CLIENT_SECRET: opts.secret ?? SECRET }, timeoutMs: 120_000 });
  if (opts.stopWhen !== undefined) {
    await child.waitUntil(opts.stopWhen, 60_000).then(
      () => child.kill(opts.signal ?? 'SIGKILL'),
      () => undefined,
    );
  }
  const result = await child.done;
  outputs.push({ name, result });
  const got = ended(result);
  const ok = exits.some((e) => (typeof e === 'number' ? result.code === e : result.signal === e));
  figures.add({ name, expected: exits.map((e) => (typeof e === 'number' ? `exit ${e}` : e)).join(' or '), got, passed: ok, ms: Date.now() - t });
  expect(ok, `${name}: ${got}${tail(result)}`).toBe(true);
  return result;
}

/** Every file under the folders, recursively. */
function filesUnder(dirs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  for (const dir of dirs) walk(dir);
  return files;
}

/** A file's text as a reader would see it: zip containers (.xlsx) are unpacked, entry by entry. */
function textsOf(path: string): { where: string; text: string }[] {
  const bytes = readFileSync(path);
  const texts = [{ where: path, text: bytes.toString('utf8') }, { where: `${path} (latin1)`, text: bytes.toString('latin1') }];
  if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
    const container = CFB.read(bytes, { type: 'buffer' });
    container.FileIndex.forEach(({ content }, i) => {
      if (content && content.length > 0) texts.push({ where: `${path} → ${container.FullPaths[i]}`, text: Buffer.from(content).toString('utf8') });
    });
  }
  return texts;
}

/** The forms a secret could leak in: as is, URL-encoded, base64 (alone, or `id:secret` as in Basic auth). */
function formsOf(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), Buffer.from(`${CLIENT_ID}:${secret}`).toString('base64')]);
  // A token without its prefix: its random part alone is just as usable.
  if (secret.startsWith('sbx_')) forms.add(secret.slice(4));
  return [...forms];
}

describe('secrets and tokens never leak (online)', () => {
  it('a dry run with credentials, --report .json, --json', async () => {
    await run('dry-run/report-json', [...sc.args('--dry-run', '--skip-invalid', '--json', '--report', out('dry.report.json'))], [3]);
  }, 240_000);

  it('kill -9 while creating (faults on): the lock and journal it leaves', async () => {
    const before = sc.s.clientCreates();
    await run('kill-9/creating', sc.args('--skip-invalid'), ['SIGKILL'], { stopWhen: () => sc.s.clientCreates() >= before + 3 });
    // The next run takes the lock over and removes it: look at it (and the journal) now.
    const left = filesUnder([sc.dir]);
    expect(left.some((f) => f.endsWith('.lock'))).toBe(true);
    for (const f of left) snapshots.push(...textsOf(f).map((t) => ({ ...t, where: `after kill -9: ${t.where}` })));
  }, 240_000);

  it('a token revoked, and the fresh one too: exit 4 (credentials refused)', async () => {
    sc.s.sandbox.scriptFault({ kind: 'revokeToken', method: 'GET', path: '/entitystore/v1/spaces', times: 2 });
    const result = await run('revoked/json', sc.args('--skip-invalid', '--json', '--results', out('revoked.results.json')), [4]);
    expect(result.stderr).toMatch(/refused/);
  }, 240_000);

  it('Ctrl-C while creating: exit 130; --ndjson, --results .xlsx, --report .xlsx', async () => {
    const before = sc.s.clientCreates();
    await run('ctrl-c/ndjson-xlsx', sc.args('--skip-invalid', '--ndjson', '--results', out('ctrlc.results.xlsx'), '--report', out('ctrlc.report.xlsx')), [130, 5], {
      stopWhen: () => sc.s.clientCreates() >= before + 2,
      signal: 'SIGINT',
    });
  }, 240_000);

  it('the import to its end: --json, --results .json, --report .csv', async () => {
    let result = await run('import/json', sc.args('--skip-invalid', '--json', '--results', out('import.results.json'), '--report', out('import.report.csv')), [5, 6]);
    // The storm may outlast the retries once (exit 6); the next run resumes.
    if (result.code === 6) result = await run('import/json-again', sc.args('--skip-invalid', '--json', '--results', out('import.results.json')), [5]);
    expect(sc.s.clients().filter((c) => c.status === 'ACTIVE')).toHaveLength(ROWS - 1);
  }, 240_000);

  it('status; then --restart with nothing left: the table, --results .csv, --report .xlsx', async () => {
    await run('status/json-xlsx', ['status', sc.sheet, '--json', '--results', out('status.results.xlsx'), '--rate', '200'], [0]);
    await run('restart/table-csv', sc.args('--skip-invalid', '--restart', '--results', out('restart.results.csv'), '--report', out('restart.report.xlsx')), [5]);
    expect(filesUnder([sc.dir]).filter((f) => f.endsWith('.ndjson'))).toHaveLength(2); // the kept journal and the new one
  }, 240_000);

  it('a wrong secret: exit 4, and neither secret is shown', async () => {
    const result = await run('wrong-secret/401', sc.args('--skip-invalid'), [4], { secret: WRONG_SECRET });
    expect(result.stderr).toMatch(/BANQUP_CLIENT_SECRET/);
  }, 240_000);

  it('no secret and no token in any output, report, results, journal, lock or other file', () => {
    const tokens = sc.s.sandbox.issuedTokens();
    expect(tokens.length).toBeGreaterThan(3);
    const needles = [SECRET, WRONG_SECRET, ...tokens].flatMap((secret) => formsOf(secret).map((form) => ({ secret, form })));
    const files = filesUnder([sc.dir, outDir]);
    // The reports and results asked for above, and the journal, exist: an unwritten file would hide a leak.
    const names = files.map((f) => relative(outDir, f));
    for (const wanted of ['dry.report.json', 'ctrlc.report.xlsx', 'import.results.json', 'import.report.csv', 'status.results.xlsx', 'restart.results.csv', 'restart.report.xlsx']) {
      expect(names, `${wanted} was not written`).toContain(wanted);
    }
    expect(files.some((f) => f.endsWith('.journal.ndjson'))).toBe(true);
    const haystacks = [
      ...outputs.flatMap(({ name, result }) => [
        { where: `${name}: stdout`, text: result.stdout },
        { where: `${name}: stderr`, text: result.stderr },
      ]),
      ...files.flatMap((f) => [{ where: `file name ${f}`, text: f }, ...textsOf(f)]),
      ...snapshots,
    ];
    const leaks = haystacks.flatMap(({ where, text }) =>
      needles.filter(({ form }) => text.includes(form)).map(({ secret, form }) => `${where}: ${secret === SECRET ? 'the secret' : secret === WRONG_SECRET ? 'the wrong secret' : 'a token'} (${form === secret ? 'as is' : 'encoded'})`),
    );
    figures.add({ name: 'scan', expected: 'no secret, no token', got: leaks.length === 0 ? 'none found' : `${leaks.length} leak(s)`, passed: leaks.length === 0, note: `${haystacks.length} texts, ${needles.length} needles` });
    expect(leaks).toEqual([]);
  }, 240_000);
});
