import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { limiter } from './limiter.js';
import { badFileCorpus } from './corpus/badFiles.js';
import { recordFigures } from './recordFigures.js';
import { SCALE, seededRandom } from './scale.js';
import { tryCli } from './tryCli.js';

/*
 * Scenario 3, bad files: each file of the corpus (corpus/badFiles.ts) goes through
 * `banqup-import FILE --dry-run` in its own process. It must end with the right exit code and a
 * clear message, no stack trace, nothing on stdout when it refuses the file (exit 2), and within
 * the sanity bounds of cleanFailure.ts; its wall time and peak RSS are recorded.
 */

const figures = recordFigures('bad-files', 'Bad files (scenario 3)');
// Two CLI runs at a time (the machine has two cores): the corpus takes half the wall time, and
// each run's figures stay those of one process among few.
const slot = limiter(2);
const corpus = badFileCorpus(SCALE);
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banqup-reliability-bad-files-'));
});

afterAll(async () => {
  figures.extra('files in the corpus at this scale', corpus.length);
  figures.save();
  await rm(dir, { recursive: true, force: true });
});

describe(`bad files (${SCALE} scale)`, () => {
  corpus.forEach((c, index) => {
    it.concurrent(c.name, async ({ expect }) => slot(async () => {
      const built = await c.build(seededRandom(c.name));
      const caseDir = join(dir, String(index));
      await mkdir(caseDir);
      const onStdin = built.file === '-';
      if (!onStdin && built.bytes) await writeFile(join(caseDir, built.file), built.bytes);
      const tried = await tryCli(figures, {
        name: c.name,
        args: [built.file, '--dry-run', ...(built.args ?? [])],
        cwd: caseDir,
        exits: c.exits,
        ...(c.says ? { says: c.says } : {}),
        ...(c.stdoutOnRefusal ? { stdoutOnRefusal: true } : {}),
        ...(onStdin ? { stdin: built.bytes ?? new Uint8Array() } : {}),
        ...(built.closeStdoutAfterBytes === undefined ? {} : { closeStdoutAfterBytes: built.closeStdoutAfterBytes }),
      });
      await rm(caseDir, { recursive: true, force: true });
      expect(tried.problems, tried.context).toEqual([]);
    }), 600_000);
  });
});
