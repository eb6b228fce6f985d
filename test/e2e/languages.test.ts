import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/config/options.js';
import type { ColumnKey, Lang } from '../../src/domain/types.js';
import { COLUMNS } from '../../src/input/columns.js';
import { renderMessage } from '../../src/messages.js';
import { reportWords } from '../../src/report/reportText.js';
import { makeTempDir, removeTempDirs } from '../helpers/cliJson.js';
import { stateDir } from '../helpers/importSheet.js';
import { runCli, type CliResult } from '../helpers/runCli.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { buildWorkbook, removeTempFiles, templateRow, writeTempFile, type CellInput } from '../helpers/workbook.js';

// A Dutch- and a German-speaking user check and import a sheet with errors and warnings: every
// word the CLI says, on stdout, stderr and in the --report file, is in their language.

/** Headers as a Dutch or German office types them (the reader knows them as aliases), where the template has none yet. */
const HEADERS: Readonly<Record<'nl' | 'de', Readonly<Record<ColumnKey, string>>>> = {
  nl: {
    legalName: 'Klantnaam', street: 'Adres', postalCode: 'Postcode', city: 'Plaats', country: 'Land', companyNumber: 'Ondernemingsnummer',
    vatNumber: 'Btw-nummer', iban: 'IBAN', bic: 'BIC', language: 'Taal', contactName: 'Contactpersoon', contactLanguage: 'Taal contactpersoon',
    contactEmail: 'E-mailadres', assigneeEmails: 'Verantwoordelijken', externalReference: 'Externe referentie', shareDocuments: 'Documenten delen',
    deliveryChannel: 'Leveringskanaal', sharingEmail: 'E-mail voor delen',
  },
  de: {
    legalName: 'Kundenname', street: 'Straße', postalCode: 'Postleitzahl', city: 'Ort', country: 'Land', companyNumber: 'Handelsregisternummer',
    vatNumber: 'MwSt-Nummer', iban: 'IBAN', bic: 'BIC', language: 'Sprache', contactName: 'Ansprechpartner', contactLanguage: 'Sprache Kontakt',
    contactEmail: 'E-Mail-Adresse', assigneeEmails: 'Zuständige', externalReference: 'Externe Referenz', shareDocuments: 'Dokumente teilen',
    deliveryChannel: 'Zustellkanal', sharingEmail: 'E-Mail für Freigabe',
  },
};

/**
 * English words that must not be left in a Dutch or German run (whole words, any case). "Status",
 * "Plan", "Problem", "Links", "is", "of", "in" are left out: they are Dutch or German words too.
 */
const ENGLISH = [
  'error', 'errors', 'warning', 'warnings', 'row', 'rows', 'column', 'columns', 'skipped', 'created', 'duration', 'left', 'not sent',
  'valid', 'invalid', 'checked', 'changes', 'value', 'values', 'empty', 'sheet', 'fix', 'run again', 'nothing', 'already', 'found',
  'activated', 'provisioned', 'failed', 'exists', 'to create', 'calls', 'retried', 'time', 'done', 'interrupted', 'journal is', 'resumes',
  'none', 'yes', 'about', 'header', 'headers', 'severity', 'message', 'connecting', 'reading', 'creating', 'activating',
  'normalised', 'e.g.', 'with', 'and', 'the', 'are',
];

