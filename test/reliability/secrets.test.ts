import { createServer } from 'node:net';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CFB } from '../../src/input/cfb.js';
import { clientRow, clientXlsx } from './corpus/sheets.js';
import { recordFigures } from './recordFigures.js';
import { SCALE } from './scale.js';
import { tryCli } from './tryCli.js';

/*
 * Scenario 4, offline part: with BANQUP_CLIENT_SECRET set to a recognisable canary, no run of the
 * offline check prints it (stdout, stderr) or writes it into a file (reports, template, journal),
 * in clear or in the forms a leak would take (Basic auth base64, URL-encoded, hex). The online
 * part (token, import, status against the sandbox) belongs to the online suite.
 */

const figures = recordFigures('secrets-offline', 'Secrets, offline (scenario 4, offline part)');
const SECRET = 'S3CR3T-canary-7f1c9e';
const CLIENT_ID = 'canary-client-4d2a';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/** The secret as it could leak: in clear, in a Basic header, URL-encoded, in hex, reversed. */
const LEAK_FORMS: Readonly<Record<string, string>> = {
  clear: SECRET,
  base64: b64(SECRET),
  'basic-auth base64': b64(`${CLIENT_ID}:${SECRET}`),
  'url-encoded basic pair': encodeURIComponent(`${CLIENT_ID}:${SECRET}`),
  hex: Buffer.from(SECRET).toString('hex'),
  reversed: [...SECRET].reverse().join(''),
};
const WITH_SECRET = { BANQUP_CLIENT_SECRET: SECRET };
const WITH_CREDENTIALS = { BANQUP_CLIENT_ID: CLIENT_ID, BANQUP_CLIENT_SECRET: SECRET };

const valid = clientXlsx([clientRow(1), clientRow(2)]);
const invalid = clientXlsx([clientRow(1), clientRow(2, { vatNumber: 'LU00000000', iban: 'LU00 0000' })]);
let dir = '';
let cases = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banqup-reliability-secrets-'));
});

afterAll(async () => {
  figures.extra('leak forms searched', Object.keys(LEAK_FORMS).join(', '));
  figures.save();
  await rm(dir, { recursive: true, force: true });
});

/** Every file under `root`, with the text of each zip member for .xlsx (reports are zipped XML). */
async function filesText(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const bytes = await readFile(full);
        out.set(full, bytes.toString('latin1'));
        if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
          const zip = CFB.read(bytes, { type: 'buffer' });
          zip.FileIndex.forEach((f, i) => f.content && out.set(`${full}:${zip.FullPaths[i]}`, Buffer.from(f.content).toString('utf8')));
        }
      }
    }
  };
  await walk(root);
  return out;
}

function leaksIn(where: string, text: string): string[] {
  return Object.entries(LEAK_FORMS)
    .filter(([, form]) => text.includes(form))
    .map(([name]) => `the secret (${name}) is in ${where}`);
}

interface SecretCase {
  readonly name: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exits: readonly number[];
  readonly input?: Uint8Array;
  readonly says?: RegExp;
  readonly stdoutOnRefusal?: boolean;
}

async function closedLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 9;
}

async function check(c: SecretCase): Promise<void> {
  const caseDir = join(dir, String(++cases));
  await mkdir(caseDir);
  if (c.input) await writeFile(join(caseDir, 'clients.xlsx'), c.input);
  const tried = await tryCli(figures, {
    name: c.name, args: c.args, cwd: caseDir, env: c.env, exits: c.exits,
    ...(c.says ? { says: c.says } : {}),
    ...(c.stdoutOnRefusal ? { stdoutOnRefusal: true } : {}),
    check: async (run) => {
      const problems = [...leaksIn('stdout', run.stdout), ...leaksIn('stderr', run.stderr)];
      for (const [file, text] of await filesText(caseDir)) problems.push(...leaksIn(file.slice(caseDir.length + 1), text));
      return problems;
    },
  });
  expect(tried.problems, tried.context).toEqual([]);
}

const CASES: SecretCase[] = [
  { name: 'secret/dry-run table (secret only)', args: ['clients.xlsx', '--dry-run'], env: WITH_SECRET, input: valid, exits: [0] },
  { name: 'secret/dry-run --json', args: ['clients.xlsx', '--dry-run', '--json'], env: WITH_SECRET, input: valid, exits: [0] },
  { name: 'secret/dry-run --ndjson --report .json', args: ['clients.xlsx', '--dry-run', '--ndjson', '--report', 'r.json'], env: WITH_SECRET, input: valid, exits: [0] },
  { name: 'secret/errors, --report .csv (credentials set)', args: ['clients.xlsx', '--dry-run', '--report', 'r.csv'], env: WITH_CREDENTIALS, input: invalid, exits: [3] },
  { name: 'secret/errors, --report .xlsx (credentials set)', args: ['clients.xlsx', '--dry-run', '--report', 'r.xlsx'], env: WITH_CREDENTIALS, input: invalid, exits: [3] },
  {
    name: 'secret/import refused for errors, journal folder (credentials set)',
    args: ['clients.xlsx', '--state-dir', 'state', '--report', 'r.json', '--results', 'results.csv'], env: WITH_CREDENTIALS, input: invalid, exits: [3],
  },
  // The check's table comes first, then the refusal to import (exit 2): a complete product on stdout.
  { name: 'secret/import without client id', args: ['clients.xlsx'], env: WITH_SECRET, input: valid, exits: [2], says: /BANQUP_CLIENT_ID/, stdoutOnRefusal: true },
  { name: 'secret/import without secret', args: ['clients.xlsx'], env: { BANQUP_CLIENT_ID: CLIENT_ID }, input: valid, exits: [2], stdoutOnRefusal: true },
  { name: 'secret/--help', args: ['--help'], env: WITH_CREDENTIALS, exits: [0] },
  { name: 'secret/--version', args: ['--version'], env: WITH_CREDENTIALS, exits: [0] },
  { name: 'secret/unknown flag', args: ['clients.xlsx', '--client-secret', SECRET], env: WITH_CREDENTIALS, input: valid, exits: [2] },
  { name: 'secret/template', args: ['template', '-o', 'blank.xlsx'], env: WITH_CREDENTIALS, exits: [0] },
  {
    name: 'secret/secret in --api-url userinfo', args: ['clients.xlsx', '--dry-run', '--api-url', `https://${CLIENT_ID}:${SECRET}@127.0.0.1:9/`],
    env: WITH_CREDENTIALS, input: valid, exits: [2],
  },
  { name: 'secret/debug mode, errors', args: ['clients.xlsx', '--dry-run'], env: { ...WITH_CREDENTIALS, BANQUP_IMPORT_DEBUG: '1' }, input: invalid, exits: [3] },
  { name: 'secret/missing file (credentials set)', args: ['absent.xlsx', '--dry-run'], env: WITH_CREDENTIALS, exits: [2] },
];

describe('the client secret never shows (offline runs)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => check(c), 300_000);

  // The token request fails at once (nothing listens on the port); retries make it slow (~13 s).
  it.runIf(SCALE === 'full')('secret/dry run with credentials, API unreachable on loopback', async () => {
    const port = await closedLoopbackPort();
    await check({
      name: 'secret/dry run with credentials, API unreachable on loopback',
      args: ['clients.xlsx', '--dry-run', '--timeout', '1'], env: { ...WITH_CREDENTIALS, BANQUP_API_URL: `http://127.0.0.1:${port}` }, input: valid, exits: [6],
    });
  }, 300_000);
});
