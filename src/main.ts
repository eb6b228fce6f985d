import { Command, CommanderError, Option } from 'commander';
import type { Config } from './config/config.js';
import { optionsOf, parseOptionValue, type CommandName } from './config/options.js';
import type { ParsedCommand, Terminal } from './config/resolveConfig.js';
import { debugFromEnv, resolveLang } from './config/resolveLang.js';
import type { Lang, MessageParams } from './domain/types.js';
import { BanqupImportError } from './errors.js';
import { exitCodeFor, type CommandOutcome } from './exitCodeFor.js';
import { ACTIVATE_EXAMPLES, ADD_EXAMPLES, EXPORT_EXAMPLES, MAIN_EXAMPLES, SANDBOX_EXAMPLES, STATUS_EXAMPLES, STATUS_SPACE_EXAMPLES, TEMPLATE_EXAMPLES } from './helpText.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

const FILE_ARGUMENT = 'the client sheet (.xlsx, .xls, .ods, .csv), or - for standard input';

/** `--help`'s text in the user's language (helpTranslations.ts); English as it is. */
type Translate = (english: string) => string;
const asIs: Translate = (english) => english;

/** Adds a command's options from the one option table; defaults are shown, applied only by resolveConfig. */
function addOptions(command: Command, name: CommandName, t: Translate = asIs): Command {
  for (const spec of optionsOf(name)) {
    const shown = [
      spec.value.kind === 'choice' ? `${t('choices:')} ${spec.value.choices.join(', ')}` : '',
      spec.default !== undefined ? `${t('default:')} ${spec.default}` : '',
    ].filter(Boolean);
    const description = t(spec.description);
    const option = new Option(spec.flags, shown.length > 0 ? `${description} (${shown.join(t('; '))})` : description);
    if (spec.value.kind !== 'flag') option.argParser((raw: string, previous: unknown) => parseOptionValue(spec, raw, previous));
    command.addOption(option);
  }
  return command;
}

