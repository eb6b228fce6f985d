import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openJournal, readJournal } from '../../src/engine/journal.js';
import { acquireRunLock } from '../../src/engine/runLock.js';
import { assertOutputPath, assertStateFile, readStateFile } from '../../src/report/assertWritablePath.js';
import { writeFileAtomically } from '../../src/report/writeAtomically.js';
import { renderMessage } from '../../src/messages.js';

// Issue 11, attack 3: a journal that was a link to /dev/full was read for ever (17 GB, bad_alloc);
// one that was /dev/null failed fdatasync (exit 1); a --results device node became a regular file.
// Attack 5: --state-dir naming a file read as "another run seems to be importing".
const dir = mkdtempSync(join(tmpdir(), 'banqup-special-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => {
  const d = join(dir, `case-${++n}`);
  mkdirSync(d);
  return d;
};
const fifo = (path: string): string => {
  execFileSync('mkfifo', [path]);
  return path;
};

/** The UsageError (exit 2) a call throws, with its message in both languages. */
function refusal(call: () => unknown): { code: string; exitCode: number; en: string; fr: string } {
  try {
    call();
  } catch (error) {
    const e = error as { code: string; exitCode: number; params: Record<string, string> };
    return { code: e.code, exitCode: e.exitCode, en: renderMessage(e.code, e.params, 'en'), fr: renderMessage(e.code, e.params, 'fr') };
  }
  throw new Error('expected a refusal');
}

describe('the journal and its lock are plain files of our own', () => {
  // A link to /dev/full or /dev/zero, or a FIFO, hung the old reader for good: those cases run in
  // child processes with a kill switch (test/reliability/specialFiles.test.ts).
  it.each([
    ['a link to /dev/null', (p: string) => symlinkSync('/dev/null', p), 'a symbolic link'],
    ['a link to a regular file', (p: string) => (writeFileSync(`${p}.real`, ''), symlinkSync(`${p}.real`, p)), 'a symbolic link'],
    ['a folder', (p: string) => mkdirSync(p), 'a folder'],
  ])('a journal that is %s: read and opened, exit 2 naming what it is', (_what, make, kind) => {
    const path = join(fresh(), 'c.xlsx.journal.ndjson');
    make(path);
    const read = refusal(() => readJournal(path));
    expect(read).toMatchObject({ code: 'state.not_a_file', exitCode: 2 });
    expect(read.en).toContain(`is ${kind}`);
    expect(refusal(() => openJournal(path))).toMatchObject({ code: 'state.not_a_file', exitCode: 2 });
  });

  it('a lock that is a link to /dev/null or a folder is refused, not taken over nor moved aside', () => {
    for (const make of [(p: string) => symlinkSync('/dev/null', p), (p: string) => mkdirSync(p)]) {
      const journal = join(fresh(), 'c.xlsx.journal.ndjson');
      make(`${journal}.lock`);
      expect(refusal(() => acquireRunLock(journal))).toMatchObject({ code: 'state.not_a_file', exitCode: 2 });
      expect(existsSync(`${journal}.lock`)).toBe(true);
    }
  });

  it('--state-dir naming a file: "not a folder", for the lock, the journal and a folder below it', () => {
    const file = join(fresh(), 'state');
    writeFileSync(file, 'not a folder');
    for (const call of [() => acquireRunLock(join(file, 'c.xlsx.journal.ndjson')), () => readJournal(join(file, 'c.xlsx.journal.ndjson')), () => openJournal(join(file, 'sub', 'j.ndjson'))]) {
      const r = refusal(call);
      expect(r).toMatchObject({ code: 'state.not_folder', exitCode: 2 });
      expect(r.en).toBe(`${file} is a file, not a folder: the journal cannot be kept there. Give --state-dir a folder (it is created if missing).`);
      expect(r.en).not.toMatch(/Another|seems to be importing/);
      expect(r.fr).toContain('pas un dossier');
    }
  });

  it('reads a state file only up to its size and refuses one past the limit', () => {
    const path = join(fresh(), 'j.ndjson');
    writeFileSync(path, 'x'.repeat(1000));
    expect(readStateFile(path, 1000)?.length).toBe(1000);
    expect(refusal(() => readStateFile(path, 999))).toMatchObject({ code: 'state.too_large', exitCode: 2 });
    expect(readStateFile(join(fresh(), 'missing'), 10)).toBeNull();
  });

  it('still reads, creates and appends to a plain journal in a new --state-dir', () => {
    const path = join(fresh(), 'new', 'deeper', 'c.journal.ndjson');
    assertStateFile(path);
    const journal = openJournal(path);
    journal.append({ v: 1, at: '2026-01-01T10:00:00.000Z', space: 'S', id: 'ref:1', row: 2, hash: 'h', step: 'create-started' });
    journal.close();
    expect(readJournal(path).entries).toHaveLength(1);
  });
});

describe('report and results paths', () => {
  // Never handed to the writer: a writer that failed to refuse would rename a file over /dev/null
  // when the tests run as root. The writer meets devices of its own below (mknod, root only).
  it.each([
    ['the device /dev/null itself', '/dev/null'],
    ['a link to /dev/null', join(fresh(), 'r.csv')],
  ])('%s: output.not_a_file (exit 2) before the run', (what, path) => {
    if (what.startsWith('a link')) symlinkSync('/dev/null', path);
    const r = refusal(() => assertOutputPath(path));
    expect(r).toMatchObject({ code: 'output.not_a_file', exitCode: 2 });
    expect(r.en).toContain('it is a device, not a file');
  });

  it.runIf(process.getuid?.() === 0)('a device node of its own (mknod, as root): the writer refuses it and leaves it a device', async () => {
    const path = join(fresh(), 'r.csv');
    execFileSync('mknod', [path, 'c', '1', '3']);
    await expect(writeFileAtomically(path, 'row,client\n')).rejects.toMatchObject({ code: 'output.not_a_file', exitCode: 2 });
    expect(lstatSync(path).isCharacterDevice()).toBe(true);
  });

  it.each([
    ['a FIFO', (d: string) => fifo(join(d, 'r.csv')), 'a named pipe (FIFO)'],
    ['a folder', (d: string) => (mkdirSync(join(d, 'r.csv')), join(d, 'r.csv')), 'a folder'],
    ['a link to nothing', (d: string) => (symlinkSync(join(d, 'gone'), join(d, 'r.csv')), join(d, 'r.csv')), 'a symbolic link'],
  ])('%s: output.not_a_file (exit 2) before the run, and the writer never replaces it', async (_what, make, kind) => {
    const path = make(fresh());
    const r = refusal(() => assertOutputPath(path));
    expect(r).toMatchObject({ code: 'output.not_a_file', exitCode: 2 });
    expect(r.en).toContain(`it is ${kind}, not a file`);
    await expect(writeFileAtomically(path, 'row,client\n')).rejects.toMatchObject({ code: 'output.not_a_file', exitCode: 2 });
  });

  it('writes a new file, replaces a regular one, and writes through a link to a regular file', async () => {
    const d = fresh();
    assertOutputPath(join(d, 'new.csv'));
    writeFileSync(join(d, 'real.csv'), 'old');
    symlinkSync(join(d, 'real.csv'), join(d, 'link.csv'));
    assertOutputPath(join(d, 'link.csv'));
    await writeFileAtomically(join(d, 'link.csv'), 'new');
    expect(readFileSync(join(d, 'real.csv'), 'utf8')).toBe('new');
  });

  it('a folder that does not exist is said before the run (output.unwritable, ENOENT)', () => {
    expect(refusal(() => assertOutputPath(join(fresh(), 'missing', 'r.csv')))).toMatchObject({ code: 'output.unwritable', exitCode: 2 });
  });
});
