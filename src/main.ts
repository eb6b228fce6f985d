import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ImportFlags } from './commands/importFlags.js';
import { stopIfInterrupted } from './commands/stopIfInterrupted.js';
import type { StatusFlags } from './commands/status.js';
import type { TemplateFlags } from './commands/template.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang, MessageParams } from './domain/types.js';
import { editDistance } from './domain/countryIndex.js';
import { BanqupImportError, EXIT, exitCodeFor } from './errors.js';
import type { Io } from './io.js';
import type { SandboxFlags } from './sandbox/sandboxFlags.js';
import { languageFromEnv, renderMessage } from './messages.js';
import { sanitizeForTerminal } from './report/sanitize.js';
import { usageProblem } from './usageProblem.js';
import { VERSION } from './version.js';

const MAIN_EXAMPLES = `
Examples:
  banqup-import template                        write the blank sheet to clients.xlsx
  banqup-import clients.xlsx --dry-run          check the sheet, send nothing
  banqup-import clients.xlsx --dry-run --report clients.errors.xlsx
                                                check, and write your sheet back with an Errors column
  banqup-import clients.csv --dry-run --json    one JSON document on stdout, for scripts
  cat clients.csv | banqup-import - --dry-run   read the sheet from standard input
  banqup-import clients.xlsx                    check, then import into Banqup and provision
                                                (needs BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET)
  banqup-import clients.xlsx --results done.csv import, and write row → client id → status
  banqup-import status clients.xlsx             what Banqup holds now for each row (read-only)
  banqup-import sandbox                         start the local sandbox API (demo credentials)

Exit codes:
  0 no errors   2 usage or input problem   3 rows with errors (nothing sent)
  4 access refused   5 some rows failed at the API   6 API unavailable   130 interrupted
  1 internal error (a bug)

Environment:
  BANQUP_CLIENT_ID, BANQUP_CLIENT_SECRET   API credentials (never passed as flags)
  BANQUP_API_URL                           API base URL (for the local sandbox)
  NO_COLOR, FORCE_COLOR                    colour off / on
  COLUMNS                                  table width when the terminal gives none (default 100)
  LANG, LC_ALL                             message language when --lang is not given (fr* → French)
`;

const TEMPLATE_EXAMPLES = `
Examples:
  banqup-import template                     writes clients.xlsx in the current folder
  banqup-import template -o acme.xlsx        writes acme.xlsx
  banqup-import template -o acme.xlsx --force
                                             replaces an existing acme.xlsx
  banqup-import template -o - > blank.xlsx   writes to standard output (not to a terminal)
`;

const STATUS_EXAMPLES = `
Examples:
  banqup-import status clients.xlsx                what Banqup holds for each row: not found, inactive, active
  banqup-import status clients.xlsx --json         the same as one JSON document
  banqup-import status clients.xlsx --results now.csv
                                                   also write row → client id → state to a file
  (needs BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET; sends no write)
`;

const SANDBOX_EXAMPLES = `
Examples:
  banqup-import sandbox                      on http://127.0.0.1:8787, demo credentials
  banqup-import sandbox > sandbox.env &      then ". ./sandbox.env" sets BANQUP_API_URL and co.
  banqup-import sandbox --port 0             any free port (printed)
  banqup-import sandbox --latency 50 --jitter 20 --rate-limit 5:10
                                             50-70 ms per answer, 5 requests/s, bursts of 10
  banqup-import sandbox --fault-rate 0.1 --fault-seed 7
                                             one request in ten fails, the same way every run
  banqup-import sandbox --faults http503,dropAfter --fault-rate 0.2
  banqup-import sandbox --fault 'dropAfter@3:POST:/partner/v1/spaces/*/clients'
                                             the 3rd create is done, then its connection drops
  banqup-import sandbox --invalid-rcs B123456,B654321 --state-file sandbox-state.json
Faults: http500 http502html http503 http504 http429 dropBefore dropAfter slow revokeToken truncated.
Sandbox-only endpoints (no token): GET /_sandbox/clients, /_sandbox/stats, /_sandbox/requests,
/_sandbox/spaces; POST /_sandbox/faults with a fault as JSON, e.g.
{"kind": "dropAfter", "nth": 1, "method": "POST", "path": "/partner/v1/spaces/*/clients"}.
`;

