import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/startSandbox.js';
import type { RunningSandbox } from '../../src/sandbox/runningSandbox.js';
import { writeClientSheet } from '../helpers/importSheet.js';
import { removeTempFiles } from '../helpers/workbook.js';
import { limiter } from './limiter.js';
import { recordFigures } from './recordFigures.js';
import { atScale, SCALE, sample, seededRandom } from './scale.js';
import { tryCli } from './tryCli.js';

/*
 * Issue 11, special files: the journal, its lock, --results, --report and --state-dir are a device
 * (a link to /dev/full, /dev/zero or /dev/null, or a node of our own when root), a FIFO, a folder, a
 * link (to a regular file, or to nothing), or a plain file where a folder is wanted. Each run must
 * end with exit 2 and a message saying what the path is, before anything is sent (the sandbox sees
 * no request at all), within the sanity bounds (a link to /dev/full was read for ever before). A
 * report or results path that is a link to a regular file is written through (exit 0).
 */

const figures = recordFigures('special-files', 'Special files (issue 11)');
const slot = limiter(2);
const ROOT = process.getuid?.() === 0;
const totals = { runs: 0, refused: 0, requestsBeforeRefusal: 0 };

type Role = 'journal' | 'lock' | 'results' | 'report' | 'state-dir';
type Kind = 'link-dev-full' | 'link-dev-zero' | 'link-dev-null' | 'device-node' | 'fifo' | 'folder' | 'link-to-file' | 'dangling-link' | 'plain-file';

interface SpecialCase {
  readonly name: string;
  readonly role: Role;
  readonly kind: Kind;
  readonly dryRun: boolean;
}

const KINDS: Readonly<Record<Role, readonly Kind[]>> = {
  journal: ['link-dev-full', 'link-dev-zero', 'link-dev-null', 'device-node', 'fifo', 'folder', 'link-to-file', 'dangling-link'],
  lock: ['link-dev-full', 'link-dev-zero', 'device-node', 'fifo', 'folder', 'link-to-file'],
  results: ['link-dev-null', 'link-dev-full', 'device-node', 'fifo', 'folder', 'dangling-link', 'link-to-file'],
  report: ['link-dev-null', 'device-node', 'fifo', 'folder', 'dangling-link', 'link-to-file'],
  'state-dir': ['plain-file', 'link-dev-null', 'fifo', 'device-node'],
};

function allCases(): SpecialCase[] {
  return (Object.keys(KINDS) as Role[]).flatMap((role) =>
    KINDS[role]
      .filter((kind) => kind !== 'device-node' || ROOT)
      .flatMap((kind) =>
        // The lock is taken by imports only; the others are met by dry runs with credentials too.
        (role === 'lock' ? [false] : [false, true]).map((dryRun) => ({ name: `${role}/${kind}${dryRun ? '/dry-run' : ''}`, role, kind, dryRun })),
      ),
  );
}

const CASES = atScale(
  (() => {
    const all = allCases();
    const fixed = all.filter((c) => ['journal/link-dev-full', 'journal/fifo', 'lock/link-dev-zero', 'results/link-dev-null', 'state-dir/plain-file'].includes(c.name));
    return [...fixed, ...sample(all.filter((c) => !fixed.includes(c)), 5, seededRandom('special-files/ci-subset'))];
  })(),
  allCases(),
);

/** Makes `path` what the case says it is. */
function make(path: string, kind: Kind): void {
  switch (kind) {
    case 'link-dev-full':
      return symlinkSync('/dev/full', path);
    case 'link-dev-zero':
      return symlinkSync('/dev/zero', path);
    case 'link-dev-null':
      return symlinkSync('/dev/null', path);
    case 'device-node':
      // A /dev/full of our own (char 1:7): writes fail, reads never end.
      return void execFileSync('mknod', [path, 'c', '1', '7']);
    case 'fifo':
      return void execFileSync('mkfifo', [path]);
    case 'folder':
      return mkdirSync(path);
    case 'link-to-file':
      writeFileSync(`${path}.target`, '');
      return symlinkSync(`${path}.target`, path);
    case 'dangling-link':
      return symlinkSync(`${path}.nowhere`, path);
    case 'plain-file':
      return writeFileSync(path, 'a file, not a folder');
  }
}

let work = '';
let sheet = '';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'banqup-special-files-'));
  sheet = await writeClientSheet([{}, {}]);
});

afterAll(async () => {
  figures.extra('CLI runs', totals.runs);
  figures.extra('refused (exit 2)', totals.refused);
  figures.extra('requests before a refusal', totals.requestsBeforeRefusal);
  figures.extra('device nodes tried (root only)', ROOT ? 'yes' : 'no');
  figures.save();
  await removeTempFiles();
  rmSync(work, { recursive: true, force: true });
});

describe(`special files (${SCALE} scale)`, () => {
  CASES.forEach((c, index) => {
    it.concurrent(c.name, async ({ expect }) => slot(async () => {
      const dir = join(work, String(index));
      const state = join(dir, 'state');
      mkdirSync(state, { recursive: true });
      const journal = join(state, `${basename(sheet)}.journal.ndjson`);
      const args = [sheet, '-q', '--rate', '200'];
      const allowed = (c.role === 'results' || c.role === 'report') && c.kind === 'link-to-file';
      if (c.role === 'state-dir') {
        make(join(dir, 'not-a-folder'), c.kind);
        args.push('--state-dir', join(dir, 'not-a-folder'));
      } else {
        args.push('--state-dir', state);
        if (c.role === 'journal') make(journal, c.kind);
        if (c.role === 'lock') make(`${journal}.lock`, c.kind);
        if (c.role === 'results') make(join(dir, 'results.csv'), c.kind);
        if (c.role === 'report') make(join(dir, 'report.xlsx'), c.kind);
        if (c.role === 'results') args.push('--results', join(dir, 'results.csv'));
        if (c.role === 'report') args.push('--report', join(dir, 'report.xlsx'));
      }
      if (c.dryRun) args.push('--dry-run');
      const sandbox: RunningSandbox = await startSandbox({ host: '127.0.0.1', port: 0 });
      try {
        const tried = await tryCli(figures, {
          name: c.name,
          args,
          env: { BANQUP_API_URL: sandbox.url, BANQUP_CLIENT_ID: sandbox.clientId, BANQUP_CLIENT_SECRET: sandbox.clientSecret },
          exits: allowed ? [0] : [2],
          timeoutMs: 60_000,
          ...(allowed ? {} : { says: /is (a|an) [A-Za-z ()]+(, not a (folder|file)|: the journal and its lock)/ }),
          check: () => {
            const requests = sandbox.requests().length;
            if (allowed || requests === 0) return [];
            totals.requestsBeforeRefusal += requests;
            return [`${requests} requests reached Banqup before the refusal`];
          },
        });
        totals.runs++;
        if (tried.run.code === 2) totals.refused++;
        expect(tried.problems, tried.context).toEqual([]);
      } finally {
        await sandbox.close();
      }
    }), 120_000);
  });
});
