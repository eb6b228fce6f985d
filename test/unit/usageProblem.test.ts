import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { usageProblem } from '../../src/usageProblem.js';
import { captureIo } from '../helpers/captureIo.js';

// Usage mistakes in the user's own words and language, with the fix: commander's English
// sentences are read (their wording is commander 14's, pinned) and re-said from cliMessages.ts.
// Run through main(), so that a commander upgrade that rewords them fails here, not at a user's desk.

async function usage(argv: string[], lang: 'en' | 'fr' = 'en'): Promise<{ code: number; stderr: string; stdout: string }> {
  const run = captureIo({ env: { LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' } });
  const code = await main(argv, run.io);
  return { code, stderr: run.stderr(), stdout: run.stdout() };
}

const HINT = { en: 'Run "banqup-import --help" to see the commands and options.', fr: 'Lancez « banqup-import --help » pour voir les commandes et les options.' };

describe('usage mistakes (exit 2, nothing on stdout, the fix and the --help hint)', () => {
  it.each([
    [['x.xlsx', '--bogus'], "Unknown option '--bogus'."],
    [['x.xlsx', '--dry-runn'], "Unknown option '--dry-runn'. Did you mean --dry-run?"],
    [['x.xlsx', '--jsn'], "Unknown option '--jsn'. Did you mean --json?"],
    [['x.xlsx', '--sheet'], '--sheet needs a value: --sheet <name>.'],
    [['template', '-o'], '--output needs a value: --output <file>.'],
    [['x.xlsx', '--lang', 'de'], '--lang takes en or fr; "de" is not one of them.'],
    [['x.xlsx', '--env', 'staging'], '--env takes prod, uat or sandbox; "staging" is not one of them.'],
    [['x.xlsx', '--rate', '0'], '--rate takes a whole number from 1 to 1000; "0" is not one.'],
    [['x.xlsx', '--max-rows', '1e6'], '--max-rows takes a whole number from 1 to 1000000; "1e6" is not one.'],
    [['status', 'x.xlsx', '--timeout', 'soon'], '--timeout takes a whole number from 1 to 600; "soon" is not one.'],
    [['My', 'clients.xlsx', '--dry-run'], 'One file at a time: 2 were given. A file name with spaces goes in quotes: "My clients.xlsx".'],
    [['status', 'a.xlsx', 'b.xlsx'], 'One file at a time: 2 were given. A file name with spaces goes in quotes: "My clients.xlsx".'],
    [['template', 'clients.xlsx'], 'The template command takes no file name. To choose the file it writes, use -o: -o clients.xlsx.'],
    [['sandbox', 'now'], 'The sandbox command takes no file name.'],
    // A mistyped command with more after it: the word is taken for the file, the file for a second one.
    [['statsu', 'clients.xlsx', '--json'], '"statsu" is neither a file here nor a command. Did you mean "banqup-import status"?'],
    [['templat', '-o', 'clients.xlsx'], '"templat" is neither a file here nor a command. Did you mean "banqup-import template"?'],
    [['templat', '--force'], '"templat" is neither a file here nor a command. Did you mean "banqup-import template"?'],
    // What comes from the command line cannot fake a line, nor lose its apostrophe.
    [['x.xlsx', '--x\nbanqup-import: all fine'], "Unknown option '--x banqup-import: all fine'."],
    [['x.xlsx', "--it's"], "Unknown option '--it's'."],
    [['x.xlsx', '--lang', "d'e"], '--lang takes en or fr; "d\'e" is not one of them.'],
  ])('%j', async (argv, said) => {
    const r = await usage(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`banqup-import: ${said}\n${HINT.en}\n`);
  });

  it.each([
    [['x.xlsx', '--lang', 'de'], '--lang accepte en ou fr ; « de » n’en fait pas partie.'],
    [['x.xlsx', '--dry-runn'], 'Option inconnue : « --dry-runn ». Vouliez-vous dire --dry-run ?'],
    [['statsu', 'x.xlsx'], '« statsu » n’est ni un fichier d’ici ni une commande. Vouliez-vous dire « banqup-import status » ?'],
    [['x.xlsx', '--sheet'], '--sheet attend une valeur : --sheet <name>.'],
    [['Mes', 'clients.xlsx'], 'Un seul fichier à la fois : 2 ont été donnés. Un nom de fichier avec des espaces se met entre guillemets : "Mes clients.xlsx".'],
    [['template', 'x.xlsx'], 'La commande template ne prend pas de nom de fichier. Pour choisir le fichier écrit, utilisez -o : -o clients.xlsx.'],
  ])('in French: %j', async (argv, said) => {
    const r = await usage(argv, 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`banqup-import: ${said}\n${HINT.fr}\n`);
  });

  it.each([
    ['templat', 'template'],
    ['TEMPLATE', 'template'],
    ['statsu', 'status'],
    ['sandbx', 'sandbox'],
    ['help', '--help'],
  ])('a mistyped command (%s) that is no file: "did you mean banqup-import %s?"', async (typed, command) => {
    const r = await usage([typed, '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`banqup-import: File not found: ${typed}. Did you mean the command "banqup-import ${command}"?\n`);
  });

  it('a word near a command that is a file here is read as the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banqup-usage-'));
    writeFileSync(join(dir, 'statsu'), 'not a sheet');
    const run = captureIo({ env: { LANG: 'en_US.UTF-8' } });
    const code = await main(['statsu', 'other.xlsx'], { ...run.io, cwd: dir });
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(run.stderr()).toContain('One file at a time: 2 were given.');
  });

  it.each([['clients'], ['templates.xlsx'], ['./templat'], ['invoices']])('a missing file (%s) is just not found', async (typed) => {
    const r = await usage([typed, '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`banqup-import: File not found: ${typed}. Check the name and the folder you are in.\n`);
  });

  it('an option made of escape sequences reaches the terminal defused', async () => {
    const r = await usage(['x.xlsx', '--\u001b[31mred\u202e']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^banqup-import: Unknown option '--/);
    expect(r.stderr).not.toMatch(/[\u001b\u202e]/);
  });
});

describe('usageProblem', () => {
  it.each([
    ['an unknown commander code', { code: 'commander.somethingNew', message: 'error: something new\n(hint)' }, { code: 'usage.invalid', params: { detail: 'something new (hint)' } }],
    ['a reworded sentence', { code: 'commander.unknownOption', message: 'error: option --x is not known' }, { code: 'usage.invalid', params: { detail: 'option --x is not known' } }],
    ['several suggestions', { code: 'commander.unknownOption', message: "error: unknown option '--re'\n(Did you mean one of --report, --results?)" }, { code: 'usage.unknown_option', params: { option: '--re', suggestions: '--report, --results' } }],
    ['a reason of its own', { code: 'commander.invalidArgument', message: "error: option '--x <n>' argument 'y' is invalid. Not today." }, { code: 'usage.invalid', params: { detail: "option '--x <n>' argument 'y' is invalid. Not today." } }],
  ])('%s', (_what, report, expected) => {
    expect(usageProblem(report)).toEqual(expected);
  });
});