function wholeNumber(option: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      // usageProblem.ts reads the range back from this wording, to say it in the user's language.
      throw new InvalidArgumentError(`whole number from ${min} to ${max} expected`);
    }
    return n;
  };
}

/**
 * Runs one invocation and returns its exit code; never throws, never exits the process. Each
 * command's module is loaded when that command runs, so `--help` or a dry run does not load the
 * HTTP client, the engine or the sandbox.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let lang: Lang = languageFromEnv(io.env);
  const langFlag = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langValue = langFlag < 0 ? undefined : argv[langFlag]?.includes('=') ? argv[langFlag]?.split('=')[1] : argv[langFlag + 1];
  if (langValue === 'fr' || langValue === 'en') lang = langValue;

  let exitCode: number = EXIT.ok;
  // A command's modules take a moment to load: a Ctrl-C meanwhile ends it before it starts.
  const load = async <T>(module: Promise<T>, interruptedCode: string): Promise<T> => {
    const loaded = await module;
    await stopIfInterrupted(io, interruptedCode);
    return loaded;
  };
  const program = new Command('banqup-import')
    .description(
      'Check a spreadsheet of clients (the Banqup client template) and import them into Banqup.\n' +
        'Reads .xlsx, .xls, .ods and .csv (, or ; separated, UTF-8 or Windows-1252), or - for standard input.',
    )
    .argument('[file]', 'the client sheet (.xlsx, .xls, .ods, .csv), or - for standard input')
    .option('--dry-run', 'check everything and send nothing')
    .option('--sheet <name>', 'the sheet to read (default: the one whose header row matches the template, else the first visible one)')
    .option('--json', 'print one JSON document on stdout instead of the table')
    .option('--ndjson', 'print one JSON line per row, then a summary line')
    .option('--report <file>', 'also write the problems to a file: .xlsx (your sheet with an Errors column), .csv or .json')
    .addOption(new Option('--lang <lang>', 'language of the messages (default: from LANG/LC_ALL)').choices(['en', 'fr']))
    .addOption(
      new Option('--max-rows <n>', 'refuse sheets with more data rows than this').default(10_000).argParser(wholeNumber('--max-rows', 1, 1_000_000)),
    )
    .option('--space <id>', 'Banqup Partner space id (default: the only Partner space of the app)')
    .addOption(new Option('--env <env>', 'Banqup environment').choices(['prod', 'uat', 'sandbox']).default('prod'))
    .addOption(new Option('--region <region>', 'Banqup region (fr for firms registered in France)').choices(['eu', 'fr']).default('eu'))
    .option('--api-url <url>', 'API base URL, overrides --env and --region (also BANQUP_API_URL)')
    .addOption(new Option('--rate <n>', 'requests per second at most').default(5).argParser(wholeNumber('--rate', 1, 1000)))
    .addOption(new Option('--concurrency <n>', 'requests in flight at most').default(4).argParser(wholeNumber('--concurrency', 1, 64)))
    .addOption(new Option('--batch-size <n>', 'clients per provisioning call').default(50).argParser(wholeNumber('--batch-size', 1, 100)))
    .addOption(new Option('--timeout <seconds>', 'time limit of one API request').default(30).argParser(wholeNumber('--timeout', 1, 600)))
    .option('--skip-invalid', 'import the valid rows, report the others (exit 5 at the end)')
    .option('--results <file>', 'write row → client id → status to a .csv, .xlsx or .json file')
    .option('--state-dir <dir>', 'folder of the journal that makes a run resumable (default: beside the input file)')
    .option('--restart', 'ignore the journal of earlier runs')
    .option('-q, --quiet', 'no progress on stderr')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', MAIN_EXAMPLES)
    .showSuggestionAfterError(true)
    // Options after a subcommand belong to it: without this, the program's own --json/-q/--color
    // swallow the subcommand's (`status FILE --json` printed the table).
    .enablePositionalOptions()
    .action(async (file: string | undefined, flags: ImportFlags) => {
      const { runCheck } = await load(import('./commands/check.js'), 'run.interrupted_before');
      exitCode = await runCheck(file, flags, io, lang);
    });

  program
    .command('status')
    .description('read-only: for each row of the sheet, what Banqup holds now (not found, inactive, active)')
    .argument('[file]', 'the client sheet (.xlsx, .xls, .ods, .csv), or - for standard input')
    .option('--sheet <name>', 'the sheet to read')
    .option('--json', 'print one JSON document on stdout instead of the table')
    .option('--ndjson', 'print one JSON line per row, then a summary line')
    .addOption(new Option('--lang <lang>', 'language of the messages (default: from LANG/LC_ALL)').choices(['en', 'fr']))
    .addOption(new Option('--max-rows <n>', 'refuse sheets with more data rows than this').default(10_000).argParser(wholeNumber('--max-rows', 1, 1_000_000)))
    .option('--space <id>', 'Banqup Partner space id (default: the only Partner space of the app)')
    .addOption(new Option('--env <env>', 'Banqup environment').choices(['prod', 'uat', 'sandbox']).default('prod'))
    .addOption(new Option('--region <region>', 'Banqup region').choices(['eu', 'fr']).default('eu'))
    .option('--api-url <url>', 'API base URL, overrides --env and --region (also BANQUP_API_URL)')
    .addOption(new Option('--rate <n>', 'requests per second at most').default(5).argParser(wholeNumber('--rate', 1, 1000)))
    .addOption(new Option('--concurrency <n>', 'requests in flight at most').default(4).argParser(wholeNumber('--concurrency', 1, 64)))
    .addOption(new Option('--timeout <seconds>', 'time limit of one API request').default(30).argParser(wholeNumber('--timeout', 1, 600)))
    .option('--results <file>', 'write row → client id → state to a .csv, .xlsx or .json file')
    .option('-q, --quiet', 'no progress on stderr')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .addHelpText('after', STATUS_EXAMPLES)
    .action(async (file: string | undefined, flags: StatusFlags) => {
      const { runStatus } = await load(import('./commands/status.js'), 'interrupted.nothing_changed');
      exitCode = await runStatus(file, flags, io, lang);
    });

  program
    .command('template')
    .description('write the blank client template (.xlsx) with its Instructions sheet')
    .option('-o, --output <file>', 'where to write it; - for standard output', 'clients.xlsx')
    .option('--force', 'replace the file if it exists')
    .addHelpText('after', TEMPLATE_EXAMPLES)
    .action(async (flags: TemplateFlags) => {
      const { runTemplate } = await load(import('./commands/template.js'), 'interrupted.nothing_changed');
      exitCode = await runTemplate(flags, io, lang);
    });

  program
    .command('sandbox')
    .description('run the local sandbox API (banqup-api.md, in memory, demo credentials) until Ctrl-C')
    .option('--port <n>', 'port to listen on; 0 picks a free one (default 8787)')
    .option('--host <host>', 'loopback address to listen on: 127.0.0.1 (default), ::1 or localhost')
    .option('--token-lifetime <seconds>', 'lifetime of access tokens (default 300)')
    .addOption(new Option('--spaces <which>', 'spaces of the app: one Partner space, none, or several').choices(['one', 'none', 'several']))
    .option('--rate-limit <n[:burst]>', 'requests per second per credential set, with an optional burst (default: no limit)')
    .option('--retry-after-date', 'send Retry-After as an HTTP date instead of seconds')
    .option('--latency <ms>', 'added to every answer (default 0)')
    .option('--jitter <ms>', 'random extra latency, 0 to this (default 0)')
    .option('--fault-rate <share>', 'share of requests that fail, 0 to 1 (default 0; 0.1 with --faults)')
    .option('--fault-seed <n>', 'seed of the fault draws: the same seed, the same faults (default 1)')
    .option('--faults <kinds>', 'comma-separated fault kinds to draw from (default: all but slow)')
    .option('--fault <spec>', 'a scripted fault, kind[@nth][:METHOD[:path]]; repeatable', (value: string, previous: string[] = []) => [...previous, value])
    .option('--slow <ms>', 'how late a "slow" answer comes (default 35000)')
    .option('--invalid-rcs <numbers>', 'register numbers the register does not know (trn.invalid)')
    .option('--registry-down', 'the register look-up answers 503 REGISTRY_UNAVAILABLE')
    .option('--state-file <file>', 'keep spaces and clients in this JSON file across restarts')
    .option('--tls', 'serve https with a certificate made at start; its file is printed as NODE_EXTRA_CA_CERTS')
    .option('--tls-cert-out <file>', 'where to write that certificate (PEM; implies --tls)')
    .option('-q, --quiet', 'no line per request on stderr')
    .addOption(new Option('--lang <lang>', 'language of the messages (default: from LANG/LC_ALL)').choices(['en', 'fr']))
    .addHelpText('after', SANDBOX_EXAMPLES)
    .action(async (flags: SandboxFlags) => {
      const { runSandbox } = await load(import('./commands/sandbox.js'), 'interrupted.nothing_changed');
      exitCode = await runSandbox(flags, io, lang);
    });

  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: () => undefined, // reported below, in the user's language
    });
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io, lang, { argv, commands: program.commands.map((c) => c.name()) });
  }
}

/** What the exit funnel needs of the command line to say what was meant. */
interface Invocation {
  readonly argv: readonly string[];
  readonly commands: readonly string[];
}