/**
 * Runs one invocation and returns its exit code; never throws, never exits the process. A command
 * is: its flags resolved into one config, its module loaded (only then: `--help` loads neither the
 * engine nor the HTTP client), its outcome judged by the one exit funnel.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // The language of a usage mistake and of --help, before commander has read --lang.
  let lang: Lang = resolveLang(langInArgv(argv), io.env);
  // English needs no table: only --help in another language loads it.
  const t = lang === 'en' ? asIs : (await import('./helpTranslations.js')).helpTranslator(lang);
  // Set by the command's action; commander's own help and version leave it `done`.
  let outcome = 'done' as CommandOutcome;
  const run = async (parsed: ParsedCommand): Promise<void> => {
    // Loaded when a command runs: its rules (the e-mail check of --share-documents) are not --help's.
    const { resolveColorLevel, resolveConfig } = await import('./config/resolveConfig.js');
    const config = resolveConfig(parsed, io.env, await terminalOf(io, (terminal) => resolveColorLevel(parsed.flags.color, io.env, terminal) > 0), io.cwd);
    lang = config.command === 'template' || config.command === 'sandbox' || config.command === 'export' ? config.lang : config.output.lang;
    outcome = await runCommand(config, io);
  };

  const program = addOptions(new Command('banqup-import'), 'import', t)
    .description(
      t(
        'Check a spreadsheet of clients (the Banqup client template) and import them into Banqup.\n' +
          'Reads .xlsx, .xls, .ods and .csv (, or ; separated, UTF-8 or Windows-1252), or - for standard input.',
      ),
    )
    .argument(`[${t('file')}]`, t(FILE_ARGUMENT))
    .version(VERSION, '-V, --version', t('print the version'))
    .helpOption('-h, --help', t('show this help'))
    .addHelpText('after', t(MAIN_EXAMPLES))
    .showSuggestionAfterError(false)
    // Options after a subcommand belong to it: without this, the program's own --json/-q/--color
    // swallow the subcommand's (`status FILE --json` printed the table).
    .enablePositionalOptions()
    .action(async (file: string | undefined, flags: Record<string, unknown>) => run({ command: 'import', ...(file !== undefined && { file }), flags }));
  program.addCommand(
    addOptions(new Command('status'), 'status', t)
      .description(t('read-only: for each row of the sheet, what Banqup holds now (not found, inactive, active)'))
      .argument(`[${t('file')}]`, t(FILE_ARGUMENT))
      .addHelpText('after', t(STATUS_EXAMPLES))
      .addHelpText('after', t(STATUS_SPACE_EXAMPLES))
      .action(async (file: string | undefined, flags: Record<string, unknown>) => run({ command: 'status', ...(file !== undefined && { file }), flags })),
  );
  program.addCommand(
    addOptions(new Command('add'), 'add', t)
      .description(t('add one client from flags, checked like a row of the sheet, then activate it (its two links are printed)'))
      .addHelpText('after', t(ADD_EXAMPLES))
      .action(async (flags: Record<string, unknown>) => run({ command: 'add', flags })),
  );
  program.addCommand(
    addOptions(new Command('activate'), 'activate', t)
      .description(t("activate the space's inactive clients (\"provision all\"), or those of the sheet's rows"))
      .argument(`[${t('file')}]`, t('a client sheet: only the clients of its rows (default: every inactive client of the space)'))
      .addHelpText('after', t(ACTIVATE_EXAMPLES))
      .action(async (file: string | undefined, flags: Record<string, unknown>) => run({ command: 'activate', ...(file !== undefined && { file }), flags })),
  );
  program.addCommand(
    addOptions(new Command('template'), 'template', t)
      .description(t('write the blank client template (.xlsx) with its Instructions sheet'))
      .addHelpText('after', t(TEMPLATE_EXAMPLES))
      .action(async (flags: Record<string, unknown>) => run({ command: 'template', flags })),
  );
  program.addCommand(
    addOptions(new Command('export'), 'export', t)
      .description(t("read-only: write every client of the space in the template's format (.xlsx, .csv, .json), to edit and import back with --update"))
      .addHelpText('after', t(EXPORT_EXAMPLES))
      .action(async (flags: Record<string, unknown>) => run({ command: 'export', flags })),
  );
  program.addCommand(
    addOptions(new Command('sandbox'), 'sandbox', t)
      .description(t('run the local sandbox API (banqup-api.md, in memory, demo credentials) until Ctrl-C'))
      .addHelpText('after', t(SANDBOX_EXAMPLES))
      .action(async (flags: Record<string, unknown>) => run({ command: 'sandbox', flags })),
  );
  // Placeholders in usage lines and option terms: `[options]`, `<file>` → `[Optionen]`, `<Datei>`.
  const terms = (text: string): string => text.replace(/([[<])([\w=-]+)([\]>])/g, (_all, open: string, word: string, close: string) => `${open}${t(word)}${close}`);
  for (const command of [program, ...program.commands]) {
    if (command !== program) command.helpOption('-h, --help', t('display help for command'));
    // commander's own words reach us through its style hooks (commander 14 Help), widths included.
    if (t !== asIs) command.configureHelp({ styleTitle: t, styleUsage: terms, styleSubcommandTerm: terms, styleOptionTerm: terms, styleArgumentTerm: t });
    command.exitOverride().configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: () => undefined, // reported by the exit funnel, in the user's language
    });
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    await reportFailure(error, io, lang, argv, program.commands.map((c) => c.name()));
    return exitCodeFor(error);
  }
  // A run that stopped on its own (refused, unavailable, no credentials) has said what it did on stdout: say why here.
  if (outcome !== 'done' && outcome.fatal !== null) await reportFailure(outcome.fatal, io, lang, argv, []);
  return exitCodeFor(outcome);
}

/** Runs a resolved command; its module loads now, and a Ctrl-C while it loads ends it before it starts. */
async function runCommand(config: Config, io: Io): Promise<CommandOutcome> {
  const { stopIfAborted } = await import('./engine/stopIfAborted.js');
  switch (config.command) {
    case 'import':
    case 'status': {
      const { runSheet } = await import('./commands/runSheet.js');
      await stopIfAborted(io.signal, config.command === 'import' ? 'run.interrupted_before' : 'interrupted.nothing_changed');
      return runSheet(config, io);
    }
    case 'template': {
      const { runTemplate } = await import('./commands/template.js');
      await stopIfAborted(io.signal, 'interrupted.nothing_changed');
      return runTemplate(config, io);
    }
    case 'export': {
      const { runExport } = await import('./commands/export.js');
      await stopIfAborted(io.signal, 'interrupted.nothing_changed');
      return runExport(config, io);
    }
    case 'sandbox': {
      const { runSandbox } = await import('./commands/sandbox.js');
      await stopIfAborted(io.signal, 'interrupted.nothing_changed');
      return runSandbox(config, io);
    }
    case 'add': {
      const { runAdd } = await import('./commands/add.js');
      await stopIfAborted(io.signal, 'interrupted.nothing_changed');
      return runAdd(config, io);
    }
    case 'activate': {
      const { runActivate } = await import('./commands/activate.js');
      await stopIfAborted(io.signal, 'interrupted.nothing_changed');
      return runActivate(config, io);
    }
    case 'space-status': {
      const { runSpaceStatus } = await import('./commands/spaceStatus.js');
      await stopIfAborted(io.signal, 'interrupted.nothing_changed');
      return runSpaceStatus(config, io);
    }
  }
}

