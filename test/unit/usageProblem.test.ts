import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { usageProblem } from '../../src/usageProblem.js';
import { captureIo } from '../helpers/captureIo.js';

// Usage mistakes in the user's own words and language, with the fix: commander's errors are
// classified by their code and the option is found in the arguments (usageProblem.ts), then said
// from cliMessages.ts. Run through main(), so that a commander upgrade that changes its codes fails here.

const LOCALE = { en: 'en_US.UTF-8', fr: 'fr_FR.UTF-8', nl: 'nl_BE.UTF-8', de: 'de_LU.UTF-8' } as const;

async function usage(argv: string[], lang: keyof typeof LOCALE = 'en'): Promise<{ code: number; stderr: string; stdout: string }> {
  const run = captureIo({ env: { LANG: LOCALE[lang] } });
  const code = await main(argv, run.io);
  return { code, stderr: run.stderr(), stdout: run.stdout() };
}

const HINT = {
  en: 'Run "banqup-import --help" to see the commands and options.',
  fr: 'Lancez « banqup-import --help » pour voir les commandes et les options.',
  nl: 'Voer “banqup-import --help” uit om de opdrachten en opties te zien.',
  de: 'Führen Sie „banqup-import --help“ aus, um die Befehle und Optionen zu sehen.',
};

describe('usage mistakes (exit 2, nothing on stdout, the fix and the --help hint)', () => {
  it.each([
    [['x.xlsx', '--bogus'], "Unknown option '--bogus'."],
    [['x.xlsx', '--dry-runn'], "Unknown option '--dry-runn'. Did you mean --dry-run?"],
    [['x.xlsx', '--jsn'], "Unknown option '--jsn'. Did you mean --json?"],
    [['x.xlsx', '--sheet'], '--sheet needs a value: --sheet <name>.'],
    [['template', '-o'], '--output needs a value: --output <file>.'],
    [['x.xlsx', '--lang', 'it'], '--lang takes en, fr, nl or de, or a locale such as fr_LU or nl-BE; "it" is none of them.'],
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
    [['x.xlsx', '--lang', "d'e"], '--lang takes en, fr, nl or de, or a locale such as fr_LU or nl-BE; "d\'e" is none of them.'],
  ])('%j', async (argv, said) => {
    const r = await usage(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`banqup-import: ${said}\n${HINT.en}\n`);
  });

  it.each([
    [['x.xlsx', '--lang', 'it'], '--lang accepte en, fr, nl ou de, ou une locale comme fr_LU ou nl-BE ; « it » n’en fait pas partie.'],
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
    [['x.xlsx', '--lang', 'it'], 'nl', '--lang aanvaardt en, fr, nl of de, of een locale zoals fr_LU of nl-BE; “it” hoort daar niet bij.'],
    [['x.xlsx', '--dry-runn'], 'nl', 'Onbekende optie “--dry-runn”. Bedoelt u --dry-run?'],
    [['x.xlsx', '--env', 'staging'], 'de', '--env akzeptiert prod, uat oder sandbox; „staging“ gehört nicht dazu.'],
    [['x.xlsx', '--sheet'], 'de', '--sheet erwartet einen Wert: --sheet <name>.'],
  ] as const)('in Dutch or German: %j (%s)', async (argv, lang, said) => {
    const r = await usage([...argv], lang);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`banqup-import: ${said}\n${HINT[lang]}\n`);
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

describe('usageProblem: classified by commander\'s code, the option found in the arguments', () => {
  it.each([
    ['an unknown commander code', 'commander.somethingNew', ['x.xlsx'], null],
    ['an unknown option with two near names', 'commander.unknownOption', ['x.xlsx', '--reslts'], { code: 'usage.unknown_option', params: { option: '--reslts', suggestions: '--results' } }],
    ['an unknown option after a known one that takes a value', 'commander.unknownOption', ['x.xlsx', '--sheet', '--odd', '--bogus'], { code: 'usage.unknown_option', params: { option: '--bogus', suggestions: '' } }],
    ['an unknown option of a subcommand', 'commander.unknownOption', ['template', '--forse'], { code: 'usage.unknown_option', params: { option: '--forse', suggestions: '--force' } }],
    ['an option the main command has but status does not', 'commander.unknownOption', ['status', 'x.xlsx', '--dry-run'], { code: 'usage.unknown_option', params: { option: '--dry-run', suggestions: '' } }],
    ['a missing value, with its short form', 'commander.optionMissingArgument', ['template', '-o'], { code: 'usage.missing_value', params: { option: '--output', usage: '--output <file>' } }],
    ['too many files, option values not counted', 'commander.excessArguments', ['a.xlsx', '--sheet', 'S', 'b.xlsx', 'c.xlsx'], { code: 'usage.one_file', params: { command: 'import', got: 3 } }],
    ['a file given to template', 'commander.excessArguments', ['template', 'x.xlsx'], { code: 'usage.no_arguments', params: { command: 'template', got: 1 } }],
    ['no option to blame', 'commander.unknownOption', ['x.xlsx', '--json'], null],
  ])('%s', (_what, code, argv, expected) => {
    expect(usageProblem(code, argv)).toEqual(expected);
  });
});