/**
 * The command a word that is no file is one or two typos away from ("templat", "statsu"), or
 * `--help` for "help"; undefined when the word is a command as typed, names a file or a folder
 * here, or is near nothing.
 */
function meantCommand(word: string | undefined, invocation: Invocation, cwd: string): string | undefined {
  if (word === undefined || invocation.commands.includes(word) || /[./\\]/.test(word) || word.startsWith('-')) return undefined;
  if (existsSync(resolve(cwd, word))) return undefined;
  const typed = word.toLowerCase();
  if (typed === 'help') return '--help';
  return invocation.commands.find((name) => editDistance(typed, name, 2) <= 2);
}

// A parameter that came from the command line is one line: a newline in it must not fake another.
const oneLine = (params: MessageParams): MessageParams =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/[\r\n]+/g, ' ') : v]));

/** The exit funnel: prints what went wrong and returns the exit code from errors.ts. */
function reportFailure(error: unknown, io: Io, lang: Lang, invocation: Invocation): number {
  const print = (text: string) => io.stderr.write(`banqup-import: ${text.split('\n').map(sanitizeForTerminal).join('\n')}\n`);
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return EXIT.ok;
    // "statsu clients.xlsx": the mistyped command is taken for the file, the file for a second one.
    const first = invocation.argv[0];
    const command = error.code === 'commander.excessArguments' || error.code === 'commander.unknownOption' ? meantCommand(first, invocation, io.cwd) : undefined;
    const { code, params } = command === undefined ? usageProblem(error) : { code: 'usage.unknown_command', params: { word: first ?? '', command } };
    print(`${renderMessage(code, oneLine(params), lang)}\n${renderMessage('usage.help_hint', {}, lang)}`);
    return EXIT.usage;
  }
  if (error instanceof BanqupImportError) {
    const path = error.params.path;
    const command = error.code === 'input.file_not_found' && typeof path === 'string' ? meantCommand(path, invocation, io.cwd) : undefined;
    print(command === undefined ? renderMessage(error.code, error.params, lang) : renderMessage('usage.command_typo', { path: path ?? '', command }, lang));
    return exitCodeFor(error);
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.stderr.write(`banqup-import: ${renderMessage('internal.bug', { detail: sanitizeForTerminal(detail) }, lang)}\n`);
  if (io.env.BANQUP_IMPORT_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}