/**
 * What the streams say about where output goes. chalk's colour detection loads only when colour
 * is on: output into a pipe or a file, or with NO_COLOR, never needs it (40 ms of start-up).
 */
async function terminalOf(io: Io, colorOn: (terminal: Terminal) => boolean): Promise<Terminal> {
  const terminal: Terminal = {
    stdoutIsTTY: io.stdout.isTTY === true,
    stdoutColumns: io.stdout.columns ?? 0,
    stderrIsTTY: io.stderr.isTTY === true,
    stderrColumns: io.stderr.columns ?? 80,
    stdinIsTTY: io.stdin.isTTY === true,
    supportedColorLevel: 0,
  };
  if (!colorOn(terminal)) return terminal;
  const { supportsColor } = await import('chalk');
  return { ...terminal, supportedColorLevel: supportsColor === false ? 0 : supportsColor.level };
}

function langInArgv(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return undefined;
  const token = argv[at] ?? '';
  return token.includes('=') ? token.slice(token.indexOf('=') + 1) : argv[at + 1];
}

/**
 * The command a word that is no file is one or two typos away from ("templat", "statsu"), or
 * `--help` for "help"; undefined when the word is a command as typed, names a file or a folder
 * here, or is near nothing.
 */
async function meantCommand(word: string | undefined, commands: readonly string[], cwd: string): Promise<string | undefined> {
  if (word === undefined || commands.includes(word) || /[./\\]/.test(word) || word.startsWith('-')) return undefined;
  const [fs, path, { editDistance }] = await Promise.all([import('node:fs'), import('node:path'), import('./domain/editDistance.js')]);
  if (fs.existsSync(path.resolve(cwd, word))) return undefined;
  const typed = word.toLowerCase();
  if (typed === 'help') return '--help';
  return commands.find((name) => editDistance(typed, name, 2) <= 2);
}

// A parameter that came from the command line is one line: a newline in it must not fake another.
const oneLine = (params: MessageParams): MessageParams =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/[\r\n]+/g, ' ') : v]));

/** Says on stderr, in the user's language, why the command stopped; the code comes from exitCodeFor. */
async function reportFailure(error: unknown, io: Io, lang: Lang, argv: readonly string[], commands: readonly string[]): Promise<void> {
  // Commander's help and version end through here too, with nothing to say.
  if (exitCodeFor(error) === 0) return;
  // The catalogue loads only now: `--help` and a clean run never need it here.
  const [{ renderMessage }, { sanitizeForTerminal }, { usageProblem }] = await Promise.all([
    import('./messages.js'),
    import('./report/sanitize.js'),
    import('./usageProblem.js'),
  ]);
  const print = (text: string) => io.stderr.write(`banqup-import: ${text.split('\n').map(sanitizeForTerminal).join('\n')}\n`);
  if (error instanceof CommanderError) {
    // "statsu clients.xlsx": the mistyped command is taken for the file, the file for a second one.
    const first = argv[0];
    const meant = error.code === 'commander.excessArguments' || error.code === 'commander.unknownOption' ? await meantCommand(first, commands, io.cwd) : undefined;
    const problem =
      meant !== undefined
        ? { code: 'usage.unknown_command', params: { word: first ?? '', command: meant } }
        : (usageProblem(error.code, argv) ?? { code: 'usage.invalid', params: { detail: error.message.replace(/^error: /, '').replace(/\n/g, ' ') } });
    print(`${renderMessage(problem.code, oneLine(problem.params), lang)}\n${renderMessage('usage.help_hint', {}, lang)}`);
    return;
  }
  if (error instanceof BanqupImportError) {
    const path = error.params.path;
    const meant = error.code === 'input.file_not_found' && typeof path === 'string' ? await meantCommand(path, commands, io.cwd) : undefined;
    const usage = error.code.startsWith('usage.') && error.code !== 'usage.no_file';
    const text = meant === undefined ? renderMessage(error.code, oneLine(error.params), lang) : renderMessage('usage.command_typo', { path: path ?? '', command: meant }, lang);
    // A bad option value is a usage mistake like commander's own: the same hint follows.
    print(usage && isOptionProblem(error.code) ? `${text}\n${renderMessage('usage.help_hint', {}, lang)}` : text);
    return;
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.stderr.write(`banqup-import: ${renderMessage('internal.bug', { detail: sanitizeForTerminal(detail) }, lang)}\n`);
  if (debugFromEnv(io.env) && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
}

function isOptionProblem(code: string): boolean {
  return code === 'usage.bad_number' || code === 'usage.bad_choice' || code === 'usage.bad_lang';
}