/** The words of ENGLISH that `text` holds, once message codes and field names (`iban.checksum`, `contact.email`) are set aside. */
function englishIn(text: string): string[] {
  const words = text.replace(/\b[a-z_]+(?:\.[a-z_-]+)+\b/gi, ' ');
  return ENGLISH.filter((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace('.', '\\.')}(?![\\p{L}\\p{N}])`, 'iu').test(words));
}

/** Four rows: one valid, one with a warning (VAT without its prefix), two with errors (IBAN check digits, no contact name). */
function sheetRows(lang: 'nl' | 'de'): CellInput[][] {
  const headers = COLUMNS.map((c) => c.label[lang] ?? HEADERS[lang][c.key]);
  const row = (i: number, over: Partial<Record<ColumnKey, CellInput>>) =>
    templateRow({
      legalName: `Bakkerij ${i} BV`, companyNumber: `B${300100 + i}`, vatNumber: null, externalReference: `TAAL-${i}`,
      contactEmail: `contact${i}@bakkerij.example`, contactLanguage: 'Deutsch', shareDocuments: 'ja', ...over,
    });
  return [
    headers,
    row(1, {}),
    row(2, { companyNumber: null, vatNumber: '15027442' }),
    row(3, { iban: 'LU29 0019 4006 4475 0000' }),
    row(4, { contactName: null }),
  ];
}

let dir: string;
let sandbox: TestSandbox;
const sheets: Partial<Record<'nl' | 'de', string>> = {};
beforeAll(async () => {
  dir = await makeTempDir();
  sandbox = await startTestSandbox();
  for (const lang of ['nl', 'de'] as const) {
    sheets[lang] = await writeTempFile(`klanten-${lang}.xlsx`, buildWorkbook([{ name: lang === 'nl' ? 'Klanten' : 'Kunden', rows: sheetRows(lang) }], 'xlsx'));
  }
});
afterAll(async () => {
  await sandbox.close();
  await removeTempFiles();
  await removeTempDirs();
});

interface LangRun {
  readonly dryRun: CliResult;
  readonly imported: CliResult;
  readonly report: string;
}

/** A dry run with --report x.csv, then an import of the valid rows, in `lang` chosen by `args` or `env`. */
async function runIn(name: string, sheet: string, args: readonly string[], env: Record<string, string> = {}): Promise<LangRun> {
  const report = join(dir, `${name}.csv`);
  const dryRun = await runCli([sheet, '--dry-run', '--report', report, ...args], { env });
  const imported = await runCli([sheet, '--skip-invalid', '--state-dir', stateDir(), '--rate', '100', ...args], { env: { ...env, ...sandbox.env } });
  return { dryRun, imported, report: await readFile(report, 'utf8') };
}

const CASES: readonly (readonly [string, Lang, 'nl' | 'de', readonly string[], Record<string, string>])[] = [
  ['--lang nl', 'nl', 'nl', ['--lang', 'nl'], {}],
  ['--lang de', 'de', 'de', ['--lang', 'de'], {}],
  ['LANG=de_LU.UTF-8', 'de', 'de', [], { LANG: 'de_LU.UTF-8' }],
  ['--lang nl_BE over LANG=de_LU.UTF-8', 'nl', 'nl', ['--lang', 'nl_BE'], { LANG: 'de_LU.UTF-8' }],
];

describe.each(CASES)('a run with %s', (name, lang, sheetLang, args, env) => {
  let run: LangRun;
  beforeAll(async () => {
    run = await runIn(name.replace(/\W+/g, '-'), sheets[sheetLang]!, args, env);
  });

  it('checks the sheet as in English: exit 3 for the dry run, 5 for the import of the valid rows', () => {
    expect(run.dryRun.code, run.dryRun.stderr).toBe(3);
    expect(run.imported.code, run.imported.stderr).toBe(5);
  });

  it('says the problems, totals and next step in the language', () => {
    const words = reportWords(lang);
    expect(run.dryRun.stdout).toContain(words.errors(2));
    expect(run.dryRun.stdout).toContain(words.warnings(1));
    expect(run.dryRun.stdout).toContain(words.totals({ rows: 4, valid: 2, invalid: 2, warnings: 1 }));
    expect(run.dryRun.stdout).toContain(words.nextFix);
    expect(run.imported.stdout).toContain(renderMessage('run.partial', { n: 2 }, lang).split(' ').slice(0, 4).join(' '));
    // The duration with the language's decimal comma, never an English decimal point.
    const duration = renderMessage('run.stats', { time: '§', calls: 0, retries: 0, rateLimited: 0 }, lang).split('§')[0]!;
    expect(run.imported.stdout).toMatch(new RegExp(`${duration}(\\d+ ms|\\d+,\\d s)\\.`));
    // Dutch and German put no space before a colon.
    expect(`${run.dryRun.stdout}${run.imported.stdout}${run.imported.stderr}`).not.toMatch(/\p{L} :/u);
  });

  it('writes the --report CSV with headers, severities and messages in the language', () => {
    const words = reportWords(lang);
    const lines = run.report.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(words.csvHeader.join(','));
    expect(run.report).toContain(`,${words.severity.error},iban.checksum,`);
    expect(run.report).toContain(`,${words.severity.warning},vat.prefix_added,`);
    expect(run.report).toContain(renderMessage('iban.checksum', {}, lang));
  });

  it('leaves no English word on stdout, stderr or in the report', () => {
    for (const [what, text] of [
      ['dry run stdout', run.dryRun.stdout],
      ['dry run stderr', run.dryRun.stderr],
      ['import stdout', run.imported.stdout],
      ['import stderr', run.imported.stderr],
      ['--report CSV', run.report],
    ] as const) {
      expect(englishIn(text), `${what}:\n${text}`).toEqual([]);
    }
  });
});

describe('the words of the run, beyond the report', () => {
  it('are Dutch in Dutch and German in German', async () => {
    const nl = await runCli([sheets.nl!, '--dry-run', '--lang', 'nl']);
    const de = await runCli([sheets.de!, '--dry-run', '--lang', 'de']);
    expect(nl.stdout).toMatch(/\brijen gecontroleerd\b/);
    expect(de.stdout).toMatch(/\bZeilen geprüft\b/);
  });
});

describe('--help in the user’s language', () => {
  const HEADINGS = ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'Examples:', 'Exit codes:', 'Environment:', 'display help'];

  it.each([
    ['--lang de', ['--help', '--lang', 'de'], {}],
    ['LANG=de_LU.UTF-8', ['--help'], { LANG: 'de_LU.UTF-8' }],
  ])('banqup-import --help with %s is German', async (_what, args, env) => {
    const help = await runCli(args, { env });
    expect(help.code).toBe(0);
    for (const heading of ['Aufruf:', 'Optionen:', 'Befehle:', 'Argumente:', 'Beispiele:', 'Exit-Codes:', 'Umgebung:']) expect(help.stdout).toContain(heading);
    for (const heading of HEADINGS) expect(help.stdout).not.toContain(heading);
    expect(help.stdout).toContain('--report <Datei>');
    // No option is described in English any more (the descriptions wrap: their first three words are enough).
    for (const spec of OPTIONS.filter((o) => o.commands.includes('import'))) {
      expect(help.stdout, spec.flags).not.toContain(spec.description.split(' ').slice(0, 3).join(' '));
    }
  });

  it.each([
    ['status', 'Gebruik:', 'Opties:'],
    ['template', 'Gebruik:', 'Voorbeelden:'],
    ['sandbox', 'Gebruik:', 'Voorbeelden:'],
  ])('banqup-import %s --help under LANG=nl_BE.UTF-8 is Dutch', async (command, ...headings) => {
    const help = await runCli([command, '--help'], { env: { LANG: 'nl_BE.UTF-8' } });
    expect(help.code).toBe(0);
    for (const heading of headings) expect(help.stdout).toContain(heading);
    for (const heading of HEADINGS) expect(help.stdout).not.toContain(heading);
  });

  it('stays English under LANG=en_US.UTF-8', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toContain('Usage: banqup-import [options] [command] [file]');
    expect(help.stdout).toContain('Exit codes:');
  });
});

describe('--lang', () => {
  it.each([
    ['xx', 'en', {}],
    ['english', 'de', { LANG: 'de_LU.UTF-8' }],
  ] as const)('refuses %s with exit 2, naming the four languages and that locales work (in the locale’s language)', async (value, lang, env) => {
    const result = await runCli([sheets.nl!, '--dry-run', '--lang', value], { env });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(renderMessage('usage.bad_lang', { option: '--lang', value, choices: 'en, fr, nl, de' }, lang));
  });

  it.each([['fr_LU'], ['fr-BE'], ['FR_lu.UTF-8']])('takes the locale %s as French', async (value) => {
    const result = await runCli([sheets.nl!, '--dry-run', '--lang', value]);
    expect(result.stdout).toContain(reportWords('fr').totals({ rows: 4, valid: 2, invalid: 2, warnings: 1 }));
  });
});
