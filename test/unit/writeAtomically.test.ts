import { chmod, link, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { reportMessages } from '../../src/report/reportText.js';
import { writeFileAtomically } from '../../src/report/writeAtomically.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banqup-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const noTempFiles = async () => expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe('writeFileAtomically', () => {
  it.each([
    ['text', 'row,column\r\n3,G\r\n'],
    ['bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff])],
  ])('writes %s exactly and leaves no temp file', async (_name, data) => {
    const target = join(dir, 'report.csv');
    await writeFileAtomically(target, data);
    const written = await readFile(target);
    expect(new Uint8Array(written)).toEqual(typeof data === 'string' ? new TextEncoder().encode(data) : data);
    await noTempFiles();
  });

  it('replaces an existing file whole and keeps its permissions', async () => {
    const target = join(dir, 'errors.xlsx');
    await writeFile(target, 'old content that is longer than the new one');
    await chmod(target, 0o640);
    await writeFileAtomically(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['errors.xlsx']);
  });

  it('writes through a symbolic link, keeping the link', async () => {
    const real = join(dir, 'real.json');
    const linkPath = join(dir, 'link.json');
    await writeFile(real, '{}');
    await symlink(real, linkPath);
    await writeFileAtomically(linkPath, '{"schemaVersion":1}');
    expect(await readFile(real, 'utf8')).toBe('{"schemaVersion":1}');
    expect((await readdir(dir)).sort()).toEqual(['link.json', 'real.json']);
  });

  describe('refuses to overwrite the input file', () => {
    const input = () => join(dir, 'clients.xlsx');
    beforeEach(async () => {
      await writeFile(input(), 'the user’s only copy');
    });

    it.each([
      ['the same path', () => input()],
      ['a relative spelling', () => relative(process.cwd(), join(dir, '.', 'sub', '..', 'clients.xlsx'))],
      ['a symbolic link to it', async () => {
        await symlink(input(), join(dir, 'alias.xlsx'));
        return join(dir, 'alias.xlsx');
      }],
      ['a hard link to it', async () => {
        await link(input(), join(dir, 'hard.xlsx'));
        return join(dir, 'hard.xlsx');
      }],
    ])('given as %s', async (_name, targetOf) => {
      await mkdir(join(dir, 'sub'), { recursive: true });
      const target = await targetOf();
      const error = await writeFileAtomically(target, 'report', { refuse: [input()] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect(error).toMatchObject({ code: 'report.would_overwrite_input', params: { path: target }, exitCode: 2 });
      expect(await readFile(input(), 'utf8')).toBe('the user’s only copy');
      await noTempFiles();
    });

    it('but writes any other file, and ignores a refused path that does not exist ("-")', async () => {
      await writeFileAtomically(join(dir, 'errors.xlsx'), 'report', { refuse: [input(), '-'] });
      expect(await readFile(join(dir, 'errors.xlsx'), 'utf8')).toBe('report');
    });
  });

  it('removes its temp file and rethrows when the rename fails', async () => {
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'x'), 'keeps the folder non-empty');
    await expect(writeFileAtomically(target, 'data')).rejects.toThrow();
    await noTempFiles();
    expect(await readdir(dir)).toEqual(['taken']);
  });

  it('fails plainly when the folder does not exist', async () => {
    await expect(writeFileAtomically(join(dir, 'missing', 'r.csv'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('report.would_overwrite_input message', () => {
  it.each([
    ['en', 'The report would overwrite the file being checked (clients.xlsx). Give --report another file name, e.g. errors.xlsx.'],
    ['fr', 'Le rapport écraserait le fichier vérifié (clients.xlsx). Donnez un autre nom à --report, p. ex. erreurs.xlsx.'],
  ] as const)('says what is wrong and how to fix it (%s)', (lang, text) => {
    const message = reportMessages['report.would_overwrite_input']?.[lang]({ path: 'clients.xlsx' });
    expect(message).toBe(text);
    expect(message!.length).toBeLessThan(140);
  });
});
