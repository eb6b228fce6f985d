import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { CFB } from '../../src/input/cfb.js';
import { COLUMNS } from '../../src/input/columns.js';
import { renderMessage } from '../../src/messages.js';
import { reportWords } from '../../src/report/reportText.js';
import { expectRefused, makeTempDir, removeTempDirs, runWithJsonReport } from '../helpers/cliJson.js';
import { ROOT, runCli } from '../helpers/runCli.js';

// `banqup-import template` and the --help pages, as a user meets them.

afterAll(removeTempDirs);

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Letters of the Clients sheet's columns whose `<col>` style is the Text number format (49). */
function textColumns(bytes: Uint8Array): string[] {
  const zip = CFB.read(bytes, { type: 'buffer' });
  const xml = (name: string) => {
    const entry = CFB.find(zip, `/${name}`);
    if (!entry?.content) throw new Error(`${name} missing`);
    return Buffer.from(entry.content).toString('utf8');
  };
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml('xl/styles.xml'))?.[1] ?? '';
  const formats = [...xfs.matchAll(/<xf\b[^>]*?numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const letters: string[] = [];
  for (const col of xml('xl/worksheets/sheet1.xml').matchAll(/<col\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="(\\d+)"`).exec(col[0])?.[1];
    const style = attr('style');
    if (style === undefined || formats[Number(style)] !== 49) continue;
    for (let c = Number(attr('min')); c <= Number(attr('max')); c++) letters.push(XLSX.utils.encode_col(c - 1));
  }
  return letters;
}

const headerRow = (book: XLSX.WorkBook) =>
  XLSX.utils.sheet_to_json<string[]>(book.Sheets.Clients!, { header: 1, raw: false, defval: '' })[0] ?? [];

describe('banqup-import template', () => {
  let cwd: string;
  let bytes: Buffer;
  beforeAll(async () => {
    cwd = await makeTempDir();
  });

  it('writes clients.xlsx in the current folder, says so on stderr, nothing on stdout', async () => {
    const r = await runCli(['template'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${renderMessage('template.written', { path: 'clients.xlsx' }, 'en')}\n`);
    bytes = await readFile(join(cwd, 'clients.xlsx'));
  });

  it('has the header A–N, O "External reference" and P–R for document sharing, an Instructions and a Lists sheet', () => {
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Clients', 'Instructions', 'Lists']);
    const header = headerRow(book);
    expect(header).toHaveLength(18);
    // Each header is read back as the template's own column, in template order A … R.
    expect(header.map((h) => h.replace(/\s*\*$/, ''))).toEqual(COLUMNS.map((c) => c.label.en));
    expect(header.slice(14)).toEqual(['External reference', 'Share documents', 'Delivery channel', 'Sharing e-mail']);
    expect(COLUMNS.map((c) => c.letter).join('')).toBe('ABCDEFGHIJKLMNOPQR');
    const instructions = flat(XLSX.utils.sheet_to_csv(book.Sheets.Instructions!));
    for (const c of COLUMNS) expect(instructions, c.key).toContain(c.label.en);
    const lists = XLSX.utils.sheet_to_csv(book.Sheets.Lists!);
    for (const code of ['fr', 'en', 'nl', 'de', 'LU', 'BE', 'FR']) expect(lists).toMatch(new RegExp(`\\b${code}\\b`));
  });

  it('formats the identifier columns C, F, G, H, I and O as Text, so Excel keeps leading zeros', () => {
    expect(textColumns(bytes)).toEqual(['C', 'F', 'G', 'H', 'I', 'O']);
  });

  it('the fresh template, checked: "no rows", exit 2 (nothing to import is not a success)', async () => {
    const r = await runWithJsonReport(['clients.xlsx', '--dry-run'], join(cwd, 'fresh.json'), { cwd });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe(reportWords('en').title('clients.xlsx', 'Clients', 1));
    expect(flat(r.stdout)).toContain(reportWords('en').noRows(1));
    expect(r.doc).toMatchObject({ sheet: 'Clients', rows: [], notes: [], summary: { rows: 0 } });
  });

  it('refuses to replace a file without --force (exit 2, file untouched); --force replaces it', async () => {
    const own = join(cwd, 'clients.xlsx');
    await writeFile(own, 'my own notes');
    const refused = await runCli(['template'], { cwd });
    expectRefused(refused);
    expect(refused.stderr).toBe(`banqup-import: ${renderMessage('template.exists', { path: 'clients.xlsx' }, 'en')}\n`);
    expect(await readFile(own, 'utf8')).toBe('my own notes');

    const forced = await runCli(['template', '--force'], { cwd });
    expect(forced.code, forced.stderr).toBe(0);
    const replaced = XLSX.read(await readFile(own), { type: 'buffer' });
    expect(headerRow(replaced)).toEqual(headerRow(XLSX.read(bytes, { type: 'buffer' })));
  });

  it('-o - writes the xlsx bytes to a pipe, and nothing else', async () => {
    const r = await runCli(['template', '-o', '-'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect([...r.stdoutBytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const book = XLSX.read(r.stdoutBytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Clients', 'Instructions', 'Lists']);
    expect(headerRow(book)).toEqual(headerRow(XLSX.read(bytes, { type: 'buffer' })));
    expect(textColumns(r.stdoutBytes)).toEqual(['C', 'F', 'G', 'H', 'I', 'O']);
  });

  it('-o into a folder that does not exist: exit 2 with a message, no file left behind', async () => {
    const r = await runCli(['template', '-o', join(cwd, 'missing', 'clients.xlsx')], { cwd });
    expectRefused(r);
    expect(r.stderr).toContain(join(cwd, 'missing', 'clients.xlsx'));
    await expect(stat(join(cwd, 'missing'))).rejects.toThrow();
  });
});

/** The flags of README's option table for the main command. */
async function readmeFlags(): Promise<string[]> {
  const readme = await readFile(`${ROOT}README.md`, 'utf8');
  const table = /\| option \| meaning \|\n\|[-|]+\|\n((?:\|.*\n)+)/.exec(readme)?.[1] ?? '';
  const flags = table.split('\n').flatMap((line) => [...(/^\| ([^|]*(?:\\\|[^|]*)*) \|/.exec(line)?.[1] ?? '').matchAll(/(?<![\w-])--?[a-z][a-z-]*/g)].map((m) => m[0]));
  if (flags.length < 20) throw new Error(`README option table not found (${flags.length} flags)`);
  return flags;
}

/** The flags an Options section of --help lists, e.g. `-q, --quiet` gives both. */
function helpFlags(help: string): string[] {
  const options = /\nOptions:\n([\s\S]*?)\n\n/.exec(help)?.[1] ?? '';
  return options.split('\n').flatMap((line) => {
    const spec = /^ {2}(-\S.*?)(?: {2,}|$)/.exec(line)?.[1];
    return spec ? [...spec.matchAll(/(?<![\w-])--?[a-z][a-z-]*/g)].map((m) => m[0]) : [];
  });
}

/** The command lines of the Examples section. */
function examples(help: string): string[] {
  const section = /\nExamples:\n([\s\S]*?)(?:\n\n|$)/.exec(help)?.[1] ?? '';
  return section.split('\n').filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim());
}

describe('--help', () => {
  const HELP_ONLY = ['-h', '--help', '-V', '--version'];

  it('banqup-import --help lists exactly the options of README’s table, and has Examples', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const listed = helpFlags(r.stdout);
    const documented = await readmeFlags();
    expect(documented.filter((f) => !listed.includes(f)), 'in README, not in --help').toEqual([]);
    expect(listed.filter((f) => !documented.includes(f) && !HELP_ONLY.includes(f)), 'in --help, not in README').toEqual([]);
    const lines = examples(r.stdout);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const needed of [/ --dry-run\b/, / --json\b/, /^cat .* \| banqup-import - /, / --report /, /^banqup-import template\b/]) {
      expect(lines.some((l) => needed.test(l)), String(needed)).toBe(true);
    }
    expect(r.stdout).toMatch(/\nCommands:\n[\s\S]*\btemplate\b/);
  });

  it('template --help lists -o/--output, --force and --lang, and has Examples', async () => {
    const r = await runCli(['template', '--help']);
    expect(r.code).toBe(0);
    expect(helpFlags(r.stdout).filter((f) => !HELP_ONLY.includes(f)).sort()).toEqual(['--force', '--lang', '--output', '-o']);
    expect(examples(r.stdout).filter((l) => l.startsWith('banqup-import template')).length).toBeGreaterThanOrEqual(2);
    expect(examples(r.stdout).some((l) => / -o - /.test(l))).toBe(true);
  });

  it('status --help lists the reading, API and output flags it shares with the main command, and has Examples', async () => {
    const r = await runCli(['status', '--help']);
    expect(r.code).toBe(0);
    const listed = helpFlags(r.stdout);
    // status reads the sheet and asks the API; it never writes, so the import-only flags are absent.
    const importOnly = ['--dry-run', '--report', '--batch-size', '--share-documents', '--delivery-channel', '--skip-invalid', '--state-dir', '--restart', '--update'];
    const shared = (await readmeFlags()).filter((f) => !importOnly.includes(f));
    expect(shared.filter((f) => !listed.includes(f)), 'missing from status --help').toEqual([]);
    expect(listed.filter((f) => importOnly.includes(f))).toEqual([]);
    expect(examples(r.stdout).filter((l) => l.startsWith('banqup-import status')).length).toBeGreaterThanOrEqual(2);
  });
});
